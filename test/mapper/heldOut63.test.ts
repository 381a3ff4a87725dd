// Held-out set 63 (cockpits and dashboards), measured once by its tester on branch ho63.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_63 } from "../fixtures/heldOut63";

const FLOORS: Record<string, [number, number]> = {
  "ho63-cockpit-grid": [37, 43],
  "ho63-kpi-tiles": [18, 31],
  "ho63-boxes-nogap": [32, 41],
  "ho63-ampel": [36, 41],
  "ho63-cockpit-copies": [36, 36],
  "ho63-only-cockpit": [37, 40],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho63-cockpit-grid": [
    "KUN_Anteil_LZB Cockpit!$G$9",
    "KUN_Anteil_LZB_VJ Cockpit!$H$9",
    "KUN_Anteil_Jugendliche_VJ Cockpit!$L$8",
    "KUN_Alleinerziehende_VJ Cockpit!$L$9",
  ],
  "ho63-ampel": ["BUD_VWT_Zuteilung 'Finanzen & Personal'!$B$4"],
};

describeHeldOutSet(HELD_OUT_63, FLOORS, KNOWN_WRONG);
