// after fixleft13b: camelcase 44/44 (the key's description in a settings list, the "kunden…" namespace of twins: ./heldOutLeft13bCauses.test.ts).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_52 } from "../fixtures/heldOut52";

const FLOORS: Record<string, [number, number]> = {
  "ho52-parameter": [43, 44],
  "ho52-dbexport": [47, 47],
  "ho52-codes": [46, 46],
  "ho52-ascii": [41, 41],
  "ho52-gemischt": [43, 45],
  "ho52-camelcase": [44, 44],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_52, FLOORS, KNOWN_WRONG);
