// Test helper: the 2024 example with a table name pointing at a table laid out another way (a 3-column
// Förderung table with its header row, labels in B and values in D, …), written into a sheet of the
// model, as a controller's own workbook would hold it. Rows are written from `topLeft` down.
import { cellA1, parseCell } from "../../src/core/address";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { changeExample, example, type ExampleEditor } from "./example";

/** Write `rows` at `sheet!topLeft` (a new sheet when it does not exist) and point `name` at exactly them. */
export function placeTable(editor: ExampleEditor, name: string, sheet: string, topLeft: string, rows: CellValue[][]): ExampleEditor {
  let target = editor.model.sheets.find((s) => s.name === sheet);
  if (!target) {
    target = { name: sheet, cells: {} };
    editor.model.sheets.push(target);
  }
  const start = parseCell(topLeft);
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) target.cells[cellA1({ row: start.row + r, col: start.col + c })] = { value };
    }),
  );
  const end = cellA1({ row: start.row + rows.length - 1, col: start.col + width - 1 });
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  editor.setRefersTo(name, `=${quoted}!${abs(cellA1(start))}:${abs(end)}`);
  return editor;
}

/** The example with FOE_Tabelle replaced by `rows` on a sheet "Förderung 2024" at B2, FOE_Eintritte_Plan kept. */
export function withFoe(rows: CellValue[][], topLeft = "B2"): WorkbookSnapshot {
  return placeTable(example(), "FOE_Tabelle", "Förderung 2024", topLeft, rows).snapshot();
}

export { changeExample };
