// Test helper: changed copies of the 2024 example (a value, a format, a broken or duplicated name),
// each returned as the snapshot the engine checks. Every change works on a fresh copy of the model.
import { cellA1, parseRange } from "../../src/core/address";
import { contractName } from "../../src/core/contract";
import { buildExample2024, EXAMPLE_SOURCE } from "../../src/core/example";
import { addVerlauf2024 } from "../../src/core/example/verlauf2024";
import type { CellValue, NameEntry, WorkbookSnapshot } from "../../src/core/snapshot";
import { parseReference, snapshotFromModel, type ModelName, type ModelSheet, type WorkbookModel } from "../../src/core/workbookModel";

export class ExampleEditor {
  readonly model: WorkbookModel = buildExample2024();

  private findName(name: string): ModelName {
    const n = this.model.names.find((m) => m.name.toUpperCase() === name.toUpperCase() && (m.scope ?? { kind: "workbook" }).kind === "workbook");
    if (!n) throw new Error(`Name ${name} gibt es im Beispiel nicht`);
    return n;
  }

  /** Sheet and A1 of the cell at (row, col) of a name's range. */
  private locate(name: string, row = 0, col = 0): { sheet: ModelSheet; a1: string } {
    const ref = parseReference(this.findName(name).refersTo);
    if ("problem" in ref) throw new Error(`Name ${name} ist kein Bereich`);
    const sheet = this.model.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) throw new Error(`Blatt ${ref.sheet} fehlt`);
    const { start } = parseRange(ref.range);
    return { sheet, a1: cellA1({ row: start.row + row, col: start.col + col }) };
  }

  private put(name: string, row: number, col: number, value: CellValue): this {
    const { sheet, a1 } = this.locate(name, row, col);
    const old = sheet.cells[a1];
    sheet.cells[a1] = { value, ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}) }; // a typed value replaces any formula
    return this;
  }

  /** Set a single-cell name's value (text, number, blank, error). */
  set(name: string, value: CellValue): this {
    return this.put(name, 0, 0, value);
  }

  setMany(changes: Record<string, CellValue>): this {
    for (const [name, value] of Object.entries(changes)) this.set(name, value);
    return this;
  }

  /** Set one cell of a table name by row (0-based, inside the range) and column key of the contract. */
  setTableCell(name: string, row: number, columnKey: string, value: CellValue): this {
    const col = contractName(name)?.columns?.findIndex((c) => c.key === columnKey) ?? -1;
    if (col < 0) throw new Error(`Spalte ${columnKey} gibt es in ${name} nicht`);
    return this.put(name, row, col, value);
  }

  setFormat(name: string, numberFormat: string, row = 0, col = 0): this {
    const { sheet, a1 } = this.locate(name, row, col);
    sheet.cells[a1] = { ...(sheet.cells[a1] ?? { value: null }), numberFormat };
    return this;
  }

  /** Keep the value but make it a formula result (so it counts as exact, not typed as printed). */
  setFormula(name: string, formula: string, value: CellValue): this {
    const { sheet, a1 } = this.locate(name);
    sheet.cells[a1] = { ...(sheet.cells[a1] ?? {}), value, formula };
    return this;
  }

  /** True when the example defines the name (it has every contract name up to issue 8, not the later optional ones). */
  has(name: string): boolean {
    return this.model.names.some((m) => m.name.toUpperCase() === name.toUpperCase());
  }

  /** Define a name the example does not have, on a cell of `sheet` holding `value` (issue 15's optional names). */
  addFigure(name: string, sheet: string, a1: string, value: CellValue, numberFormat?: string, label?: string): this {
    const target = this.model.sheets.find((s) => s.name === sheet);
    if (!target) throw new Error(`Blatt ${sheet} fehlt`);
    if (this.has(name)) throw new Error(`Name ${name} gibt es schon`);
    const { start } = parseRange(a1);
    if (label !== undefined) target.cells[cellA1({ row: start.row, col: start.col - 1 })] = { value: label };
    target.cells[a1] = { value, ...(numberFormat ? { numberFormat } : {}) };
    this.model.names.push({ name, refersTo: `=${sheet}!$${a1.replace(/(\d+)/, "$$$1")}` });
    return this;
  }

  /**
   * The Gesamtbudget's allocations on Haushalt B16:B18, fitting the example: EGT 4.764.002 € = Eingliederungsbudget
   * 2.970.357 + Umschichtung 1.793.645; VWT 6.593.989 € = BUD_VH_EinglMV; Stand 15.01.2024 (the source prints none).
   */
  withAllocation(egt: CellValue = 4764002, vwt: CellValue = 6593989, stand: CellValue = 45306): this {
    return this.addFigure("BUD_EGT_Zuteilung", "Haushalt", "B16", egt, '#,##0 "€"', "Zuteilung Eingliederungstitel")
      .addFigure("BUD_VWT_Zuteilung", "Haushalt", "B17", vwt, '#,##0 "€"', "Zuteilung Verwaltungskostentitel")
      .addFigure("BUD_Zuteilung_Stand", "Haushalt", "B18", stand, "dd.mm.yyyy", "Stand der Zuteilung");
  }

  /** The planned ELB stock of the planning year (ZIE_ELB) on Ziele B15, which the source does not print. */
  withPlannedElb(elb: CellValue): this {
    return this.addFigure("ZIE_ELB", "Ziele", "B15", elb, "#,##0", "ELB geplant (Durchschnitt)");
  }

  /** When the previous-year values stand (ZIE_VJ_Stand, Ziele A20/B20) and whether they are final (ZIE_VJ_Status, B21). */
  withPreviousYearStatus(stand: CellValue, status?: CellValue): this {
    this.addFigure("ZIE_VJ_Stand", "Ziele", "B20", stand, "dd.mm.yyyy", "Stand der Vorjahreswerte");
    return status === undefined ? this : this.addFigure("ZIE_VJ_Status", "Ziele", "B21", status, "@", "Status der Vorjahreswerte");
  }

  /**
   * ZIE_Weitere on Ziele A23: rows Kennzahl | Vorjahr | Ziel | Veränderung | Einheit, with the header row
   * `header` above them (included in the name) when given. Rates in 0.0%, changes in +0.0%.
   */
  withFurtherTargets(rows: readonly (readonly CellValue[])[], header?: readonly string[]): this {
    const sheet = this.model.sheets.find((s) => s.name === "Ziele")!;
    const all = header ? [header, ...rows] : rows;
    const formats = ["@", "0.0%", "0.0%", "+0.0%;-0.0%;0.0%", "@"];
    all.forEach((row, r) =>
      row.forEach((value, c) => {
        const a1 = cellA1({ row: 22 + r, col: c });
        sheet.cells[a1] = header && r === 0 ? { value } : { value, numberFormat: typeof value === "number" && value > 2 ? "#,##0" : formats[c] };
      }),
    );
    const last = cellA1({ row: 22 + all.length - 1, col: Math.max(...all.map((row) => row.length)) - 1 });
    this.model.names.push({ name: "ZIE_Weitere", refersTo: `=Ziele!$A$23:${last.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}` });
    return this;
  }

  removeName(name: string): this {
    const n = this.findName(name);
    this.model.names = this.model.names.filter((m) => m !== n);
    return this;
  }

  /** Let a name refer to something else: "=#REF!", "=[1]Haushalt!$B$10", "=0.152", "=Fehlt!$A$1". */
  setRefersTo(name: string, refersTo: string): this {
    this.findName(name).refersTo = refersTo;
    return this;
  }

  breakName(name: string, how: "#REF!" | "extern" | "konstante" | "blatt-fehlt"): this {
    const refersTo = {
      "#REF!": "=#REF!",
      extern: "=[1]Haushalt!$B$10",
      konstante: "=0.152",
      "blatt-fehlt": "=Geloescht!$B$10",
    }[how];
    return this.setRefersTo(name, refersTo);
  }

  /** The name exists only for one sheet (as after copying a sheet), not for the workbook. */
  makeSheetScoped(name: string, sheet: string): this {
    this.findName(name).scope = { kind: "sheet", sheet };
    return this;
  }

  /** Add a sheet-scoped twin of a name (pointing at `refersTo`, by default the same cells). */
  addSheetScopedDuplicate(name: string, sheet: string, refersTo?: string): this {
    const n = this.findName(name);
    this.model.names.push({ name: n.name, refersTo: refersTo ?? n.refersTo, scope: { kind: "sheet", sheet } });
    return this;
  }

  /** A second workbook-scoped definition (only a damaged file has one). */
  addWorkbookDuplicate(name: string, refersTo: string): this {
    this.model.names.push({ name, refersTo });
    return this;
  }

  /**
   * Fill the optional previous-year names (by gender, and the LZB stock) with values that fit every stated
   * change of the seed (the published programme gives none): IQ men 20,23 % (19,5 / 20,23 − 1 = −3,6 %),
   * women 12,80 % (−0,8 %), LZB 2.559 (+6,3 %), men 1.250 (+4,1 %), women 1.309 (+8,5 %), 1.250 + 1.309 = 2.559.
   */
  withPreviousYear(): this {
    return this.setMany({ ZIE_IQ_Maenner_VJ: 0.2023, ZIE_IQ_Frauen_VJ: 0.128, ZIE_LZB_VJ: 2559, ZIE_LZB_Maenner_VJ: 1250, ZIE_LZB_Frauen_VJ: 1309 })
      .setFormat("ZIE_IQ_Maenner_VJ", "0.00%")
      .setFormat("ZIE_IQ_Frauen_VJ", "0.00%");
  }

  /** Add the monthly tracking sheet "Verlauf" with the invented 2024 figures up to month `filledTo` (src/core/example/verlauf2024.ts). */
  withVerlauf(filledTo = 6): this {
    addVerlauf2024(this.model, filledTo);
    return this;
  }

  /** Set one cell of a sheet by address (the Verlauf sheet's month cells: "C8" is March's integrations). */
  setCell(sheetName: string, a1: string, value: CellValue): this {
    const sheet = this.model.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Blatt ${sheetName} fehlt`);
    const old = sheet.cells[a1];
    sheet.cells[a1] = { value, ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}) };
    return this;
  }

  snapshot(): WorkbookSnapshot {
    return snapshotFromModel(this.model, EXAMPLE_SOURCE);
  }
}

export const example = () => new ExampleEditor();

/** The example with some single-cell names set to other values: changeExample({ BUD_VH_KFA: 1606443 }). */
export function changeExample(changes: Record<string, CellValue>): WorkbookSnapshot {
  return example().setMany(changes).snapshot();
}

/** Change the snapshot entry of a name directly (for what only a host produces, e.g. "too-large"). */
export function mapNameEntry(snapshot: WorkbookSnapshot, name: string, fn: (e: NameEntry) => NameEntry): WorkbookSnapshot {
  return { ...snapshot, names: snapshot.names.map((e) => (e.name.toUpperCase() === name.toUpperCase() ? fn(e) : e)) };
}

/** Row index inside FOE_Tabelle of an instrument of the example (row 0 is Gesamt). */
export function foeRow(instrument: string): number {
  const rows = buildExample2024().sheets.find((s) => s.name === "Förderung")!.cells;
  for (let r = 3; r < 100; r++) if (rows[`A${r}`]?.value === instrument) return r - 3;
  throw new Error(`Instrument ${instrument} nicht im Beispiel`);
}
