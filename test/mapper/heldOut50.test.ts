// Held-out set 50 (final unseen measure): floors and wrong "sicher" as measured once when the set was written.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_50 } from "../fixtures/heldOut50";

const FLOORS: Record<string, [number, number]> = {
  "ho50-tv-entwurf-2026": [48, 52],
  "ho50-zielvereinbarung-2025": [36, 50],
  "ho50-finanzplan-kreis-2026": [27, 38],
  "ho50-beirat-kurz-2025": [18, 19],
  "ho50-ist-unterjaehrig-2025": [20, 25],
  "ho50-neu-strukturiert-2026": [34, 34],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho50-zielvereinbarung-2025": ["BUD_VH_Umschichtung Ressourcen!$E$6"],
  "ho50-ist-unterjaehrig-2025": ["ZIE_ELB Monatsverlauf!$N$5"],
};

describeHeldOutSet(HELD_OUT_50, FLOORS, KNOWN_WRONG);
