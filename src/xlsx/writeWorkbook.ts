// Writes a neutral WorkbookModel (the example, the template, test variants) to an .xlsx file with
// ExcelJS: values, formulas with their cached results, number formats, bold, column widths and sheet
// visibility. Defined names are put into xl/workbook.xml afterwards, exactly as the model gives them,
// because ExcelJS can neither write sheet-scoped names nor names that are not valid ranges.
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isCellError } from "../core/snapshot";
import type { ModelCell, WorkbookModel } from "../core/workbookModel";
import { withDefinedNames, type RawDefinedName } from "./workbookXml";

export interface WriteOptions {
  /**
   * Leave out the cached results of formulas, so that a spreadsheet must compute them itself
   * (used to prove that LibreOffice computes the example's formulas).
   */
  omitFormulaResults?: boolean;
}

function cellValue(cell: ModelCell, options: WriteOptions): ExcelJS.CellValue {
  const value = cell.value;
  const plain: ExcelJS.CellValue = isCellError(value)
    ? { error: value.error as ExcelJS.CellErrorValue["error"] }
    : value;
  if (!cell.formula) return plain;
  const formula = cell.formula.replace(/^=/, "");
  if (options.omitFormulaResults || plain === null) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: plain } as ExcelJS.CellFormulaValue;
}

function buildWorkbook(model: WorkbookModel, options: WriteOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "AIP für Excel";
  // Ask the spreadsheet to recompute on open, so what the user sees is its own calculation.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility ?? "visible" });
    (sheet.columnWidths ?? []).forEach((width, i) => {
      ws.getColumn(i + 1).width = width;
    });
    for (const [a1, cell] of Object.entries(sheet.cells)) {
      const target = ws.getCell(a1);
      target.value = cellValue(cell, options);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
    }
  }
  return workbook;
}

function rawNames(model: WorkbookModel): RawDefinedName[] {
  const sheetIndex = new Map(model.sheets.map((s, i) => [s.name.toLowerCase(), i]));
  return model.names.map((n) => {
    const local = n.scope?.kind === "sheet" ? sheetIndex.get(n.scope.sheet.toLowerCase()) : undefined;
    if (n.scope?.kind === "sheet" && local === undefined) {
      throw new Error(`Name ${n.name}: Blatt „${n.scope.sheet}“ fehlt im Modell`);
    }
    return { name: n.name, text: n.refersTo.replace(/^=/, ""), localSheetId: local, hidden: false };
  });
}

/** The model as the bytes of an .xlsx file. */
export async function writeWorkbookBuffer(model: WorkbookModel, options: WriteOptions = {}): Promise<Buffer> {
  const written = await buildWorkbook(model, options).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  const path = "xl/workbook.xml";
  const xml = await zip.file(path)!.async("string");
  zip.file(path, withDefinedNames(xml, rawNames(model)));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Write the model to an .xlsx file at `path`. */
export async function writeWorkbookFile(model: WorkbookModel, path: string, options: WriteOptions = {}): Promise<void> {
  await writeFile(path, await writeWorkbookBuffer(model, options));
}
