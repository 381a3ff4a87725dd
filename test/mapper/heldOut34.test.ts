// Held-out set 34 (final measure, kept apart from every fixer): six Jobcenters' planning workbooks, measured once
// with scripts/mapping-share.ts's measure() on 2026-12-07 (237/281 sicher at the right cell, one wrong sicher).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_34 } from "../fixtures/heldOut34";

const FLOORS: Record<string, [number, number]> = {
  "ho34-leipzig-ge-2025": [46, 51],
  "ho34-miesbach-zkt-2024": [38, 43],
  "ho34-duisburg-ge-2025": [36, 48],
  "ho34-dithmarschen-ge-2024": [39, 44],
  "ho34-offenbach-zkt-2025": [44, 50],
  "ho34-mansfeld-ge-2024": [34, 45],
};

// Wrong sicher as measured: the Kunden block's year header (2023) taken as the ELB stock.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho34-mansfeld-ge-2024": ["KUN_ELB 'Ziele + Kunden'!$C$13"],
};

describeHeldOutSet(HELD_OUT_34, FLOORS, KNOWN_WRONG);
