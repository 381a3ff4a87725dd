// The resolved view of a workbook, shared by the rules and the Übersicht: each contract name mapped to its
// one workbook-scoped entry with type-checked values, or to the reason it cannot be used. A figure broken
// at the names or types level is recorded here once, as a message id and its data (the namen/* and typen/*
// rules hold the texts and report these records), and every other reader sees it as absent, so one broken
// cell gives one finding, not a cascade.
import { cellInRange, parseCell, splitAddress } from "../address";
import { CONTRACT, contractName, upperCaseName, type CellKind, type ContractName, type TableColumn } from "../contract";
import { dateToSerial } from "../excelDate";
import { halfUnitOf } from "../format";
import type { MessageData } from "../messages/render";
import { percentFormatFor, percentUnitCells, type PercentCell } from "../percentUnits";
import { isCellError, type CellValue, type NameEntry, type WorkbookSnapshot } from "../snapshot";
import { readMonthly, type MonthlyData } from "../verlauf/read";
import { tableSurroundings, type TableSurroundings } from "./surroundings";
import { tableLayout, type LayoutResult } from "./tableLayout";

export type NameIssueCode =
  | "fehlt"
  | "blattbezogen"
  | "bezug-fehler"
  | "extern"
  | "kein-bereich"
  | "nicht-lesbar"
  | "form"
  | "doppelt";

export interface NameIssue {
  code: NameIssueCode;
  name: string;
  /** Id in the meta.messages of rule namen/<code>. */
  messageId: string;
  data: MessageData;
  cells: string[];
}

export type TypeIssueCode = "zahl" | "fehlerwert" | "leer" | "anzahl" | "betrag" | "anteil" | "datum" | "jahr" | "ebene" | "prozent-einheit";

export interface TypeIssue {
  code: TypeIssueCode;
  name: string;
  /** Id in the meta.messages of rule typen/<code>. */
  messageId: string;
  data: MessageData;
  cell: string;
}

/** A single-cell figure that passed the names and types checks. */
export interface Figure {
  name: string;
  meaning: string;
  value: number;
  cell: string;
  format: string | undefined;
  /** The cell holds a formula: its value is computed, not typed as printed. */
  formula: boolean;
  /**
   * How far the stored value may be from the true figure: 0 for formula results and formats that do not
   * round (General), otherwise half a unit of the last printed digit (a constant is taken as typed from
   * what is printed).
   */
  halfUnit: number;
}

interface Usable {
  contract: ContractName;
  address: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: string[][];
  /** Row-major flags over the whole range: 1 where the cell failed a types check. */
  invalid: Uint8Array;
  /** Tables only: where the contract's columns are in the range. */
  layout?: TableLayout;
}

/**
 * Where a table's columns are in its named range: a header row or not, and the range column of each
 * contract column key the range holds (absent keys read as blank: a FOE table without Ebene or Begründung).
 */
export interface TableLayout {
  headerRows: 0 | 1 | 2;
  index: ReadonlyMap<string, number>;
  /** A row blank in every column the table holds is a spacer, not a row with blank cells (FOE_Tabelle). */
  spacerRows?: boolean;
}

const MIN_DATE = dateToSerial(new Date(Date.UTC(1990, 0, 1)));
const MAX_DATE = dateToSerial(new Date(Date.UTC(2100, 11, 31)));

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

type Problem = { code: TypeIssueCode; messageId: string; data?: MessageData };

const decimalsOf = (v: number) => (isWhole(v) ? 0 : 2);

/** The types check of one cell: undefined when it is fine, else the problem as message id and data. */
function classify(kind: CellKind, v: CellValue, optional: boolean): Problem | undefined {
  if (isBlank(v)) return optional ? undefined : { code: "leer", messageId: "leer" };
  if (isCellError(v)) return { code: "fehlerwert", messageId: "fehlerwert", data: { error: v.error } };
  if (kind === "text") return undefined;
  if (typeof v === "string" && kind === "date") return { code: "zahl", messageId: "textStattDatum", data: { value: v } };
  if (typeof v === "string") {
    const looksNumeric = /^[+\-\u2212]?[\d.,\s]+\s*%?$/.test(v.trim());
    return { code: "zahl", messageId: looksNumeric ? "zahlAlsText" : "textStattZahl", data: { value: v } };
  }
  if (typeof v === "boolean") return { code: "zahl", messageId: "wahrheitswert", data: { value: v } };
  if (typeof v !== "number" || !Number.isFinite(v)) return { code: "zahl", messageId: "keineZahl" };
  switch (kind) {
    case "count":
      return isWhole(v) && v >= 0 ? undefined : { code: "anzahl", messageId: "anzahl", data: { value: v } };
    case "stock":
      // A mean of monthly stocks (=MITTELWERT(…), =AIP.LZB_ZIEL(…)) is fractional by nature; only its sign is checked.
      return v >= 0 ? undefined : { code: "anzahl", messageId: "bestand", data: { value: v } };
    case "money":
      return v >= 0 ? undefined : { code: "betrag", messageId: "betrag", data: { value: v } };
    case "share":
      return v >= 0 && v <= 1 ? undefined : { code: "anteil", messageId: "anteil", data: { value: v } };
    case "date":
      return v >= MIN_DATE && v <= MAX_DATE ? undefined : { code: "datum", messageId: "datum", data: { value: v, decimals: decimalsOf(v) } };
    case "year":
      return isWhole(v) && v >= 1990 && v <= 2100
        ? undefined
        : { code: "jahr", messageId: "jahr", data: { value: v, decimals: decimalsOf(v) } };
    case "level":
      return v === 0 || v === 1 || v === 2 ? undefined : { code: "ebene", messageId: "ebene", data: { value: v, decimals: decimalsOf(v) } };
    default:
      return undefined;
  }
}

const topLeft = (e: NameEntry) => (e.address && e.values ? [cellInRange(e.address, 0, 0)] : []);

/**
 * A table-shaped contract name, read cell by cell by column key. Rows are data rows (a header row the name
 * includes is skipped); a column the range does not hold reads as blank and valid. Out-of-range or failed
 * cells read as undefined.
 */
export class TableView {
  readonly rows: number;
  private readonly width: number;
  private readonly offset: number;
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly name: string,
    readonly columns: readonly TableColumn[],
    private readonly u: Usable,
  ) {
    const layout = u.layout ?? { headerRows: 0, index: new Map(columns.map((c, i) => [c.key, i])) };
    this.offset = layout.headerRows;
    this.rows = u.values.length - this.offset;
    this.width = u.values[0]?.length ?? 0;
    this.index = layout.index;
    for (const key of this.index.keys()) if (!columns.some((c) => c.key === key)) throw new Error(`Spalte ${key} gibt es in ${name} nicht`);
  }

  /** The text of a column's header cell ("" without a header row or without the column). */
  headerText(key: string): string {
    const c = this.index.get(key);
    const v = this.offset && c !== undefined ? this.u.values[0][c] : null;
    return typeof v === "string" ? v.trim() : "";
  }

  /** The range holds this column (FOE_Tabelle may lack Ebene and Begründung). */
  hasColumn(key: string): boolean {
    return this.index.has(key);
  }

  /** A spacer row: blank in every column the table holds, and the table allows those (FOE_Tabelle). */
  isSpacer(row: number): boolean {
    return !!this.u.layout?.spacerRows && [...this.index.keys()].every((key) => this.isBlank(row, key));
  }

  private col(key: string): number | undefined {
    const i = this.index.get(key);
    if (i === undefined && !this.columns.some((c) => c.key === key)) throw new Error(`Spalte ${key} gibt es in ${this.name} nicht`);
    return i;
  }

  value(row: number, key: string): CellValue {
    const c = this.col(key);
    return c === undefined ? null : this.u.values[row + this.offset][c];
  }

  /** Passed the types check (a blank optional cell, or a column the range does not hold, passes). */
  isValid(row: number, key: string): boolean {
    const c = this.col(key);
    return c === undefined || this.u.invalid[(row + this.offset) * this.width + c] === 0;
  }

  isBlank(row: number, key: string): boolean {
    return isBlank(this.value(row, key));
  }

  /** The number in a cell that passed the types check; undefined for blank or failed cells. */
  num(row: number, key: string): number | undefined {
    const v = this.value(row, key);
    return typeof v === "number" && this.isValid(row, key) ? v : undefined;
  }

  /** Text of a cell (numbers as written), "" for blank and error cells. */
  text(row: number, key: string): string {
    const v = this.value(row, key);
    return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
  }

  /** The cell's address; for a column the range does not hold, the row's first cell (where to look). */
  cell(row: number, key: string): string {
    return cellInRange(this.u.address, row + this.offset, this.col(key) ?? this.index.get(this.columns[0].key) ?? 0);
  }

  format(row: number, key: string): string | undefined {
    const c = this.col(key);
    return c === undefined ? undefined : this.u.numberFormats?.[row + this.offset]?.[c];
  }

  isFormula(row: number, key: string): boolean {
    const c = this.col(key);
    return c !== undefined && typeof this.u.formulas?.[row + this.offset]?.[c] === "string";
  }
}

export class View {
  readonly nameIssues: NameIssue[] = [];
  readonly typeIssues: TypeIssue[] = [];
  private readonly usable = new Map<string, Usable>();
  /** First row and rows below of each table name, usable or not (next year's copy: ./surroundings.ts). */
  surroundings = new Map<string, TableSurroundings>();
  /** The monthly tracking sheet (MON_* names, area Verlauf), read apart from the contract's names. */
  monthly: MonthlyData = { present: false, series: new Map(), tables: new Map(), issues: [] };

  /** Usable at the names level (exists, workbook-scoped, resolved, right shape). */
  has(name: string): boolean {
    return this.usable.has(upperCaseName(name));
  }

  /** The usable single cell of a figure: a number that passed its types check. */
  private figureCell(name: string): Usable | undefined {
    const u = this.usable.get(upperCaseName(name));
    if (!u || u.contract.kind === "table" || u.invalid[0] !== 0) return undefined;
    return typeof u.values[0][0] === "number" ? u : undefined;
  }

  /** {@link figure} would give a figure (without making it: coverage asks this for every rule's names). */
  hasFigure(name: string): boolean {
    return this.figureCell(name) !== undefined;
  }

  /** A single-cell figure that is a number and passed its types check; undefined otherwise. */
  figure(name: string): Figure | undefined {
    const u = this.figureCell(name);
    if (!u) return undefined;
    const value = u.values[0][0] as number;
    const format = u.numberFormats?.[0]?.[0];
    const formula = typeof u.formulas?.[0]?.[0] === "string";
    return {
      name: u.contract.name,
      meaning: u.contract.meaning,
      value,
      cell: cellInRange(u.address, 0, 0),
      format,
      formula,
      halfUnit: formula ? 0 : (halfUnitOf(format) ?? 0),
    };
  }

  /** A single-cell text that passed its types check, with its cell. */
  text(name: string): { value: string; cell: string } | undefined {
    const u = this.usable.get(upperCaseName(name));
    if (!u || u.contract.kind === "table" || u.invalid[0] !== 0) return undefined;
    const v = u.values[0][0];
    if (isBlank(v) || isCellError(v)) return undefined;
    return { value: String(v).trim(), cell: cellInRange(u.address, 0, 0) };
  }

  table(name: string): TableView | undefined {
    const u = this.usable.get(upperCaseName(name));
    if (!u || u.contract.kind !== "table" || !u.contract.columns) return undefined;
    // One reader per table: the rules and the coverage ask for the same few tables over and over.
    let t = this.tables.get(u);
    if (!t) this.tables.set(u, (t = new TableView(u.contract.name, u.contract.columns, u)));
    return t;
  }

  private readonly tables = new Map<Usable, TableView>();

  /** @internal used while building */
  addUsable(u: Usable): void {
    this.usable.set(upperCaseName(u.contract.name), u);
  }
}

/** Upper case, umlauts spelt out, only letters and digits: "PER_Beschäftigte" and "PER Beschaeftigte" agree. */
function looseSpelling(name: string): string {
  return name
    .toUpperCase()
    .replace(/Ä/g, "AE")
    .replace(/Ö/g, "OE")
    .replace(/Ü/g, "UE")
    .replace(/ß/g, "SS")
    .replace(/[^A-Z0-9]/g, "");
}

/**
 * A single cell that is no share or change holds nothing a percent unit could concern (tables go on: their
 * layout is found here for the checks too).
 */
const skipsPercentUnits = (c: ContractName) => c.kind !== "table" && c.kind !== "share" && c.kind !== "change";

/**
 * The share and change cells of the contract names that are typed in percent units (16 for 16 %), by
 * address: the criterion of src/core/percentUnits.ts (value and number format, a column of neighbours for
 * small values; never the header alone).
 */
function percentUnitAddresses(snapshot: WorkbookSnapshot, layoutOf: (c: ContractName, e: NameEntry) => LayoutResult): Map<string, "percent" | "neighbours"> {
  const cells: PercentCell[] = [];
  for (const e of snapshot.names) {
    const c = contractName(e.name);
    if (!c || e.scope.kind !== "workbook" || e.problem || !e.address || !e.values || skipsPercentUnits(c)) continue;
    let origin: { sheet: string; row: number; col: number };
    try {
      const { sheet, range } = splitAddress(e.address);
      const start = parseCell(range.split(":")[0]);
      origin = { sheet, row: start.row, col: start.col };
    } catch {
      continue;
    }
    // Table columns are where the table's layout puts them (header row, position, label/value), as the checks read them.
    let kindAt = (_col: number): CellKind | undefined => (c.columns ? undefined : (c.kind as CellKind));
    let firstRow = 0;
    if (c.kind === "table") {
      const found = layoutOf(c, e);
      if ("problem" in found) continue;
      const byCol = new Map([...found.layout.index].map(([key, col]) => [col, c.columns!.find((k) => k.key === key)?.kind]));
      kindAt = (col: number) => byCol.get(col);
      firstRow = found.layout.headerRows;
    }
    for (let r = firstRow; r < e.values.length; r++) {
      const row = e.values[r];
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v !== "number") continue;
        const kind = kindAt(col);
        if (kind !== "share" && kind !== "change") continue;
        const key = cellInRange(e.address, r, col);
        cells.push({ key, sheet: origin.sheet, row: origin.row + r, col: origin.col + col, kind, value: v, format: e.numberFormats?.[r]?.[col] });
      }
    }
  }
  return percentUnitCells(cells);
}

type UsableEntry = NameEntry & { address: string; values: CellValue[][] };

/**
 * The types check of every cell a usable name holds (a table: the columns its layout found, spacer rows
 * left out), with percent-unit shares and changes read as value / 100; records each problem in the view.
 * The cell's address and the message's {name, cell} data are made only for a cell that has a problem.
 */
function typeCheckCells(
  view: View,
  c: ContractName,
  e: UsableEntry,
  layout: TableLayout | undefined,
  percentUnits: Map<string, "percent" | "neighbours">,
): { values: CellValue[][]; numberFormats: string[][] | undefined; invalid: Uint8Array } {
  const rows = e.values.length;
  const cols = rows > 0 ? e.values[0].length : 0;
  const invalid = new Uint8Array(rows * cols);
  // The range columns checked and their contract columns, side by side (a single cell: column 0, none).
  const columns: (TableColumn | undefined)[] = layout ? c.columns!.filter((col) => layout.index.has(col.key)) : [undefined];
  // Made alike for tables and single cells, so the loop below always sees the same kind of array.
  const checked: number[] = columns.map((col) => (col && layout ? layout.index.get(col.key)! : 0));
  const labelAt = layout?.index.get(c.columns![0].key);
  // Where the cell is: data for the {name, cell} placeholder of the typen/* messages.
  const whereOf = (r: number, col: number, column: TableColumn | undefined): Record<string, MessageData[string]> => {
    const where: Record<string, MessageData[string]> = { name: c.name };
    if (column) {
      const first = labelAt === undefined ? undefined : e.values[r][labelAt];
      where.row = r + 1 - (layout?.headerRows ?? 0);
      where.column = column.key;
      where.label = typeof first === "string" && col !== labelAt ? first.trim() : "";
    }
    return where;
  };
  // A share or change in percent units is read as value / 100 by every rule (reported once, by
  // typen/prozent-einheit); the snapshot itself is never changed, the view holds copies.
  let values = e.values;
  let numberFormats = e.numberFormats;
  // An address that cannot be read still fails the check at the first checked cell, as it did when every cell's address was made.
  let located = false;
  const spacerRows = !!layout?.spacerRows;
  for (let r = layout?.headerRows ?? 0; r < rows; r++) {
    const cells = e.values[r];
    if (spacerRows && checked.every((col) => isBlank(cells[col]))) continue;
    for (let k = 0; k < checked.length; k++) {
      const col = checked[k];
      const column = columns[k];
      if (!located) located = cellInRange(e.address, r, col) !== "";
      const kind = column ? column.kind : (c.kind as CellKind);
      const optional = column ? !!column.optional : !c.required;
      const percentKind = (kind === "share" || kind === "change") && typeof e.values[r][col] === "number";
      let cellAddress = percentKind ? cellInRange(e.address, r, col) : undefined;
      const unit = percentKind ? percentUnits.get(cellAddress!) : undefined;
      if (unit) {
        const typed = e.values[r][col] as number;
        if (values === e.values) values = e.values.map((row) => [...row]);
        // toPrecision drops the float noise of the division (−3,6 / 100 = −0,036, not −0,036000000000000004).
        const scaled = Number((typed / 100).toPrecision(15));
        values[r][col] = scaled;
        const format = e.numberFormats?.[r]?.[col];
        if (e.numberFormats) {
          if (numberFormats === e.numberFormats) numberFormats = e.numberFormats.map((row) => [...row]);
          numberFormats![r][col] = percentFormatFor(format) ?? "General";
        }
        const decimals = Math.min(4, String(Math.abs(typed)).split(".")[1]?.length ?? 0);
        view.typeIssues.push({
          code: "prozent-einheit",
          name: c.name,
          messageId: unit === "percent" ? "prozentEinheit" : "prozentEinheitSpalte",
          data: { ...whereOf(r, col, column), value: typed, scaled, decimals, scaledDecimals: decimals + 2 },
          cell: cellAddress!,
        });
      }
      const problem = classify(kind, values[r][col], optional);
      if (!problem) continue;
      invalid[r * cols + col] = 1;
      cellAddress ??= cellInRange(e.address, r, col);
      view.typeIssues.push({
        code: problem.code,
        name: c.name,
        messageId: problem.messageId,
        data: { ...whereOf(r, col, column), ...problem.data },
        cell: cellAddress,
      });
    }
  }
  return { values, numberFormats, invalid };
}

/** Build the resolved view of a snapshot: one pass over its names, one over the cells of contract names. */
export function buildView(snapshot: WorkbookSnapshot): View {
  const view = new View();
  const groups = new Map<string, NameEntry[]>();
  for (const entry of snapshot.names) {
    const c = contractName(entry.name);
    if (!c) continue;
    const list = groups.get(c.name) ?? [];
    list.push(entry);
    groups.set(c.name, list);
  }

  // Names that are not in the contract but would be after spelling fixes ("PER_Beschäftigte"), so that a
  // missing name can point at the misspelt one.
  const nearMiss = new Map<string, NameEntry>();
  for (const entry of snapshot.names) if (!contractName(entry.name)) nearMiss.set(looseSpelling(entry.name), entry);

  // A table's layout is found once per entry and used both for the percent-unit pre-pass and the resolution.
  const layouts = new Map<NameEntry, LayoutResult>();
  const layoutOf = (c: ContractName, e: NameEntry): LayoutResult => {
    let found = layouts.get(e);
    if (!found) layouts.set(e, (found = tableLayout(c, e.values!, e.address!, e.numberFormats)));
    return found;
  };
  const percentUnits = percentUnitAddresses(snapshot, layoutOf);

  for (const c of CONTRACT) {
    const entries = groups.get(c.name) ?? [];
    const issue = (code: NameIssueCode, messageId: string, data: Record<string, MessageData[string]> = {}, cells: string[] = []) =>
      view.nameIssues.push({ code, name: c.name, messageId, data: { name: c.name, ...data }, cells });

    if (entries.length === 0) {
      const similar = nearMiss.get(looseSpelling(c.name));
      if (c.required && similar) issue("fehlt", "fehltAehnlich", { similar: similar.name }, topLeft(similar));
      else if (c.required) issue("fehlt", "fehlt");
      continue;
    }
    const workbookScoped = entries.filter((e) => e.scope.kind === "workbook");
    if (workbookScoped.length === 0) {
      const sheets = entries.map((e) => (e.scope.kind === "sheet" ? e.scope.sheet : ""));
      issue("blattbezogen", "blattbezogen", { sheets }, topLeft(entries[0]));
      continue;
    }
    if (entries.length > 1) {
      // Hosts list names in different orders (a file by position, Excel by scope): word it the same for both.
      const scopeKey = (e: NameEntry) => (e.scope.kind === "workbook" ? "" : e.scope.sheet);
      const ordered = [...entries].sort((a, b) => scopeKey(a).localeCompare(scopeKey(b)) || a.refersTo.localeCompare(b.refersTo));
      issue(
        "doppelt",
        "doppelt",
        { count: entries.length, scopes: ordered.map(scopeKey), refersTo: ordered.map((e) => e.refersTo) },
        ordered.flatMap(topLeft),
      );
      if (workbookScoped.length > 1) continue; // ambiguous: no rule may guess which one counts
    }

    const e = workbookScoped[0];
    if (e.problem) {
      const withDetail: Record<string, string> = e.problemDetail ? { refersTo: e.refersTo, detail: e.problemDetail } : { refersTo: e.refersTo };
      switch (e.problem) {
        case "ref-error":
          issue("bezug-fehler", "bezugFehler", { refersTo: e.refersTo });
          break;
        case "external":
          issue("extern", "extern", { refersTo: e.refersTo });
          break;
        case "not-a-range":
          issue("kein-bereich", "keinZellbezug", { refersTo: e.refersTo });
          break;
        case "sheet-missing":
          issue("kein-bereich", e.problemDetail ? "blattFehltMitGrund" : "blattFehlt", withDetail);
          break;
        default:
          issue("nicht-lesbar", e.problemDetail ? "nichtLesbarMitGrund" : "nichtLesbar", withDetail);
      }
      continue;
    }
    if (!e.address || !e.values) {
      issue("nicht-lesbar", "keineWerte", { refersTo: e.refersTo });
      continue;
    }

    const rows = e.values.length;
    const cols = rows > 0 ? e.values[0].length : 0;
    const ragged = e.values.some((r) => r.length !== cols);
    const table = c.kind === "table";
    if (table ? rows < 1 || cols < 1 || ragged : rows !== c.rows || cols !== c.cols) {
      const shape = { rows, cols, address: e.address, expectedCols: c.cols };
      if (c.rows === "any") issue("form", "formMindestens", shape, topLeft(e));
      else issue("form", "form", { ...shape, expectedRows: c.rows }, topLeft(e));
      continue;
    }

    // Tables: where their columns are (header row, position, label/value), or one clear form problem.
    let layout: TableLayout | undefined;
    if (table) {
      const found = layoutOf(c, e);
      if ("problem" in found) {
        issue("form", found.problem.messageId, found.problem.data, topLeft(e));
        continue;
      }
      layout = found.layout;
    }

    const { values, numberFormats, invalid } = typeCheckCells(view, c, e as UsableEntry, layout, percentUnits);
    view.addUsable({ contract: c, address: e.address, values, formulas: e.formulas, numberFormats, invalid, layout });
  }
  view.surroundings = tableSurroundings(snapshot);
  view.monthly = readMonthly(snapshot);
  return view;
}
