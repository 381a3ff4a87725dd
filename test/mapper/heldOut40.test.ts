// Held-out set 40 (final unseen measure): six keepers of the same AIP 2025, measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_40 } from "../fixtures/heldOut40";

const FLOORS: Record<string, [number, number]> = {
  "h40-bl-markt-integration": [18, 35],
  "h40-haushalt-fc": [25, 28],
  "h40-einseiter-tv": [29, 33],
  "h40-statistik": [32, 39],
  "h40-it-tabellen": [32, 44],
  "h40-gewachsen": [34, 43],
};
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_40, FLOORS, KNOWN_WRONG);
