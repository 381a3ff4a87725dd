// The Office.js adapter: the only code that calls Excel. It implements WorkbookHost over an Excel.run-like
// function, document settings and Office.addin, so the same code runs in Excel (Excel.run) and in the
// demo and tests (the fake's run). Reads batch their loads (a snapshot takes 2 syncs however many names);
// writes happen only on an explicit action and in one sync; marks are conditional formats, never fills.
import { quoteSheet, splitAddress, parseRange, rangeA1, cellA1 } from "../core/address";
import { contractName } from "../core/contract";
import { SEVERITY_LABEL_DE, type Finding } from "../core/finding";
import { excelTextEntry } from "../core/neutralise";
import type { CellValue, NameEntry, NameScope, SheetInfo, WorkbookSnapshot } from "../core/snapshot";
import { parseReference } from "../core/workbookModel";
import type { LastCheckStatus, ProtocolReport, TemplateResult, WorkbookHost } from "./host";
import { isMarkFormula, MARK_FILL, markFormula, planMarks } from "./marks";
import { templateModel } from "./templateLayout";

export interface OfficeHostDeps {
  /** Excel.run, or the fake's run. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Office.context.document.settings (or the fake's). */
  documentSettings: {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    remove(name: string): void;
    saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  };
  /** Office.addin; absent outside the shared runtime. */
  addin?: {
    setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>;
    getStartupBehavior(): Promise<string>;
  };
  version: string;
  /** Cells read per sync (payload limit ~5 MB: values, formulas, number formats and value types per cell). */
  cellsPerSync?: number;
  /** Larger names are not read at all but reported as too large. */
  maxCellsPerName?: number;
}

export const SETTINGS_KEY = "aip.settings";
export const LAST_CHECK_KEY = "aip.lastCheck";
export const AUTO_SHOW_KEY = "Office.AutoShowTaskpaneWithDocument";
export const PROTOCOL_SHEET = "Prüfprotokoll";

/**
 * 20,000 cells × four arrays stay well below 5 MB unless cells hold very long texts (≈ 60 bytes per cell
 * for numbers, 250 bytes allowed on average). Contract names are far smaller; this only matters for
 * ranges someone widened by mistake.
 */
export const DEFAULT_CELLS_PER_SYNC = 20_000;
export const DEFAULT_MAX_CELLS_PER_NAME = 200_000;

// Only what the snapshot needs: NamedItem.value evaluates the name's formula, which fails or even breaks
// the sync for names built on user-defined functions or multi-area references (office-js#1446, #1357).
const NAME_PROPS = ["name", "type", "formula"];
const RANGE_PROPS = "address,values,formulas,numberFormat,valueTypes,rowCount,columnCount";
const CELL_PROPS = "values,formulas,numberFormat,valueTypes";
const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** For Excel: the adapter over the real Office.js globals (call inside Office.onReady). */
export function createExcelHost(version: string): WorkbookHost {
  return createOfficeHost({ run: Excel.run, documentSettings: Office.context.document.settings, addin: Office.addin, version });
}

/** Sync 1 failed on the nested names path: read again the long way. */
class NestedNamesUnsupported extends Error {
  constructor(readonly original: unknown) {
    super("nested names load unsupported");
  }
}

interface ListedName {
  item: Excel.NamedItem;
  scope: NameScope;
}

/** Cells of a range as the snapshot wants them, from what Range returns. */
function toCells(values: unknown[][], formulas: unknown[][], formats: unknown[][], types: string[][]) {
  return {
    values: values.map((row, r) =>
      row.map((v, c): CellValue => {
        const t = types[r][c];
        if (t === "Error") return { error: String(v) };
        if (t === "Empty" || v === "" || v === null || v === undefined) return null;
        return typeof v === "number" || typeof v === "boolean" ? v : String(v);
      }),
    ),
    // Range.formulas drops a text cell's quote prefix, so the text "=abc" reads as "=abc" there too; it is a
    // formula only where the value differs from the formula text.
    formulas: formulas.map((row, r) => row.map((f, c) => (typeof f === "string" && f.startsWith("=") && values[r][c] !== f ? f : null))),
    numberFormats: formats.map((row) => row.map((f) => String(f ?? "General"))),
  };
}

function cellCount(range: string): { rows: number; cols: number } {
  const { start, end } = parseRange(range);
  return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

function saveSettings(settings: OfficeHostDeps["documentSettings"]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Compared as text: Office.AsyncResultStatus is an enum the demo has no runtime value for.
    settings.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(`Die Einstellungen konnten nicht in der Mappe gespeichert werden: ${result.error?.message ?? "unbekannter Fehler"}`));
      else resolve();
    });
  });
}

/** "26.11.2026, 18:03 Uhr" in local time (German, independent of the browser's locale data). */
function germanDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())} Uhr`;
}

export function createOfficeHost(deps: OfficeHostDeps): WorkbookHost {
  const cellsPerSync = deps.cellsPerSync ?? DEFAULT_CELLS_PER_SYNC;
  const maxCellsPerName = deps.maxCellsPerName ?? DEFAULT_MAX_CELLS_PER_NAME;

  /**
   * Sync 1: every name, workbook- and sheet-scoped (workbook.names lists only the former), and the sheets —
   * sheet-scoped names through the nested load path `items/names/items/…`. Should an Excel reject that
   * path, the fallback lists the sheets first and their names in a second sync.
   */
  async function listNames(context: Excel.RequestContext, nested: boolean) {
    // Load paths as one comma-separated string: office.js normalises string paths ("items/names/items/name"
    // → names/name, as in the documented "items/tables/items/name"), but sends arrays to Excel unchanged.
    const wbNames = context.workbook.names.load(NAME_PROPS.map((p) => `items/${p}`).join(","));
    const sheetPaths = ["items/name", "items/visibility", ...(nested ? NAME_PROPS.map((p) => `items/names/items/${p}`) : [])];
    const sheets = context.workbook.worksheets.load(sheetPaths.join(","));
    try {
      await context.sync();
    } catch (e) {
      if (nested) throw new NestedNamesUnsupported(e);
      throw e;
    }
    if (!nested) {
      for (const s of sheets.items) s.names.load(NAME_PROPS.map((p) => `items/${p}`).join(","));
      await context.sync();
    }
    const sheetInfos: SheetInfo[] = sheets.items.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? "visible" }));
    let sheetScoped: ListedName[];
    try {
      sheetScoped = sheets.items.flatMap((s) => s.names.items.map((item) => ({ item, scope: { kind: "sheet", sheet: s.name } as NameScope })));
    } catch (e) {
      // An Excel that accepted the nested path but loaded nothing: reading the names throws PropertyNotLoaded.
      if (nested) throw new NestedNamesUnsupported(e);
      throw e;
    }
    const listed: ListedName[] = [...wbNames.items.map((item) => ({ item, scope: { kind: "workbook" } as NameScope })), ...sheetScoped];
    return { sheetInfos, listed };
  }

  async function readSnapshot(): Promise<WorkbookSnapshot> {
    try {
      return await deps.run((context) => readWith(context, true));
    } catch (e) {
      if (!(e instanceof NestedNamesUnsupported)) throw e;
      return deps.run((context) => readWith(context, false));
    }
  }

  async function readWith(context: Excel.RequestContext, nested: boolean): Promise<WorkbookSnapshot> {
    const { sheetInfos, listed } = await listNames(context, nested);
    const sheetByLower = new Map(sheetInfos.map((s) => [s.name.toLowerCase(), s.name]));

    const notes: string[] = [];
    const entries: NameEntry[] = [];
    // Reads planned per name: the whole range in one piece, or row blocks for a large one.
    type Piece = { entry: NameEntry; item: Excel.NamedItem; sheet: string; range: string; cells: number; part: number; parts: number };
    const pieces: Piece[] = [];

    for (const { item, scope } of listed) {
      const entry: NameEntry = { name: item.name, scope, refersTo: item.formula };
      entries.push(entry);
      const ref = parseReference(item.formula);
      if ("problem" in ref) {
        entry.problem = ref.problem;
        entry.problemDetail = ref.detail;
        continue;
      }
      const sheet = sheetByLower.get(ref.sheet.toLowerCase());
      if (!sheet) {
        entry.problem = "sheet-missing";
        entry.problemDetail = `Blatt „${ref.sheet}“ fehlt`;
        continue;
      }
      if (item.type !== "Range") {
        entry.problem = "unreadable";
        entry.problemDetail = `Excel meldet für den Namen den Typ ${item.type} statt eines Zellbereichs`;
        continue;
      }
      const { rows, cols } = cellCount(ref.range);
      const total = rows * cols;
      if (total > maxCellsPerName) {
        entry.problem = "too-large";
        entry.problemDetail = `umfasst ${total.toLocaleString("de-DE")} Zellen (Grenze ${maxCellsPerName.toLocaleString("de-DE")}); nicht gelesen`;
        notes.push(`Der Name „${item.name}“ umfasst ${total.toLocaleString("de-DE")} Zellen und wurde nicht gelesen.`);
        continue;
      }
      if (total <= cellsPerSync) {
        pieces.push({ entry, item, sheet, range: ref.range, cells: total, part: 0, parts: 1 });
        continue;
      }
      const rowsPerPiece = Math.max(1, Math.floor(cellsPerSync / cols));
      const { start, end } = parseRange(ref.range);
      const parts = Math.ceil(rows / rowsPerPiece);
      for (let i = 0; i < parts; i++) {
        const top = start.row + i * rowsPerPiece;
        const bottom = Math.min(end.row, top + rowsPerPiece - 1);
        const range = rangeA1({ row: top, col: start.col }, { row: bottom, col: end.col });
        pieces.push({ entry, item, sheet, range, cells: (bottom - top + 1) * cols, part: i, parts });
      }
      notes.push(
        `Der Name „${item.name}“ umfasst ${total.toLocaleString("de-DE")} Zellen; er wurde wegen der Größengrenze der Office-Schnittstelle (etwa 5 MB je Abruf) in ${parts} Teilen gelesen.`,
      );
    }

    // Sync 2 (and, only for more than cellsPerSync cells in all, further syncs): the cells.
    const batches: Piece[][] = [];
    let current: Piece[] = [];
    let cells = 0;
    for (const piece of pieces) {
      if (current.length && cells + piece.cells > cellsPerSync) {
        batches.push(current);
        current = [];
        cells = 0;
      }
      current.push(piece);
      cells += piece.cells;
    }
    if (current.length) batches.push(current);

    const collected = new Map<NameEntry, { address: string; sheet: string; parts: ReturnType<typeof toCells>[] }>();
    for (const batch of batches) {
      const loads = batch.map((piece) => {
        if (piece.parts === 1) return { piece, range: piece.item.getRangeOrNullObject().load(RANGE_PROPS) };
        // Row blocks are read from the sheet; the first block also checks that Excel resolves the name.
        const check = piece.part === 0 ? piece.item.getRangeOrNullObject().load("address") : undefined;
        const range = context.workbook.worksheets.getItem(piece.sheet).getRange(piece.range).load(CELL_PROPS);
        return { piece, range, check };
      });
      await context.sync();
      for (const { piece, range, check } of loads) {
        const resolved = check ?? range;
        if (resolved.isNullObject || piece.entry.problem) {
          piece.entry.problem ??= "unreadable";
          piece.entry.problemDetail ??= "Excel konnte den Bereich des Namens nicht auflösen";
          continue;
        }
        const cellsRead = toCells(range.values, range.formulas, range.numberFormat, range.valueTypes as string[][]);
        if (piece.part === 0) {
          const address = (check ?? range).address;
          const { sheet, range: a1 } = splitAddress(address);
          collected.set(piece.entry, { address: `${quoteSheet(sheet)}!${a1.replace(/\$/g, "")}`, sheet, parts: [] });
        }
        collected.get(piece.entry)?.parts.push(cellsRead);
      }
    }
    for (const [entry, { address, sheet, parts }] of collected) {
      if (entry.problem) continue;
      entry.sheet = sheet;
      entry.address = address;
      entry.values = parts.flatMap((p) => p.values);
      entry.formulas = parts.flatMap((p) => p.formulas);
      entry.numberFormats = parts.flatMap((p) => p.numberFormats);
    }

    return { source: "Excel", sheets: sheetInfos, names: entries, ...(notes.length ? { notes } : {}) };
  }

  async function selectCells(cells: string[]): Promise<void> {
    if (!cells.length) return;
    const first = splitAddress(cells[0]);
    const sameSheet = cells.map(splitAddress).filter((c) => c.sheet.toLowerCase() === first.sheet.toLowerCase());
    const ranges = [...new Set(sameSheet.map((c) => c.range.replace(/\$/g, "")))];
    const select = (areas: string[]) =>
      deps.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(first.sheet);
        sheet.activate();
        // Several cells on one sheet: RangeAreas (ExcelApi 1.9) selects them together.
        if (areas.length === 1) sheet.getRange(areas[0]).select();
        else sheet.getRanges(areas.join(",")).select();
        await context.sync();
      });
    try {
      await select(ranges);
    } catch (e) {
      try {
        if (ranges.length < 2) throw e;
        await select(ranges.slice(0, 1)); // an Excel without RangeAreas: select the first cell
      } catch (e2) {
        throw new Error(`Die Zelle ${cells[0]} konnte nicht ausgewählt werden (${(e2 as Error).message}).`);
      }
    }
  }

  /** Read sync(s) shared by applyMarks and removeMarks: every sheet's conditional formats with their rule. */
  async function loadAllConditionalFormats(context: Excel.RequestContext) {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const perSheet = sheets.items.map((sheet) => ({
      sheet,
      formats: sheet.getRange().conditionalFormats.load(["items/type", "items/customOrNullObject/rule/formula"]),
    }));
    await context.sync();
    const ours = perSheet.flatMap(({ formats }) =>
      formats.items.filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)),
    );
    return { sheetNames: sheets.items.map((s) => s.name), ours };
  }

  async function applyMarks(findings: Finding[]): Promise<void> {
    const planned = planMarks(findings);
    await deps.run(async (context) => {
      const { sheetNames, ours } = await loadAllConditionalFormats(context);
      const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
      // One write sync: the previous marks go, the current ones come, so marks always show the last check.
      for (const cf of ours) cf.delete();
      for (const mark of planned) {
        const sheet = byLower.get(mark.sheet.toLowerCase());
        if (!sheet) continue; // a finding on a sheet that no longer exists cannot be marked
        const cf = context.workbook.worksheets.getItem(sheet).getRange(mark.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = markFormula(mark.severity);
        cf.custom.format.fill.color = MARK_FILL[mark.severity];
      }
      await context.sync();
    });
  }

  async function removeMarks(): Promise<number> {
    return deps.run(async (context) => {
      const { ours } = await loadAllConditionalFormats(context);
      if (!ours.length) return 0;
      for (const cf of ours) cf.delete();
      await context.sync();
      return ours.length;
    });
  }

  async function writeProtocol(report: ProtocolReport): Promise<void> {
    const count = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s).length;
    const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
    const t = excelTextEntry; // every text stays text, whatever it starts with
    const rows: (string | number)[][] = [
      [t("Prüfprotokoll der AIP-Planungsmappe"), "", "", "", ""],
      ["", "", "", "", ""],
      [t("Geprüft am"), t(germanDateTime(report.at)), "", "", ""],
      [t("Add-in-Version"), t(report.version), "", "", ""],
      [t("Einstellungen"), t(JSON.stringify(report.settings ?? {})), "", "", ""],
      [t("Ergebnis"), t(errors === 0 ? "Keine Fehler" : `${errors} Fehler`), "", "", ""],
      [t("Fehler"), errors, "", "", ""],
      [t("Warnungen"), warnings, "", "", ""],
      [t("Hinweise"), infos, "", "", ""],
      ["", "", "", "", ""],
      [t("Schweregrad"), t("Regel"), t("Meldung"), t("Namen"), t("Zellen")],
      ...report.findings.map((f) => [t(SEVERITY_LABEL_DE[f.severity]), t(f.rule), t(f.message), t(f.names.join(", ")), t(f.cells.join(", "))]),
    ];
    if (!report.findings.length) rows.push([t("Keine Befunde"), "", "", "", ""]);
    const HEADER_ROW = 11;
    await deps.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(PROTOCOL_SHEET);
      await context.sync();
      // One write sync: replace the old protocol sheet (ours; it holds nothing else) with a fresh one.
      if (!existing.isNullObject) existing.delete();
      const sheet = context.workbook.worksheets.add(PROTOCOL_SHEET);
      const block = sheet.getRange(`A1:E${rows.length}`);
      block.values = rows;
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange(`A${HEADER_ROW}:E${HEADER_ROW}`).format.font.bold = true;
      block.format.autofitColumns();
      sheet.activate();
      await context.sync();
    });
  }

  async function createTemplate(): Promise<TemplateResult> {
    const model = templateModel();
    const attempt = (nested: boolean) =>
      deps.run(async (context): Promise<TemplateResult> => {
        const { sheetInfos, listed } = await listNames(context, nested);
        const present = listed.map((n) => n.item.name);
        const existingNames = [...new Set(present.filter((n) => contractName(n) !== undefined))];
        const taken = new Set(sheetInfos.map((s) => s.name.toLowerCase()));
        const existingSheets = model.sheets.map((s) => s.name).filter((n) => taken.has(n.toLowerCase()));
        if (existingNames.length || existingSheets.length) return { created: false, existingNames, existingSheets };

        // One write sync: sheets, their cells (formats before values), bold labels, then the names.
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
        await context.sync();
        return { created: true, names: model.names.length };
      });
    try {
      return await attempt(true);
    } catch (e) {
      if (!(e instanceof NestedNamesUnsupported)) throw e;
      return attempt(false);
    }
  }

  const settings = deps.documentSettings;
  return {
    readSnapshot,
    selectCells,
    applyMarks,
    removeMarks,
    writeProtocol,
    createTemplate,
    async loadCheckSettings() {
      return settings.get(SETTINGS_KEY) ?? undefined;
    },
    async saveCheckSettings(value: unknown) {
      settings.set(SETTINGS_KEY, value);
      await saveSettings(settings);
    },
    async loadLastCheck() {
      return (settings.get(LAST_CHECK_KEY) as LastCheckStatus | null) ?? undefined;
    },
    async saveLastCheck(status: LastCheckStatus) {
      settings.set(LAST_CHECK_KEY, status);
      await saveSettings(settings);
    },
    async getShowOverviewOnOpen() {
      return settings.get(AUTO_SHOW_KEY) === true;
    },
    async setShowOverviewOnOpen(on: boolean) {
      // Startup behaviour first: if Office refuses it, nothing is stored and the switch stays as it was.
      // "Load" starts the shared runtime with the document; the pane's onReady then shows itself
      // (Office.addin.showAsTaskpane), since the runtime alone opens no UI.
      await deps.addin?.setStartupBehavior((on ? "Load" : "None") as Office.StartupBehavior);
      if (on) settings.set(AUTO_SHOW_KEY, true);
      else settings.remove(AUTO_SHOW_KEY);
      await saveSettings(settings);
    },
  };
}
