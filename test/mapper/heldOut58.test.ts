import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_58 } from "../fixtures/heldOut58";

// Measured once before any mapper change (31, 41, 23, 24, 33, 17 of 253); raised after fix58a's causes (running-year
// and cross-year columns and blocks, "Ver. %", two-digit as-of dates, archive marks: ./heldOut58Causes.test.ts) and
// fix58b's (terse wording, "ges. | Mä | Fr", remark allocations, "PJ":
// ./heldOut58WordingCauses.test.ts).
const FLOORS: Record<string, [number, number]> = {
  "ho58-saaletal-2026": [49, 49],
  "ho58-wartburg-2025": [41, 41],
  "ho58-elster-2026": [43, 43],
  "ho58-boerde-2025": [39, 39],
  "ho58-rhoen-2026": [37, 38],
  "ho58-vogtland-2025": [40, 43],
};
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_58, FLOORS, KNOWN_WRONG);
