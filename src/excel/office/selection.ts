// Selecting a finding's cells: activate the sheet of the first cell and select that sheet's cells.
import { splitAddress } from "../../core/address";
import type { OfficeHostDeps } from "./deps";

export async function selectCells(deps: Pick<OfficeHostDeps, "run" | "requirements">, cells: string[]): Promise<void> {
  if (!cells.length) return;
  const first = splitAddress(cells[0]);
  const sameSheet = cells.map(splitAddress).filter((c) => c.sheet.toLowerCase() === first.sheet.toLowerCase());
  const ranges = [...new Set(sameSheet.map((c) => c.range.replace(/\$/g, "")))];
  // Worksheet.getRanges is ExcelApi 1.9, but RangeAreas.select() only ExcelApi 1.18 (Microsoft 365, web, Mac;
  // not Office 2021/2024 LTSC): below that only the first area is selected.
  const multi = ranges.length > 1 && deps.requirements?.isSetSupported("ExcelApi", "1.18") === true;
  const select = (areas: string[]) =>
    deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(first.sheet);
      sheet.activate();
      if (areas.length === 1) sheet.getRange(areas[0]).select();
      else sheet.getRanges(areas.join(",")).select();
      await context.sync();
    });
  try {
    await select(multi ? ranges : ranges.slice(0, 1));
  } catch (e) {
    try {
      if (!multi) throw e;
      await select(ranges.slice(0, 1)); // an Excel that claims 1.18 but refuses the areas: the first cell
    } catch (e2) {
      throw new Error(`Die Zelle ${cells[0]} konnte nicht ausgewählt werden (${(e2 as Error).message}).`);
    }
  }
}
