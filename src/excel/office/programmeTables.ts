// "Tabellen für das AIP": the programme's four tables (src/core/document/programmeTables.ts) on a sheet
// "AIP-Tabellen", laid out to copy into Word: caption, header, rows (figures as numbers with German-print
// number formats, "darunter" rows indented), footer. The add-in knows its own sheet by a sheet-scoped name
// with its comment (not by the sheet's name): a user's sheet called "AIP-Tabellen" is never replaced, a new
// name is chosen and reported. A workbook with protected structure is refused before anything is written.
// Syncs: 2 reads (sheets and structure protection; the marker names of the candidate sheets), 1 write.
import { MAPPER_MARKER } from "../../core/mapper/marker";
import { excelTextEntry } from "../../core/neutralise";
import type { ProgrammeTable } from "../../core/document/programmeTables";
import type { OfficeHostDeps } from "./deps";
import { queueStructureRefusal } from "./sheetGuard";

export const TABLES_SHEET = "AIP-Tabellen";
/** Sheet-scoped name on A1 of the add-in's own tables sheet; its comment is the add-in's marker. */
export const TABLES_MARKER_NAME = "AIP_Tabellenblatt";

export type TablesSheetResult =
  | { written: true; sheet: string; replaced: boolean; userSheetKept?: string }
  | { written: false; reason: string };

/** The rows of the sheet: per table caption, header, rows, footer, a blank line. */
export function tablesSheetRows(tables: readonly ProgrammeTable[]): {
  values: (string | number)[][];
  formats: string[][];
  bold: number[];
} {
  const width = Math.max(2, ...tables.map((t) => Math.max(t.header.length, ...t.rows.map((r) => r.cells.length))));
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  const pad = <T,>(xs: T[], fill: T) => [...xs, ...Array(width - xs.length).fill(fill)];
  const text = (s: string) => (s ? excelTextEntry(s) : "");
  for (const t of tables) {
    bold.push(values.length);
    values.push(pad([text(t.caption)], ""));
    formats.push(pad([], "General"));
    if (t.header.length) {
      bold.push(values.length);
      values.push(pad(t.header.map(text), ""));
      formats.push(pad([], "General"));
    }
    for (const r of t.rows) {
      if (r.bold) bold.push(values.length);
      values.push(pad(r.values.map((v, i) => (v !== null ? v : text(i === 0 && r.indent ? `    ${r.cells[i]}` : r.cells[i]))), ""));
      formats.push(pad(r.formats.map((f) => f ?? "General"), "General"));
    }
    values.push(pad([text(t.footer)], ""));
    formats.push(pad([], "General"));
    values.push(pad([], ""));
    formats.push(pad([], "General"));
  }
  return { values, formats, bold };
}

const colLetter = (n: number) => String.fromCharCode(64 + n);

export async function writeProgrammeTablesSheet(run: OfficeHostDeps["run"], tables: readonly ProgrammeTable[]): Promise<TablesSheetResult> {
  const { values, formats, bold } = tablesSheetRows(tables);
  const last = `${colLetter(values[0].length)}${values.length}`;
  return run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const structureRefusal = queueStructureRefusal(context, "Tabellen für das AIP");
    await context.sync();
    const refused = structureRefusal();
    if (refused) return { written: false, reason: refused.message };
    const candidates = sheets.items.filter((s) => /^AIP-Tabellen( \(\d+\))?$/i.test(s.name));
    const markers = candidates.map((s) => ({ name: s.name, marker: s.names.getItemOrNullObject(TABLES_MARKER_NAME).load("comment") }));
    await context.sync();
    const ours = markers.find((m) => !m.marker.isNullObject && m.marker.comment === MAPPER_MARKER);
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let target = ours?.name;
    let userSheetKept: string | undefined;
    if (!target) {
      if (taken.has(TABLES_SHEET.toLowerCase())) userSheetKept = sheets.items.find((s) => s.name.toLowerCase() === TABLES_SHEET.toLowerCase())?.name;
      target = TABLES_SHEET;
      for (let i = 2; taken.has(target.toLowerCase()); i++) target = `${TABLES_SHEET} (${i})`;
    }
    // One write sync: our old sheet (it holds nothing else) goes, a fresh one comes.
    if (ours) wb.worksheets.getItem(ours.name).delete();
    const sheet = wb.worksheets.add(target);
    const block = sheet.getRange(`A1:${last}`);
    block.numberFormat = formats;
    block.values = values;
    for (const row of bold) sheet.getRange(`A${row + 1}:${colLetter(values[0].length)}${row + 1}`).format.font.bold = true;
    sheet.names.add(TABLES_MARKER_NAME, sheet.getRange("A1"), MAPPER_MARKER);
    block.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { written: true, sheet: target, replaced: ours !== undefined, ...(userSheetKept ? { userSheetKept } : {}) };
  });
}
