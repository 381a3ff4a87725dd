// Held-out set 35 (final measure, kept apart from every fixer): floors and wrong "sicher" as measured once
// with measure() from scripts/mapping-share.ts on 2026-12-07 (185/236 = 78.4 %, 2 wrong sicher). Final measure after
// session 7's fixes from sets 26, 28, 31, 32, 33, 36, 37 and 38 (no fixer read this set): 190/236, the same 2 wrong.
// Released as a fix source after that measure: floors now as measured after the fixes from it (fix35, fix34, fix35b).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_35 } from "../fixtures/heldOut35";

const FLOORS: Record<string, [number, number]> = {
  "ho35-bl-zieltabellen": [48, 48],
  "ho35-haushalt-titel": [27, 28],
  "ho35-tl-cockpit": [24, 25],
  "ho35-azubi-erstversuch": [38, 39],
  "ho35-zkt-haushaltsplan": [46, 46],
  "ho35-mehrjahr-controllerin": [49, 50],
};

// Fixed on branch fix35 (set 35 as a fix source): gender heads over a target figure's row are no staff shares
// (figureRowLabel.ts); a proposal column beside the target column is no second target (agreedColumn.ts).
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_35, FLOORS, KNOWN_WRONG);
