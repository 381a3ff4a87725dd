// "Vorlage anlegen": the example workbook's layout (sheets, labels, number formats, formulas, names)
// with every figure left empty, so a Jobcenter starts from the contract's structure. Pure data; the
// Office.js adapter writes it, and it could as well be written to an xlsx file.
import { CONTRACT, contractName } from "../core/contract";
import type { CellKind } from "../core/contract";
import { parseRange, cellA1 } from "../core/address";
import { buildExample2024 } from "../core/example/example2024"; // not the index: it also carries the Verlauf example, which the pane does not need up front
import { parseReference, type WorkbookModel } from "../core/workbookModel";

/** Kinds that are structure, not figures: kept in the template (instrument names, areas, Ebene). */
const STRUCTURE_KINDS: ReadonlySet<CellKind> = new Set(["text", "level"]);

export function templateModel(): WorkbookModel {
  const model = buildExample2024();
  for (const n of model.names) {
    const contract = contractName(n.name);
    const ref = parseReference(n.refersTo);
    if (!contract || "problem" in ref) continue;
    const sheet = model.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) continue;
    const { start, end } = parseRange(ref.range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        const a1 = cellA1({ row: r, col: c });
        const cell = sheet.cells[a1];
        if (!cell) continue;
        // Single cells are all figures (also the Jobcenter's name); in tables, text and Ebene columns are structure.
        const kind = contract.kind === "table" ? contract.columns?.[c - start.col]?.kind : undefined;
        const keep = kind !== undefined && STRUCTURE_KINDS.has(kind);
        if (cell.formula) sheet.cells[a1] = { ...cell, value: null };
        else if (!keep) sheet.cells[a1] = { ...cell, value: null };
      }
    }
  }
  return model;
}

/** Every contract name the template defines (all of CONTRACT). */
export const TEMPLATE_NAMES: readonly string[] = CONTRACT.map((c) => c.name);
