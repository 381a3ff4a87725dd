// Held-out set 34 (final measure, kept apart from every fixer): six Jobcenters' planning workbooks, measured once
// with scripts/mapping-share.ts's measure() on 2026-12-07 (237/281 sicher at the right cell, one wrong sicher).
// Final measure after session 7's fixes from sets 26, 28, 31, 32, 33, 36, 37 and 38 (no fixer read this set):
// 254/281, no wrong sicher. Then a fix source (branch fix34): floors below are the latest measure.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_34 } from "../fixtures/heldOut34";

const FLOORS: Record<string, [number, number]> = {
  "ho34-leipzig-ge-2025": [50, 51],
  "ho34-miesbach-zkt-2024": [42, 43],
  "ho34-duisburg-ge-2025": [48, 48],
  "ho34-dithmarschen-ge-2024": [44, 44],
  "ho34-offenbach-zkt-2025": [48, 50],
  "ho34-mansfeld-ge-2024": [45, 45],
};

// The first measure's wrong sicher (the Kunden block's year header 2023 taken as the ELB stock) is gone.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_34, FLOORS, KNOWN_WRONG);
