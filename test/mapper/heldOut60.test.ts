import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_60 } from "../fixtures/heldOut60";

// Measured once (tester ho60): high at the right cell / figures present on visible sheets.
const FLOORS: Record<string, [number, number]> = {
  "ho60-eingabe-ausgabe": [43, 47],
  "ho60-kopie-vorjahr": [46, 46],
  "ho60-parametertabelle": [44, 44],
  "ho60-fehlerwerte": [42, 42],
  "ho60-kostenstellen": [40, 42],
  "ho60-cockpit": [34, 36],
};
const KNOWN_WRONG: Record<string, string[]> = {};
describeHeldOutSet(HELD_OUT_60, FLOORS, KNOWN_WRONG);
