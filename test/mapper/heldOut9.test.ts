// Held-out set 9 of issue 13 (test/fixtures/heldOut9.ts, an independent tester's six workbooks): no wrong
// "sicher" and at least the share measured at the first run (`npx tsx scripts/mapping-share.ts | grep ho9`).
import { HELD_OUT_9 } from "../fixtures/heldOut9";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell as last measured (after the fixes of heldOut9Causes.test.ts), figures present on visible sheets]. */
const FLOORS: Record<string, [number, number]> = {
  "ho9-optionskommune-kreis": [47, 47],
  "ho9-zeitreihe-2021-2025": [41, 41],
  "ho9-zusatzspalten-ampel": [42, 42],
  "ho9-rd-vorlage-kennzahlen": [47, 47],
  "ho9-cockpit-diagrammdaten": [37, 37],
  "ho9-ein-blatt-kapitel": [47, 47],
};

/** Wrong "sicher" proposals found at the first run: none. */
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_9, FLOORS, KNOWN_WRONG);
