// Held-out set 25 (test/fixtures/heldOut25.ts), measured once by the tester of branch ho25.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_25 } from "../fixtures/heldOut25";

const FLOORS: Record<string, [number, number]> = {
  "ho25-kreis-fachbereich": [44, 44],
  "ho25-grosse-ge": [47, 47],
  "ho25-listobject-kreis": [39, 40],
  "ho25-bi-export": [47, 48],
  "ho25-kleines-amt": [30, 30],
  "ho25-ge-vorjahr": [43, 43],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_25, FLOORS, KNOWN_WRONG);
