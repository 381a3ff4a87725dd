// Held-out set 16 of issue 13 (test/fixtures/heldOut16.ts, an independent tester's six workbooks): no wrong
// "sicher" and at least the share measured when the set was first run (`npx tsx` on measure(), once).
import { HELD_OUT_16 } from "../fixtures/heldOut16";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell at first run, figures present on visible sheets] */
const FLOORS: Record<string, [number, number]> = {
  "ho16-kreuztabelle": [30, 30],
  "ho16-kostenstellen": [17, 17],
  "ho16-ortsueblich": [40, 40],
  "ho16-prozent-ganzzahlig": [42, 42],
  "ho16-rohdaten-verdeckt": [16, 16],
  "ho16-nebeneinander": [28, 28],
};

/** Wrong "sicher" proposals at first run: none. */
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_16, FLOORS, KNOWN_WRONG);
