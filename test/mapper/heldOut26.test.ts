// Held-out set 26 (final measure, branch ho26, kept apart from every fixer): first measure 163/254 with 2 wrong
// sicher; floors as re-measured at the end of the session that wrote it (the fixes from sets 22, 24, 25, 27, 29, 30).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_26 } from "../fixtures/heldOut26";

const FLOORS: Record<string, [number, number]> = {
  "ho26-klassisch": [43, 43],
  "ho26-uebersicht": [43, 43],
  "ho26-matrix": [48, 48],
  "ho26-vorlage": [34, 34],
  "ho26-standorte": [42, 43],
  "ho26-datenbasis": [43, 43],
};

const KNOWN_WRONG: Record<string, string[]> = {
};

describeHeldOutSet(HELD_OUT_26, FLOORS, KNOWN_WRONG);
