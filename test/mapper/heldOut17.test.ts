// Held-out set 17 (independent tester, branch ho17): floors and wrong "sicher" proposals as measured at the
// first run with `measure` from scripts/mapping-share.ts, before any change to the mapper; raised with fix17.
import { HELD_OUT_17 } from "../fixtures/heldOut17";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell at first run, figures present on visible sheets] */
const FLOORS: Record<string, [number, number]> = {
  "ho17-pdf-kopie": [29, 29],
  "ho17-klein": [14, 14],
  "ho17-zielvereinbarung": [34, 34],
  "ho17-haushaltsplan": [32, 32],
  "ho17-personalmatrix": [33, 33],
  "ho17-quartalsplan": [26, 26],
};

/** No wrong "sicher" proposal at the first run. */
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_17, FLOORS, KNOWN_WRONG);
