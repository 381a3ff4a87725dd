// Held-out set 36 (issue 13): floors and wrong "sicher" as measured once when the set was written, raised by fix36.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_36 } from "../fixtures/heldOut36";

const FLOORS: Record<string, [number, number]> = {
  "ho36-augsburg": [47, 49],
  "ho36-biberach": [44, 45],
  "ho36-hagen": [51, 53],
  "ho36-emsland": [41, 44],
  "ho36-leipzig": [43, 46],
  "ho36-prignitz": [44, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_36, FLOORS, KNOWN_WRONG);
