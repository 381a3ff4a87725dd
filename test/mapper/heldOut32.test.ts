// Held-out set 32 (branch ho32): six workbooks that went through other hands and tools (LibreOffice/Google
// Sheets conversion, PDF paste, a colleague's file, three teams, notes rows, no header words). Measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_32 } from "../fixtures/heldOut32";

const FLOORS: Record<string, [number, number]> = {
  "ho32-libreoffice-tabelle": [40, 45],
  "ho32-pdf-eingefuegt": [32, 45],
  "ho32-kollegenmappe": [25, 37],
  "ho32-drei-teams": [40, 45],
  "ho32-anmerkungszeilen": [35, 42],
  "ho32-ohne-spaltenkoepfe": [17, 31],
};

// Wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho32-libreoffice-tabelle": ["KUN_ELB Tabelle4!$B$16"],
  "ho32-pdf-eingefuegt": ["AIP_Stand Ziele_2025!$B$20"],
  "ho32-kollegenmappe": ["ZIE_IQ_Maenner_VJ 'AIP 2024 (Übernahme)'!$D$45", "ZIE_IQ_Frauen_VJ 'AIP 2024 (Übernahme)'!$D$46"],
  "ho32-ohne-spaltenkoepfe": ["AIP_Jobcenter 'Eckwerte 2025'!$A$1"],
};

describeHeldOutSet(HELD_OUT_32, FLOORS, KNOWN_WRONG);
