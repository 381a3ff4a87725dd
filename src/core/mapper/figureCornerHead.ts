// "Integrationsquote | gesamt | Männer | Frauen" over "Ist 2026 (Prognose)", "Ziel 2027", "Veränderung in %": the
// head row's corner names the block's figure as a section row under an empty corner would
// (./genderColumnsSectionTitle.ts). Only a corner naming exactly one figure and no year's role titles the block
// ("Kennzahl", "Ziel 2027" are heads, no figure).
import { matchAt } from "./labelCells";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { roleOf } from "./roles";

export function figureCornerTitle(sheet: SheetGrid, hr: number, labelCol: number, planYear: number | undefined): { text: string; row: number } | undefined {
  const text = sheet.ownText(hr, labelCol);
  if (text === undefined || roleOf(fold(text), planYear) !== undefined) return undefined;
  return matchAt(sheet, hr, labelCol).standalone.length === 1 ? { text, row: hr } : undefined;
}
