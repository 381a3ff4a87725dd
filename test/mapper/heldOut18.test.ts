// Held-out set 18 (independent tester, branch ho18): floors and wrong "sicher" proposals as measured at the
// first run with `measure` from scripts/mapping-share.ts, before any change to the mapper.
import { HELD_OUT_18 } from "../fixtures/heldOut18";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell at first run, figures present on visible sheets] */
const FLOORS: Record<string, [number, number]> = {
  "ho18-vorlage": [27, 27],
  "ho18-nummern": [43, 43],
  "ho18-zwei-tabellen": [35, 36],
  "ho18-historie": [29, 29],
  "ho18-jfw-monate": [35, 35],
  "ho18-jahresvergleich": [33, 33],
};

/** id → wrong "sicher" proposals ("NAME REF" as measure() reports them), expected to fail until fixed: none left. */
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_18, FLOORS, KNOWN_WRONG);
