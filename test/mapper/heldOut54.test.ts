// Held-out set 54 (issue 13), measured once by its tester (branch t54); floors and known wrong sicher as measured.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_54 } from "../fixtures/heldOut54";

const FLOORS: Record<string, [number, number]> = {
  "ho54-zeitreihe-2026": [46, 46],
  "ho54-plan-ist-jahre": [45, 45],
  "ho54-durchschnitt-stichtag": [45, 45],
  "ho54-kundenbloecke": [48, 48],
  "ho54-monatsziele-2026": [43, 44],
  "ho54-mittelfristig-2025": [47, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_54, FLOORS, KNOWN_WRONG);
