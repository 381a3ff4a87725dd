// Held-out set 61 (issue 13): six representative planning workbooks (gE city/rural, zkT, large city with
// Standorte, small Jobcenter on one sheet, a workbook kept over years): final measure of session 11, written at the
// session's start before any fix and kept apart from every fixer. When written: 238/278 = 85,6 %, no wrong "sicher";
// after all fixes from other sets (fixleft, fix63–67): the same 238/278, no wrong.
// Short round after release: fix61 (Jobcenter total group head, corner-named goals matrix, FOE year heads with
// roles, indented areas, scratch sheet): 278/278, no wrong.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_61 } from "../fixtures/heldOut61";

const FLOORS: Record<string, [number, number]> = {
  "ho61-ge-stadt-2026": [54, 54],
  "ho61-ge-land-2025": [40, 40],
  "ho61-zkt-2027": [44, 44],
  "ho61-grossstadt-2026": [49, 49],
  "ho61-klein-2027": [42, 42],
  "ho61-altlasten-2025": [49, 49],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_61, FLOORS, KNOWN_WRONG);
