import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_59 } from "../fixtures/heldOut59";

const FLOORS: Record<string, [number, number]> = {
  "ho59-varianten-ab": [44, 44],
  "ho59-szenarien": [39, 40],
  "ho59-stand-versionen": [37, 37],
  "ho59-vorschlag-beschluss": [36, 36],
  "ho59-blatt-je-version": [27, 29],
  "ho59-kommentarzeile": [31, 31],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_59, FLOORS, KNOWN_WRONG);
