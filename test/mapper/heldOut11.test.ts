// Held-out set 11 of issue 13 (test/fixtures/heldOut11.ts, written by an independent tester): per layout no wrong
// "sicher" beyond the ones found at its first run, and at least the share measured then.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_11 } from "../fixtures/heldOut11";

// id → [high at the right cell as last measured, figures present on visible sheets]
const FLOORS: Record<string, [number, number]> = {
  "ho11-als-tabelle": [46, 46],
  "ho11-verbunden": [41, 41],
  "ho11-vorjahresblatt": [39, 39],
  "ho11-grossstadt-statistik": [52, 53],
  "ho11-laendlich-knapp": [31, 33],
  "ho11-haushaltsstellen-hf": [47, 47],
};

// Wrong "sicher" proposals found at the first run, as measure() reports them ("NAME REF"), are fixed: last year's
// programme beside this year's (src/core/mapper/programmeYears.ts), the staff area "M&I" read as the share of men
// (src/core/mapper/tokens.ts, unitSection.ts).
describeHeldOutSet(HELD_OUT_11, FLOORS);
