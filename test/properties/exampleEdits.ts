// fast-check arbitraries for random damage to the 2024 example as a WorkbookModel: values changed,
// removed or typed as (German) text, names removed, broken (#REF!, another file, a constant, a deleted
// sheet), scoped to a sheet, duplicated, misspelt or resized, whole sheets deleted. Shared by the
// engine property (snapshots) and the fake-Excel properties (the same models opened in the fake).
import fc from "fast-check";
import { cellA1, parseRange, quoteSheet, rangeA1 } from "../../src/core/address";
import { buildExample2024 } from "../../src/core/example";
import type { CellValue } from "../../src/core/snapshot";
import { parseReference, type WorkbookModel } from "../../src/core/workbookModel";

export type Edit =
  | { kind: "value"; name: number; row: number; col: number; value: CellValue }
  | { kind: "remove-cell"; name: number; row: number; col: number }
  | { kind: "as-text"; name: number; row: number; col: number; german: boolean }
  | { kind: "remove-name"; name: number }
  | { kind: "refers-to"; name: number; refersTo: string }
  | { kind: "sheet-scope"; name: number; sheet: number }
  | { kind: "duplicate"; name: number; sheet: number | null; target: number }
  | { kind: "rename"; name: number; how: "lower" | "umlaut" | "space" }
  | { kind: "resize"; name: number; rows: number; cols: number }
  | { kind: "remove-sheet"; sheet: number };

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true }),
  fc.integer({ min: -10, max: 10_000_000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "1.606.442", "16,4 %", "21.02.2024", "n. v.", "=SUMME(B1:B3)", "x".repeat(300)),
  fc.boolean(),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }),
);

const refersTo = fc.constantFrom(
  "=#REF!",
  "=Haushalt!#REF!",
  "=[1]Haushalt!$B$10",
  "='[Kunden 2023.xlsx]Kunden'!$B$3",
  "=0.152",
  '="Text"',
  "=Geloescht!$B$10",
  "=Haushalt!$B$7:$B$10",
  "=Förderung!$A:$A",
  "=Haushalt!$B$7,Haushalt!$B$9",
  "=OFFSET(Haushalt!$B$7,0,0)",
);

const at = { name: fc.nat(), row: fc.nat({ max: 20 }), col: fc.nat({ max: 6 }) };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("value" as const), ...at, value: cellValue }), weight: 15 },
  { arbitrary: fc.record({ kind: fc.constant("remove-cell" as const), ...at }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("as-text" as const), ...at, german: fc.boolean() }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("remove-name" as const), name: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("refers-to" as const), name: fc.nat(), refersTo }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("sheet-scope" as const), name: fc.nat(), sheet: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("duplicate" as const), name: fc.nat(), sheet: fc.option(fc.nat(), { nil: null }), target: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("rename" as const), name: fc.nat(), how: fc.constantFrom("lower" as const, "umlaut" as const, "space" as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("resize" as const), name: fc.nat(), rows: fc.integer({ min: -3, max: 3 }), cols: fc.integer({ min: -2, max: 2 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("remove-sheet" as const), sheet: fc.nat() }), weight: 1 },
);

export const edits = fc.array(edit, { maxLength: 10 });

const germanNumber = (x: number) => x.toLocaleString("de-DE", { maximumFractionDigits: 6 });

/** The example with `list` applied in order; an edit that no longer applies (name gone, …) is skipped. */
export function damagedExample(list: readonly Edit[]): WorkbookModel {
  const model = buildExample2024();
  const pick = <T>(items: T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);

  /** Sheet and A1 of a cell of a name's range (row and col wrap around inside the range). */
  const locate = (nameIdx: number, row: number, col: number) => {
    const n = pick(model.names, nameIdx);
    if (!n) return undefined;
    const ref = parseReference(n.refersTo);
    if ("problem" in ref) return undefined;
    const sheet = model.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
    if (!sheet) return undefined;
    const { start, end } = parseRange(ref.range);
    const r = start.row + (row % (end.row - start.row + 1));
    const c = start.col + (col % (end.col - start.col + 1));
    return { sheet, a1: cellA1({ row: r, col: c }) };
  };

  for (const e of list) {
    switch (e.kind) {
      case "value": {
        const loc = locate(e.name, e.row, e.col);
        if (loc) loc.sheet.cells[loc.a1] = { value: e.value, ...(loc.sheet.cells[loc.a1]?.numberFormat ? { numberFormat: loc.sheet.cells[loc.a1].numberFormat } : {}) };
        break;
      }
      case "remove-cell": {
        const loc = locate(e.name, e.row, e.col);
        if (loc) delete loc.sheet.cells[loc.a1];
        break;
      }
      case "as-text": {
        const loc = locate(e.name, e.row, e.col);
        const v = loc?.sheet.cells[loc.a1]?.value;
        if (loc && typeof v === "number") loc.sheet.cells[loc.a1] = { value: e.german ? germanNumber(v) : String(v) };
        break;
      }
      case "remove-name": {
        const n = pick(model.names, e.name);
        if (n) model.names = model.names.filter((m) => m !== n);
        break;
      }
      case "refers-to": {
        const n = pick(model.names, e.name);
        if (n) n.refersTo = e.refersTo;
        break;
      }
      case "sheet-scope": {
        const n = pick(model.names, e.name);
        const s = pick(model.sheets, e.sheet);
        if (n && s) n.scope = { kind: "sheet", sheet: s.name };
        break;
      }
      case "duplicate": {
        const n = pick(model.names, e.name);
        const target = pick(model.names, e.target);
        const s = e.sheet === null ? undefined : pick(model.sheets, e.sheet);
        if (n && target) model.names.push({ name: n.name, refersTo: target.refersTo, ...(s ? { scope: { kind: "sheet" as const, sheet: s.name } } : {}) });
        break;
      }
      case "rename": {
        const n = pick(model.names, e.name);
        if (n) n.name = e.how === "lower" ? n.name.toLowerCase() : e.how === "umlaut" ? n.name.replace(/ae/, "ä").replace(/ue/, "ü") : `${n.name}_`;
        break;
      }
      case "resize": {
        const n = pick(model.names, e.name);
        const ref = n ? parseReference(n.refersTo) : undefined;
        if (!n || !ref || "problem" in ref) break;
        const { start, end } = parseRange(ref.range);
        const newEnd = { row: Math.max(start.row, end.row + e.rows), col: Math.max(start.col, end.col + e.cols) };
        n.refersTo = `=${quoteSheet(ref.sheet)}!${rangeA1(start, newEnd)}`;
        break;
      }
      case "remove-sheet": {
        const s = pick(model.sheets, e.sheet);
        if (s && model.sheets.length > 1) {
          model.sheets = model.sheets.filter((x) => x !== s);
          // Excel deletes the sheet's own names with it and turns references into it into #REF!.
          model.names = model.names.filter((n) => !(n.scope?.kind === "sheet" && n.scope.sheet === s.name));
          for (const n of model.names) {
            const ref = parseReference(n.refersTo);
            if (!("problem" in ref) && ref.sheet.toLowerCase() === s.name.toLowerCase()) n.refersTo = "=#REF!";
          }
        }
        break;
      }
    }
  }
  return model;
}
