// Held-out set 63 (cockpits and dashboards), measured once by its tester on branch ho63.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_63 } from "../fixtures/heldOut63";

const FLOORS: Record<string, [number, number]> = {
  "ho63-cockpit-grid": [42, 43],
  "ho63-kpi-tiles": [30, 31],
  "ho63-boxes-nogap": [41, 41],
  "ho63-ampel": [39, 41],
  "ho63-cockpit-copies": [36, 36],
  "ho63-only-cockpit": [39, 40],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_63, FLOORS, KNOWN_WRONG);
