// "Vorlage anlegen": on a workbook without contract names or template sheets, the example's layout with
// the figures emptied and every contract name — one read sync (names.ts), one write sync.
import { cellA1, parseRange, rangeA1 } from "../../core/address";
import { contractName } from "../../core/contract";
import { excelTextEntry } from "../../core/neutralise";
import { parseReference, type WorkbookModel } from "../../core/workbookModel";
import type { TemplateResult } from "../host";
import { templateModel } from "../templateLayout";
import type { OfficeHostDeps } from "./deps";
import { listNames, withNames } from "./names";
import { queueStructureCheck } from "./sheetGuard";

export async function createTemplate(run: OfficeHostDeps["run"]): Promise<TemplateResult> {
  const model = templateModel();
  return withNames(run, async (context, nested): Promise<TemplateResult> => {
    const canAdd = queueStructureCheck(context, "Vorlage anlegen"); // rides along with the names' sync
    const { sheetInfos, listed } = await listNames(context, nested);
    const present = listed.map((n) => n.item.name);
    const existingNames = [...new Set(present.filter((n) => contractName(n) !== undefined))];
    const taken = new Set(sheetInfos.map((s) => s.name.toLowerCase()));
    const existingSheets = model.sheets.map((s) => s.name).filter((n) => taken.has(n.toLowerCase()));
    if (existingNames.length || existingSheets.length) return { created: false, existingNames, existingSheets };
    canAdd();

    // One write sync: sheets, their cells (formats before values), bold labels, then the names.
    writeModel(context, model);
    await context.sync();
    return { created: true, names: model.names.length };
  });
}

/**
 * Queue the model's sheets (cells: formats before values, formulas, bold labels) and its names for one write
 * sync; the caller syncs. Shared by "Vorlage anlegen" and "Verlaufsblatt anlegen" (./verlaufSheet.ts).
 */
export function writeModel(context: Excel.RequestContext, model: WorkbookModel): void {
  const added = new Map<string, Excel.Worksheet>();
  for (const s of model.sheets) {
    const sheet = context.workbook.worksheets.add(s.name);
    added.set(s.name, sheet);
    const refs = Object.keys(s.cells).map((a1) => parseRange(a1).start);
    if (!refs.length) continue;
    const maxRow = Math.max(...refs.map((r) => r.row));
    const maxCol = Math.max(...refs.map((r) => r.col));
    const at = (row: number, col: number) => s.cells[cellA1({ row, col })];
    const grid = <T,>(f: (row: number, col: number) => T) =>
      Array.from({ length: maxRow + 1 }, (_, row) => Array.from({ length: maxCol + 1 }, (_, col) => f(row, col)));
    const block = sheet.getRange(rangeA1({ row: 0, col: 0 }, { row: maxRow, col: maxCol }));
    block.numberFormat = grid((r, c) => at(r, c)?.numberFormat ?? "General");
    // Labels as text through `values` (null leaves a cell empty); the example's formulas cell by cell through `formulas`.
    block.values = grid((r, c) => {
      const cell = at(r, c);
      if (!cell || cell.formula || cell.value === null) return null;
      return typeof cell.value === "string" ? excelTextEntry(cell.value) : cell.value;
    }) as unknown as (string | number)[][];
    for (const [a1, cell] of Object.entries(s.cells)) if (cell.formula) sheet.getRange(a1).formulas = [[cell.formula]];
    for (const [a1, cell] of Object.entries(s.cells)) if (cell.bold) sheet.getRange(a1).format.font.bold = true;
    block.format.autofitColumns();
  }
  for (const n of model.names) {
    const ref = parseReference(n.refersTo);
    if ("problem" in ref) continue;
    const sheet = added.get(ref.sheet);
    if (sheet) context.workbook.names.add(n.name, sheet.getRange(ref.range));
  }
}
