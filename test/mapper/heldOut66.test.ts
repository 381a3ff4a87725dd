import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_66 } from "../fixtures/heldOut66";

// As measured once on the set as written (npx tsx, measure() from scripts/mapping-share.ts), 2026-12-07.
const FLOORS: Record<string, [number, number]> = {
  "ho66-csv-export": [0, 45],
  "ho66-prozent-ganzzahl": [44, 49],
  "ho66-fussnoten": [34, 47],
  "ho66-stand-text": [2, 42],
  "ho66-archiv-import": [30, 46],
  "ho66-tabellen-korridor": [40, 50],
};
const KNOWN_WRONG: Record<string, string[]> = {};
describeHeldOutSet(HELD_OUT_66, FLOORS, KNOWN_WRONG);
