import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_38 } from "../fixtures/heldOut38";

// Measured once on branch ho38 (scripts/mapping-share.ts measure()), see the fixture's header; raised by fix38.
const FLOORS: Record<string, [number, number]> = {
  "ho38-werratal-ge-2025": [50, 50],
  "ho38-hohenfels-zkt-2024": [39, 39],
  "ho38-kerning-ge-2024": [41, 41],
  "ho38-lindenau-zkt-2025": [29, 29],
  "ho38-auental-ge-2025": [33, 33],
  "ho38-brackenfeld-ge-2024": [36, 38],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_38, FLOORS, KNOWN_WRONG);
