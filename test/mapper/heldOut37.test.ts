// Held-out set 37 (issue 13), measured once by its tester (branch ho37) with measure() from scripts/mapping-share.ts.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_37 } from "../fixtures/heldOut37";

const FLOORS: Record<string, [number, number]> = {
  "ho37-hessen-ge-2025": [50, 53],
  "ho37-rlp-zkt-2024": [45, 49],
  "ho37-saarland-ge-2024": [40, 44],
  "ho37-thueringen-zkt-2025": [46, 54],
  "ho37-sh-ge-2025": [24, 45],
  "ho37-berlin-ge-2024": [37, 48],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho37-hessen-ge-2025": ["PER_Beschaeftigte 'GF-Übersicht'!$B$5", "PER_VZAE_Gesamt 'GF-Übersicht'!$B$4"],
  "ho37-thueringen-zkt-2025": ["PER_Beschaeftigte 'GF-Vorlage'!$B$6"],
  "ho37-sh-ge-2025": ["PER_VZAE_Gesamt Cockpit!$B$6", "ZIE_IQ Cockpit!$B$4", "ZIE_LZB Cockpit!$B$5"],
  "ho37-berlin-ge-2024": [
    "PER_Beschaeftigte 'Zusammenfassung GF'!$B$7",
    "PER_VZAE_Gesamt 'Zusammenfassung GF'!$B$6",
    "ZIE_IQ 'Zusammenfassung GF'!$B$4",
  ],
};

describeHeldOutSet(HELD_OUT_37, FLOORS, KNOWN_WRONG);
