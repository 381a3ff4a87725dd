// Held-out set 77 (tester ho77): target groups in every shape — group columns, davon/darunter/dar./- sub-rows,
// abbreviated groups, a sheet per Personengruppe, groups as rows of one wide table, shares by formula.
// Measured once: 205/290 sicher at the right cell, 1 wrong sicher (ho77-gruppenspalten).
// after fix77a: 267/290 (target groups as column heads, merged group heads, a sheet per group, customer groups as columns).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_77 } from "../fixtures/heldOut77";

const FLOORS: Record<string, [number, number]> = {
  "ho77-gruppenspalten": [45, 48],
  "ho77-davon": [49, 49],
  "ho77-abkuerzungen": [34, 49],
  "ho77-blatt-je-gruppe": [48, 49],
  "ho77-gruppenzeilen": [43, 47],
  "ho77-anteilsformeln": [48, 48],
};
// As measured: the U25 share of the eLb stock (Ø 2023) taken for the share of young UNEMPLOYED of 2023; the
// workbook's Arbeitslose block (row 17) holds that figure.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho77-gruppenspalten": ["KUN_Anteil_Jugendliche_VJ Kundenstruktur!$C$8"],
};

describeHeldOutSet(HELD_OUT_77, FLOORS, KNOWN_WRONG);
