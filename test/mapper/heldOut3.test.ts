// The third held-out set (test/fixtures/heldOut3.ts), written by a tester who did not read the mapper's
// vocabulary nor the wording of the earlier layouts: no wrong "sicher" ever, and per layout a floor equal to
// what it measured last. A change that raises a share should raise its floor here.
import { HELD_OUT_3 } from "../fixtures/heldOut3";
import { describeHeldOutSet } from "../helpers/heldOut";

// id → [high at the right cell as last measured, figures present on visible sheets]. First run (2026-12-06):
// 33, 16, 18, 8, 1, 13, 18; raised after the fixes for the causes of the misses (branch map13b).
const FLOORS: Record<string, [number, number]> = {
  "ho3-landkreis": [37, 37],
  "ho3-eckwerte": [31, 31],
  "ho3-quer": [20, 20],
  "ho3-saetze": [15, 15],
  "ho3-foerderung": [1, 1],
  "ho3-fastgleich": [13, 13],
  "ho3-rollen": [22, 22],
};

describeHeldOutSet(HELD_OUT_3, FLOORS);
