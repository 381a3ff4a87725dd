import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_58 } from "../fixtures/heldOut58";

// As measured once (measure() of scripts/mapping-share.ts), before any mapper change.
const FLOORS: Record<string, [number, number]> = {
  "ho58-saaletal-2026": [44, 49],
  "ho58-wartburg-2025": [41, 41],
  "ho58-elster-2026": [35, 43],
  "ho58-boerde-2025": [34, 39],
  "ho58-rhoen-2026": [34, 38],
  "ho58-vogtland-2025": [33, 43],
};
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_58, FLOORS, KNOWN_WRONG);
