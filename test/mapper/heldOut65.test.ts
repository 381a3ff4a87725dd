// Held-out set 65 (numbers in labels that are or are not years), measured once by an independent tester.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_65 } from "../fixtures/heldOut65";

const FLOORS: Record<string, [number, number]> = {
  "ho65-saale-holzland": [50, 50],
  "ho65-wartburg": [45, 45],
  "ho65-nordhausen": [37, 38],
  "ho65-gotha": [47, 47],
  "ho65-kyffhaeuser": [40, 40],
  "ho65-unstrut": [43, 45],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_65, FLOORS, KNOWN_WRONG);
