// A scratch sheet: "Tabelle1" (a name Excel gave, never chosen) titled "Nebenrechnung KFA" over "Bund | 8.070.000",
// "KFA | =B2*15,2/84,8", or a sheet named "Nebenrechnung": the controller's side calculation repeats or derives
// the programme's figures. It is no rival to the own sheets, and alone not sure (./helperSheets.ts). A default name
// alone is no sign (small workbooks keep everything on "Tabelle1"), nor a side-calculation title on a named sheet.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** A name Excel or LibreOffice gives a new sheet (folded): "Tabelle1", "Sheet2", "Blatt3", "Feuil1". */
const DEFAULT_NAME = /^(tabelle|sheet|blatt|feuil|hoja|foglio)\s?\d+$/;
/** Words naming a side calculation (folded): "Nebenrechnung", "Hilfsrechnung", "Schmierzettel", "Probe-/Testrechnung". */
const SIDE_CALCULATION = /(^| )(nebenrechnung\w*|neben rechnung|hilfsrechnung\w*|schmier\w*|testrechnung\w*|proberechnung\w*|rechenhilfe)( |$)/;

/** Whether a sheet is a scratch sheet: named as a side calculation, or default-named and titled as one. */
export function isScratchSheet(sheet: SheetGrid): boolean {
  const name = fold(sheet.name).trim();
  if (SIDE_CALCULATION.test(name)) return true;
  if (!DEFAULT_NAME.test(name)) return false;
  const title = sheet.headingText(sheet.r0);
  return title !== undefined && SIDE_CALCULATION.test(fold(title));
}
