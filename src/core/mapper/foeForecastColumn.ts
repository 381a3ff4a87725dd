// A forecast column at a Förderung table's right edge ("Ist 2024 | Plan 2025 | Prognose 2025 (Stand 30.06.)",
// "Hochrechnung 2025"): a mid-year estimate written beside the programme, neither the previous year's Ist nor the
// plan, and no Begründung. The table (FOE_Tabelle) is its instruments with Ist, Plan and the columns between and
// explaining them; a forecast at the edge is outside, as a change column there is (findFoe.ts). One between Ist and
// Plan stays (the range is one block of columns).
import { readColumn } from "../columnRoles";
import { foeHeaderKey } from "../resolve/tableLayout";
import type { SheetGrid } from "./grid";

/** Whether column `c`, headed in `headRows`, is a forecast the check's table layout does not read. */
export function isForecastColumn(sheet: SheetGrid, headRows: readonly number[], c: number): boolean {
  const texts = headRows.map((r) => sheet.text(r, c)).filter((t): t is string => t !== undefined);
  return texts.some((t) => readColumn(t).kind === "prognose") && texts.every((t) => foeHeaderKey(t) === undefined);
}
