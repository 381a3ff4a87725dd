// Held-out set 77 (tester ho77): target groups in every shape — group columns, davon/darunter/dar./- sub-rows,
// abbreviated groups, a sheet per Personengruppe, groups as rows of one wide table, shares by formula.
// Measured once: 205/290 sicher at the right cell, 1 wrong sicher (ho77-gruppenspalten).
// after fix77b: 227/290, no wrong sicher (base population of group lists, abbreviated customer sheet, stacked years).
// after fix77a: 267/290 (target groups as column heads, merged group heads, a sheet per group, customer groups as columns).
// after merging both: 289/290, no wrong sicher (left: blatt-je-gruppe KUN_Anteil_Jugendliche_VJ, a count row read as a share).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_77 } from "../fixtures/heldOut77";

const FLOORS: Record<string, [number, number]> = {
  "ho77-gruppenspalten": [48, 48],
  "ho77-davon": [49, 49],
  "ho77-abkuerzungen": [49, 49],
  "ho77-blatt-je-gruppe": [48, 49],
  "ho77-gruppenzeilen": [47, 47],
  "ho77-anteilsformeln": [48, 48],
};
// fix77b: the U25 share of the eLb stock is no longer taken for the share of young unemployed (./groupListBase.ts).
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_77, FLOORS, KNOWN_WRONG);
