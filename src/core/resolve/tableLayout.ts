// Where the columns of a table-shaped contract name are in its range, as controllers keep the tables:
// - FOE_Tabelle with its header row: columns found by header in any order (Ist/Plan/Soll with any year,
//   Ebene, Begründung, Instrument); other columns (Veränderung, Kosten) are ignored. Headings with only
//   years ("Eintritte 2023 | Eintritte 2024") make the earlier year Ist and the later Plan. Years typed as
//   numbers are headings only one year apart beside a blank or an instrument heading ("Instrument | 2023 |
//   2024"): "Gesamt | 2023 | 2024" may be a data row. A two-row head, the kind over the year ("Ist | Plan" over
//   "2023 | 2024") or the year over the kind, is read as one row joining both (./twoRowHead.ts); data start below it.
// - FOE_Tabelle without a header row: by position, 3 columns Instrument | Ist | Plan, 4 columns
//   Instrument | Ist | Plan | Begründung (or Instrument | Ebene | Ist | Plan when the 2nd column holds only
//   0/1/2 and the 4th numbers), 5 columns Instrument | Ebene | Ist | Plan | Begründung (the example's layout).
// - Label/value tables (PER_VZAE_Bereiche, KUN_BG_Groesse): the label is the first text column, the value
//   the last number column, so empty or merged columns between them are fine (labels that are all numbers,
//   as household sizes 1–4 may be, are the first filled column left of the values).
// A range that fits none of these gets one namen/form problem with a message saying what was expected.
// In FOE_Tabelle a row blank in every column it holds is a spacer (before Gesamt, between groups): it is
// neither checked nor counted. In the label/value tables a blank row stays a blank area (typen/leer).
import { isTotalLabel, namesIst } from "../columnRoles";
import type { ContractName, TableColumn } from "../contract";
import type { MessageData } from "../messages/render";
import { isCellError, type CellValue } from "../snapshot";
import { blank, foeHeaderKey, headerYear, isWord, notACount, numericYear, strictKind } from "./foeHeader";
import { levelOfLabel, looseLabel } from "./labels";
import { twoRowHead } from "./twoRowHead";
import type { TableLayout } from "./view";

export { foeHeaderKey } from "./foeHeader";

export type LayoutResult = { layout: TableLayout } | { problem: { messageId: string; data: MessageData } };

/**
 * The money column a FOE header names (issue 15): Vorbindungen, Neubewilligungen or other money (Mittel,
 * Budget, Kosten, Ausgaben, €), as Ist or Plan by the header's word or year; a money header with neither
 * is the plan (the AIP plans the year's money).
 */
function foeMoneyKey(v: CellValue | undefined, istYear: number | undefined): string | undefined {
  if (!isWord(v) || strictKind(v) !== "money") return undefined;
  const h = looseLabel(v);
  const kind = /vorbindung/.test(h) ? "vorbindungen" : /neubewilligung/.test(h) ? "neubewilligungen" : "mittel";
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(v)?.[1];
  const ist = namesIst(v) || (year !== undefined && istYear !== undefined && Number(year) === istYear);
  return `${kind}${ist ? "Ist" : "Plan"}`;
}

const rowText = (row: readonly CellValue[]) => row.map((v) => (isCellError(v) ? v.error : String(v ?? ""))).join(" | ");

/** The layout of FOE_Tabelle, or why its range does not fit. */
function foeLayout(c: ContractName, values: CellValue[][], address: string, formats?: string[][]): LayoutResult {
  const rows = values.length;
  const cols = values[0].length;
  // A two-row head (kind over year or year over kind) is read as one row joining both (./twoRowHead.ts).
  const joinedHead = twoRowHead(values, formats);
  const headRows: 1 | 2 = joinedHead ? 2 : 1;
  const first = joinedHead?.head ?? values[0];
  const problem = (messageId: string, data: Record<string, MessageData[string]> = {}): LayoutResult => ({
    problem: { messageId, data: { name: c.name, address, ...data } },
  });

  const found = new Map<string, number[]>();
  first.forEach((v, i) => {
    const key = foeHeaderKey(v);
    if (key) found.set(key, [...(found.get(key) ?? []), i]);
  });
  if (!found.has("ist") && !found.has("plan")) {
    // Headings with years only ("Eintritte 2023", "Eintritte 2024"): the earlier year is Ist, the later Plan.
    type Year = { i: number; year: number };
    let years = first.map((v, i) => ({ i, year: headerYear(v) })).filter((y): y is Year => y.year !== undefined && !foeHeaderKey(first[y.i]));
    let headingBeside = first.some((v, i) => isWord(v) && !years.some((y) => y.i === i));
    if (years.length !== 2) {
      // Years typed as numbers ("Instrument | 2023 | 2024", as the mapper also finds them): a heading only
      // one year apart, beside blanks and headings only (Instrument, Begründung, Veränderung …), so
      // "Gesamt | 2023 | 2024" stays a data row.
      years = first.map((v, i) => ({ i, year: numericYear(v) })).filter((y): y is Year => y.year !== undefined);
      const rest = first.filter((_, i) => !years.some((y) => y.i === i));
      const heading = (v: CellValue) => blank(v) || foeHeaderKey(v) !== undefined || (isWord(v) && notACount(v));
      headingBeside = years.length === 2 && Math.abs(years[0].year - years[1].year) === 1 && rest.every(heading);
    }
    if (years.length === 2 && years[0].year !== years[1].year && headingBeside) {
      const [early, late] = years[0].year < years[1].year ? years : [years[1], years[0]];
      found.set("ist", [early.i]);
      found.set("plan", [late.i]);
    }
  }
  // Plan split by location or team ("Plan Standort Arnstadt", "Team 1 Plan") beside a total ("Plan gesamt",
  // "Summe Plan"): the total is the Plan, the parts are location columns (istplan/standorte adds them up).
  const locations: number[] = [];
  const plans = found.get("plan") ?? [];
  const isTotal = (i: number) => /(^| )(gesamt|summe|insgesamt)( |$)/.test(looseLabel(String(first[i] ?? "")));
  const isPart = (i: number) => isWord(first[i]) && /(^| )(standort|team|geschaeftsstelle|dienststelle)( |$|\d)/.test(looseLabel(String(first[i])));
  const totals = plans.filter(isTotal);
  if (totals.length === 1 && plans.filter((i) => i !== totals[0]).every(isPart)) {
    // Parts headed with Plan ("Plan Standort Arnstadt") or only by place ("Standort Ilmenau"), never an Ist.
    const claimed = new Set([...found.values()].flat());
    const parts = first.map((_, i) => i).filter((i) => isPart(i) && (!claimed.has(i) || (plans.includes(i) && i !== totals[0])) && foeHeaderKey(first[i]) !== "ist");
    if (parts.length >= 2) {
      locations.push(...parts.slice(0, 6));
      found.set("plan", totals);
    }
  }
  if (found.has("ist") || found.has("plan")) {
    // A header row: find every column by its header.
    const firstRow = rowText(first);
    // A two-row header: a group heading ("Plan 2025") over its columns ("Standort A | Standort B | gesamt"),
    // the second row text only: the plan is the total column under or after the plan heading.
    let headerRows: 1 | 2 = headRows;
    const second = values[1];
    const planAt = found.get("plan")?.[0];
    if (headRows === 1 && second && planAt !== undefined && second.every((v) => typeof v !== "number") && second.filter(isWord).length >= 2) {
      const totals = second.map((v, i) => (i >= planAt && isWord(v) && isTotalLabel(v) ? i : -1)).filter((i) => i >= 0);
      if (totals.length === 1) {
        found.set("plan", totals);
        headerRows = 2;
      }
    }
    // Plan split by location with a total column ("Plan Nord | Plan Süd | Plan gesamt"): the total is the plan
    // (checking the locations is the controller checks' part).
    for (const key of ["ist", "plan"]) {
      const at = found.get(key) ?? [];
      const totals = at.filter((i) => isTotalLabel(String(first[i])));
      if (at.length > 1 && totals.length === 1) found.set(key, totals);
    }
    for (const key of ["ist", "plan", "ebene", "begruendung", "instrument"]) {
      const at = found.get(key) ?? [];
      if (at.length > 1) return problem("foeSpalteDoppelt", { firstRow, column: key, headers: at.map((i) => String(first[i]).trim()) });
    }
    for (const key of ["ist", "plan"]) if (!found.has(key)) return problem("foeSpalteFehlt", { firstRow, column: key });
    const index = new Map<string, number>();
    for (const [key, [i]] of found) index.set(key, i);
    locations.forEach((i, n) => index.set(`standort${n + 1}`, i));
    // Money per instrument beside the counts; a second column of the same kind is left unread.
    const istYear = headerYear(first[index.get("ist")!]) ?? numericYear(first[index.get("ist")!]);
    first.forEach((v, i) => {
      const key = [...index.values()].includes(i) ? undefined : foeMoneyKey(v, istYear);
      if (key && !index.has(key)) index.set(key, i);
    });
    if (!index.has("instrument")) {
      // No "Instrument" header (often blank or "Maßnahmeart"): the first column that holds text below.
      const taken = new Set(index.values());
      const text = [...Array(cols).keys()].find((i) => !taken.has(i) && values.slice(headerRows).some((r) => isWord(r[i])));
      if (text === undefined) return problem("foeSpalteFehlt", { firstRow, column: "instrument" });
      index.set("instrument", text);
    }
    if (rows < headerRows + 1) return problem("keineDatenzeile", { firstRow });
    return { layout: { headerRows, index, spacerRows: true } };
  }

  // A first row of headings (no numbers, several texts, numbers below) without a recognisable Ist/Plan.
  const headingLike = first.every((v) => typeof v !== "number") && first.filter((v) => typeof v === "string" && !blank(v)).length >= 2 && values.slice(1).some((r) => r.some((v) => typeof v === "number"));
  if (headingLike) return problem("foeUeberschrift", { firstRow: rowText(first) });

  const keys = (list: string[]) => new Map(list.map((k, i) => [k, i]));
  let index: Map<string, number>;
  if (cols === 3) {
    // Instrument | Ebene | Ist cut off from the 5-column layout must not be read as Ist | Plan.
    const levels = values.every((r, i) => typeof r[1] === "number" && r[1] === levelOfLabel(typeof r[0] === "string" ? r[0] : "", i === 0 || i === rows - 1));
    if (levels) return problem("foeEbeneStattIst", { rows, cols });
    index = keys(["instrument", "ist", "plan"]);
  }
  else if (cols === 5) index = keys(["instrument", "ebene", "ist", "plan", "begruendung"]);
  else if (cols === 4) {
    const fourthHasNumbers = values.some((r) => typeof r[3] === "number");
    const secondIsLevel = values.every((r) => blank(r[1]) || r[1] === 0 || r[1] === 1 || r[1] === 2);
    if (fourthHasNumbers && secondIsLevel) index = keys(["instrument", "ebene", "ist", "plan"]);
    else if (fourthHasNumbers) return problem("foeSpalteZahlen", { rows, cols });
    else index = keys(["instrument", "ist", "plan", "begruendung"]);
  } else return problem("foeSpalten", { rows, cols });

  // Text in every figure column of the first row, but no recognisable Ist/Plan: a header we cannot read.
  const figures = c.columns!.filter((col) => col.kind !== "text" && index.has(col.key)).map((col) => index.get(col.key)!);
  if (figures.every((i) => isWord(first[i]))) return problem("foeUeberschrift", { firstRow: rowText(first) });
  return { layout: { headerRows: 0, index, spacerRows: true } };
}

/** The layout of a label/value table (PER_VZAE_Bereiche, KUN_BG_Groesse), or why its range does not fit. */
function labelValueLayout(c: ContractName, columns: readonly TableColumn[], values: CellValue[][], address: string): LayoutResult {
  const cols = values[0].length;
  const [label, value] = columns;
  const filled = (i: number) => values.some((r) => !blank(r[i]));
  // Labels may be numbers too (household sizes 1, 2, 3, 4): then the first filled column left of the values.
  const labelAt =
    [...Array(cols).keys()].find((i) => values.some((r) => isWord(r[i]))) ??
    [...Array(cols).keys()].find((i) => filled(i) && [...Array(cols).keys()].some((j) => j > i && values.some((r) => typeof r[j] === "number")));
  const right = labelAt === undefined ? [] : [...Array(cols).keys()].filter((i) => i > labelAt);
  const numbers = right.filter((i) => values.some((r) => typeof r[i] === "number"));
  // Without any number (all typed as text), the last filled column is meant as the values: typen/* says so.
  const valueAt = numbers.length ? numbers[numbers.length - 1] : [...right].reverse().find(filled);
  if (labelAt === undefined || valueAt === undefined) {
    return { problem: { messageId: "textUndZahl", data: { name: c.name, address, rows: values.length, cols } } };
  }
  if (values.length > 1 && isWord(values[0][valueAt]) && values.slice(1).some((r) => typeof r[valueAt] === "number")) {
    return { problem: { messageId: "ueberschrift", data: { name: c.name, address, firstRow: rowText(values[0]) } } };
  }
  return { layout: { headerRows: 0, index: new Map([[label.key, labelAt], [value.key, valueAt]]) } };
}

/** Where the contract's columns are in a table's range (values: rectangular, at least one row). */
export function tableLayout(c: ContractName, values: CellValue[][], address: string, formats?: string[][]): LayoutResult {
  const columns = c.columns ?? [];
  if (columns.some((col) => col.kind === "level")) return foeLayout(c, values, address, formats);
  if (columns.length === 2 && columns[0].kind === "text") return labelValueLayout(c, columns, values, address);
  // Other tables (ZIE_Weitere) by position; a first row with words where the figures stand is their header, and
  // a range narrower than the template lacks the last columns (Einheit, then Veränderung).
  const header = values.length > 1 && columns.some((col, i) => col.kind !== "text" && isWord(values[0][i])) ? 1 : 0;
  const width = values[0].length;
  return { layout: { headerRows: header, index: new Map(columns.slice(0, width).map((col, i) => [col.key, i])) } };
}
