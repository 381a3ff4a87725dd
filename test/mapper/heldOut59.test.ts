import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_59 } from "../fixtures/heldOut59";

const FLOORS: Record<string, [number, number]> = {
  "ho59-varianten-ab": [24, 44],
  "ho59-szenarien": [20, 40],
  "ho59-stand-versionen": [13, 37],
  "ho59-vorschlag-beschluss": [11, 36],
  "ho59-blatt-je-version": [3, 29],
  "ho59-kommentarzeile": [12, 31],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho59-varianten-ab": [
    "BUD_VH_Gesamt 'Budget 2026'!$B$5",
    "BUD_VH_EinglMV 'Budget 2026'!$B$6",
    "BUD_VH_Umschichtung 'Budget 2026'!$B$7",
    "BUD_VH_KFA 'Budget 2026'!$B$8",
    "BUD_EB_Gesamt 'Budget 2026'!$B$9",
    "BUD_EB_Vorbindungen 'Budget 2026'!$B$10",
    "BUD_EB_Neubewilligungen 'Budget 2026'!$B$11",
    "BUD_EGT_Zuteilung 'Budget 2026'!$B$4",
  ],
  "ho59-stand-versionen": ["FOE_Tabelle 'AIP-Planung 2026'!$A$35:$D$42"],
};

describeHeldOutSet(HELD_OUT_59, FLOORS, KNOWN_WRONG);
