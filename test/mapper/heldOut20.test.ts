// Held-out set 20 (test/fixtures/heldOut20.ts), written by an independent tester without reading the mapper:
// floors as measured once at the first run (npx tsx calling measure() on each layout); no wrong "sicher" then.
import { HELD_OUT_20 } from "../fixtures/heldOut20";
import { describeHeldOutSet } from "../helpers/heldOut";

const FLOORS: Record<string, [number, number]> = {
  "ho20-listen-dropdowns": [27, 27],
  "ho20-wert-links": [34, 34],
  "ho20-anzahl-anteil": [29, 29],
  "ho20-stellenplan": [26, 26],
  "ho20-davon-hierarchie": [30, 30],
  "ho20-cockpit": [31, 31],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_20, FLOORS, KNOWN_WRONG);
