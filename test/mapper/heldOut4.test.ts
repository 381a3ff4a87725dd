// The fourth held-out set (test/fixtures/heldOut4.ts), written by a tester who did not read the mapper, its
// vocabulary nor the wording of the earlier layouts: no wrong "sicher" ever, and per layout a floor equal to
// what it measured when first run (2026-12-06). A change that raises a share should raise its floor here.
import { HELD_OUT_4 } from "../fixtures/heldOut4";
import { describeHeldOutSet } from "../helpers/heldOut";

// id → [high at the right cell as last measured, figures present on visible sheets]. First run: 13, 31, 46, 3,
// 25, 3; raised with branch map13b (its fixes for heldOut3's causes, never tuned against this set), then with
// map13c (comparison titles, code columns, date words, latest-year KUN_ELB, areas by concept, as-of dates in
// labels, English synonyms), then with map13e (the VZÄ total row whose rows add up, the programme word for planned entries).
const FLOORS: Record<string, [number, number]> = {
  "ho4-stadtstaat": [45, 46],
  "ho4-zkt": [46, 46],
  "ho4-quellen": [49, 49],
  "ho4-office": [37, 43],
  "ho4-davon": [26, 26],
  "ho4-quartale": [4, 4],
};

describeHeldOutSet(HELD_OUT_4, FLOORS);
