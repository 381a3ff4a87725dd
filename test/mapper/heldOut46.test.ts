// Held-out set 46 (SGB II § 48a Kennzahlen / BA statistics wording), measured once when written.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_46 } from "../fixtures/heldOut46";

const FLOORS: Record<string, [number, number]> = {
  "ho46-saalekreis-k-blatt": [49, 49],
  "ho46-goerlitz-dwh-lang": [48, 48],
  "ho46-herford-zielnachhaltung": [52, 52],
  "ho46-cham-ein-blatt": [44, 45],
  "ho46-ortenau-zv": [52, 52],
  "ho46-gera-nummeriert": [46, 46],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_46, FLOORS, KNOWN_WRONG);
