import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_38 } from "../fixtures/heldOut38";

// Measured once on branch ho38 (scripts/mapping-share.ts measure()), see the fixture's header.
const FLOORS: Record<string, [number, number]> = {
  "ho38-werratal-ge-2025": [45, 50],
  "ho38-hohenfels-zkt-2024": [36, 39],
  "ho38-kerning-ge-2024": [38, 41],
  "ho38-lindenau-zkt-2025": [20, 29],
  "ho38-auental-ge-2025": [27, 33],
  "ho38-brackenfeld-ge-2024": [31, 38],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // "Vorjahr (Ist 31.12.2024): Köpfe" taken for the staff count; the planned total is Personal!$C$12.
  "ho38-werratal-ge-2025": ["PER_Beschaeftigte Personal!$C$22"],
};

describeHeldOutSet(HELD_OUT_38, FLOORS, KNOWN_WRONG);
