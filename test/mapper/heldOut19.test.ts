// Held-out set 19 (independent tester, branch ho19): floors and wrong "sicher" proposals as measured at the
// first run with `measure` from scripts/mapping-share.ts, before any change to the mapper.
import { HELD_OUT_19 } from "../fixtures/heldOut19";
import { describeHeldOutSet } from "../helpers/heldOut";

const FLOORS: Record<string, [number, number]> = {
  "ho19-stadtstaat-bezirke": [14, 42],
  "ho19-udf-formeln": [25, 25],
  "ho19-zwei-entwuerfe": [4, 23],
  "ho19-zielsystem": [28, 30],
  "ho19-tausend-euro": [3, 12],
  "ho19-cockpit-einseiter": [34, 41],
};

// "Abgänge in Beschäftigung" (a local target, Ziel 2025) taken as the staff head count.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho19-zielsystem": ["PER_Beschaeftigte Zielsystem!$C$21"],
};

describeHeldOutSet(HELD_OUT_19, FLOORS, KNOWN_WRONG);
