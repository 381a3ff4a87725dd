// Held-out set 37 (issue 13), measured once by its tester (branch ho37) with measure() from scripts/mapping-share.ts.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_37 } from "../fixtures/heldOut37";

const FLOORS: Record<string, [number, number]> = {
  "ho37-hessen-ge-2025": [53, 53],
  "ho37-rlp-zkt-2024": [49, 49],
  "ho37-saarland-ge-2024": [43, 44],
  "ho37-thueringen-zkt-2025": [54, 54],
  "ho37-sh-ge-2025": [43, 45],
  "ho37-berlin-ge-2024": [48, 48],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_37, FLOORS, KNOWN_WRONG);
