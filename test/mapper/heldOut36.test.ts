// Held-out set 36 (issue 13): floors and wrong "sicher" as measured once when the set was written.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_36 } from "../fixtures/heldOut36";

const FLOORS: Record<string, [number, number]> = {
  "ho36-augsburg": [45, 49],
  "ho36-biberach": [41, 45],
  "ho36-hagen": [48, 53],
  "ho36-emsland": [31, 44],
  "ho36-leipzig": [40, 46],
  "ho36-prignitz": [31, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho36-biberach": ["FOE_Tabelle 'AIP 2024'!$B$30:$F$41"],
};

describeHeldOutSet(HELD_OUT_36, FLOORS, KNOWN_WRONG);
