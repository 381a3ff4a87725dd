// Held-out set 51 (transposed targets, Standort × Kennzahl cross tables, long format, pivot exports), as measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_51 } from "../fixtures/heldOut51";

const FLOORS: Record<string, [number, number]> = {
  "ho51-ziele-transponiert": [45, 45],
  "ho51-standorte-kreuz": [47, 47],
  "ho51-langformat": [39, 39],
  "ho51-pivot": [40, 40],
  "ho51-gemischt": [42, 42],
  "ho51-dreistufig": [38, 40],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_51, FLOORS, KNOWN_WRONG);
