// Context twins (the targets' ELB and the customer stock) outside their areas: the planning year's column, the
// section's plan or the rows around it settle which one a label is. Split from ./findCells.ts.
import { areaOf } from "../areas";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold, yearsIn } from "./normalize";
import { columnHeader } from "./roles";
import { scopeAt } from "./context";
import { specsAt } from "./labelSpecs";
import { isFigureLabelRow, isFigureLabelCell } from "./labelCells";

/**
 * Context twins outside their areas ("eLb (JDW)" on a one-sheet summary: the targets' ELB or the customer stock):
 * a value under the planning year's own column settles it. Customer structure is as of the latest year reported,
 * never of the planning year, so a row carrying a planning-year value (a target) is the targets' figure; its
 * previous-year column is then ZIE_ELB_VJ, not KUN_ELB.
 */
export function settleTwins(specs: LabelSpec[], sheet: SheetGrid, row: number, col: number, planYear: number | undefined): { specs: LabelSpec[]; settled: boolean } {
  if (planYear === undefined || !specs.some((s) => s.latestYear) || !specs.some((s) => !s.latestYear && s.context)) return { specs, settled: false };
  for (let c = col + 1; c <= sheet.lastCol; c++) {
    if (sheet.number(row, c) === undefined) continue;
    const header = columnHeader(sheet, row, c, planYear, col, (r, cols) => isFigureLabelRow(sheet, r, cols));
    if (!header || header.acrossBlank || header.role !== "current") continue;
    if (yearsIn(fold(header.text)).includes(planYear)) return { specs: specs.filter((s) => !s.latestYear), settled: true };
  }
  // So does a sheet or section of the planning year's plan ("Planung 2025", "Ziele 2025"): its figures are targets.
  const scope = scopeAt(sheet, row, planYear, (r, c) => isFigureLabelCell(sheet, r, c), col);
  if (scope.role === "current" && scope.text !== undefined && !scope.low && yearsIn(fold(scope.text)).includes(planYear)) {
    return { specs: specs.filter((s) => !s.latestYear), settled: true };
  }
  // So do the rows around it (same column, up to a blank row): among target rows (Integrationen, IQ) it is the
  // targets' ELB, among customer rows (Alleinerziehende, Anteil LZB) the customer stock; mixed rows settle nothing.
  // A part row is read under its group ("davon Männer" under the LZB row is the LZB's, not the staff's men).
  const kinds = new Set<"ziele" | "kunden" | "other">();
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < 12 && !sheet.rowBlank(r); r += step, n++) {
      const m = sheet.ownText(r, col) === undefined ? [] : specsAt(sheet, r, col);
      if (m.length !== 1) continue;
      const area = areaOf(Object.values(m[0].names).find((x) => x !== undefined) ?? "")?.id;
      kinds.add(area === "ziele" ? "ziele" : area === "kunden" ? "kunden" : "other");
    }
  }
  if (kinds.size === 1 && !kinds.has("other")) {
    const targets = kinds.has("ziele");
    return { specs: specs.filter((s) => (targets ? !s.latestYear : s.latestYear)), settled: true };
  }
  return { specs, settled: false };
}
