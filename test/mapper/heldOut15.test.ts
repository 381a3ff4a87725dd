// Held-out set 15 of issue 13 (test/fixtures/heldOut15.ts), the final unseen measure of the mapper, written by
// an independent tester: per layout no wrong "sicher" and at least the share measured when the set was first
// run (`npx tsx` on measure() of scripts/mapping-share.ts, once, before any mapper change).
import { HELD_OUT_15 } from "../fixtures/heldOut15";
import { describeHeldOutSet } from "../helpers/heldOut";

const FLOORS: Record<string, [number, number]> = {
  "ho15-ge-saaletal-2025": [42, 43],
  "ho15-zkt-hohenfels-2026": [39, 44],
  "ho15-ergebnisse-planung-2025": [28, 42],
  "ho15-handlungsfelder-2024": [42, 43],
  "ho15-eintritte-mittel-2025": [33, 38],
  "ho15-unordentlich-oberland-2026": [42, 44],
};

// Wrong "sicher" at the first run: "davon weiblich" holds a head count (49), not the share of women.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho15-zkt-hohenfels-2026": ["PER_Anteil_Frauen Personal!$B$4"],
};

describeHeldOutSet(HELD_OUT_15, FLOORS, KNOWN_WRONG);
