// Selecting a finding's cells: activate the sheet of the first cell and select that sheet's cells.
// Several areas: Worksheet.getRanges is ExcelApi 1.9, but RangeAreas.select() only ExcelApi 1.18 (Microsoft
// 365, web, Mac; not Office 2021/2024 LTSC). German desktop Excel has been reported to want the locale's list
// separator ";" between the areas and to refuse "," with InvalidArgument although the docs say comma
// (office-js #1167, #1985, "known issue"): "," is tried, then ";", then only the first area — and the pane is
// told when only the first area could be selected.
import { splitAddress } from "../../core/address";
import type { SelectionResult } from "../host";
import type { OfficeHostDeps } from "./deps";

const errorCode = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "");

export async function selectCells(deps: Pick<OfficeHostDeps, "run" | "requirements">, cells: string[]): Promise<SelectionResult | undefined> {
  if (!cells.length) return undefined;
  const first = splitAddress(cells[0]);
  const sameSheet = cells.map(splitAddress).filter((c) => c.sheet.toLowerCase() === first.sheet.toLowerCase());
  const ranges = [...new Set(sameSheet.map((c) => c.range.replace(/\$/g, "")))];
  const multi = ranges.length > 1 && deps.requirements?.isSetSupported("ExcelApi", "1.18") === true;
  const select = (areas: string[], separator = ",") =>
    deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(first.sheet);
      sheet.activate();
      if (areas.length === 1) sheet.getRange(areas[0]).select();
      else sheet.getRanges(areas.join(separator)).select();
      await context.sync();
    });
  const onlyFirst = ranges.length > 1 ? { onlyFirstArea: ranges.length } : undefined;
  if (multi) {
    try {
      await select(ranges, ",");
      return undefined;
    } catch (e) {
      if (errorCode(e) === "InvalidArgument") {
        try {
          await select(ranges, ";");
          return undefined;
        } catch {
          // below: the first area
        }
      }
    }
  }
  try {
    await select(ranges.slice(0, 1));
    return onlyFirst;
  } catch (e) {
    throw new Error(`Die Zelle ${cells[0]} konnte nicht ausgewählt werden (${(e as Error).message}).`);
  }
}
