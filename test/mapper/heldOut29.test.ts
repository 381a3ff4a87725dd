import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_29 } from "../fixtures/heldOut29";

// Measured once (npx tsx measure script calling measure() from scripts/mapping-share.ts), not reworded afterwards.
const FLOORS: Record<string, [number, number]> = {
  "ho29-druckfassung": [43, 43],
  "ho29-quer-istplan": [25, 41],
  "ho29-rd-formular": [32, 39],
  "ho29-inhaltsverzeichnis": [37, 42],
  "ho29-bezirke": [7, 32],
  "ho29-freigabe": [32, 36],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The shares under "Kundenstruktur 2025" are the planning year's previous year (KUN_*), not KUN_*_VJ.
  "ho29-quer-istplan": ["KUN_Anteil_LZB_VJ 'Übersicht quer'!$D$24", "KUN_Anteil_Jugendliche_VJ 'Übersicht quer'!$D$26"],
  // "vorläufig" is the label of a checkbox row (the "x" beside it marks the choice), not a status cell.
  "ho29-rd-formular": ["ZIE_VJ_Status 'Formblatt AIP'!$D$37"],
};

describeHeldOutSet(HELD_OUT_29, FLOORS, KNOWN_WRONG);
