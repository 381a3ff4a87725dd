// Held-out set 31 (final measure, see test/fixtures/heldOut31.ts): the numbers as measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_31 } from "../fixtures/heldOut31";

const FLOORS: Record<string, [number, number]> = {
  "ho31-ge-ost-stadt": [46, 46],
  "ho31-zkt-west-land": [36, 36],
  "ho31-ge-ost-land": [29, 29],
  "ho31-zkt-west-stadt": [43, 43],
  "ho31-ge-west-stadt": [38, 38],
  "ho31-ge-west-land": [30, 30],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_31, FLOORS, KNOWN_WRONG);
