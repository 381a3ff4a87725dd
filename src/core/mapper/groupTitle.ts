// A group title inside a table ("Kennzahl | Ist 2023 | Plan 2024" over "Haushalt", "Wirkung", "Personal", each a
// row with one text in the label column): the rows under it fill the same columns as the rows above, so the header
// over the whole table still heads them, when the table opens with such a title right under its header (a title
// first met after data rows, "Weitere Merkmale", may start another table and closes the header as before).
// A title naming a year or a role of its own ("Vorjahr 2023") gives the rows under it their role (./context.ts
// scopeAt); the header above then still says which column is which only when it names no role itself
// ("Region Nord | Region Süd | Kreis gesamt"), never "Ist 2023 | Plan 2024". A title over rows of one number
// ends the header's reach (a new block).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { isRemark } from "./remark";
import { isBasesTitle } from "./basesTitle";
import { isMoneyUnitTitle } from "./unitTitle";

/**
 * How the title row `r` (its filled columns `cols`) may be passed on the way up to the header of the value row
 * `row`: one text in the label column (no remark), `row` holding two or more numbers; "role" when the title names
 * a year or an Ist/Prognose word; "unit" when it names only the unit of the rows below (./unitTitle.ts). The header
 * found above must then head every number of `row` (headsEveryNumber) and, past a "plain" title, open with a group
 * title (opensWithGroupTitle), or it is not taken.
 */
export function groupTitleKind(
  sheet: SheetGrid,
  r: number,
  cols: number[],
  labelCol: number,
  row: number,
  pastIstTitle = false,
): GroupTitleKind | undefined {
  if (labelCol < 0 || cols.length !== 1 || cols[0] !== labelCol) return undefined;
  const text = sheet.ownText(r, labelCol);
  // Only the numbers of the label's own block count: a block beside it (Plan right of Ist) is no column of this table.
  // Past a yearless Ist title the row's numbers apart are its Ist columns, the Plan columns between them left blank.
  const ownNumbers = numberColumns(sheet, row).filter((c) => pastIstTitle || sheet.blockColumns(row, labelCol).includes(c));
  if (text === undefined || text.length > 60 || isRemark(text)) return undefined;
  // As for a section's role (./context.ts scopeAt): "Ziele" alone names an area, a plan title needs its year.
  const c = readColumn(text);
  // "Kunden (nur Ist)" under "2023: Plan | Ist | 2024: Plan | Ist": a yearless Ist title says which of the
  // header's columns are filled (the Plan columns between left blank), no year of its own; the header still heads
  // rows whose numbers all stand under its Ist heads (refusedHead).
  // "Ergänzungsgrößen", "Rechengrundlagen": the targets' base quantities, a part of the targets' table, also over a
  // row of one number (./basesTitle.ts); "Grundlagen Vorjahr" too, its year word no Ist title of its own.
  if (c.year === undefined && (c.kind === undefined || c.kind === "ist") && ownNumbers.length >= 1 && isBasesTitle(text)) return "bases";
  if (c.year === undefined && c.kind === "ist" && numberColumns(sheet, row).length >= 2) return "ist";
  if (ownNumbers.length < 2) return undefined;
  if (c.year !== undefined || c.kind === "ist" || c.kind === "prognose") return "role";
  return isMoneyUnitTitle(text) ? "unit" : "plain";
}

export type GroupTitleKind = "plain" | "ist" | "role" | "unit" | "bases";

/** Of two group titles passed, the one that asks more of the header above ("role" > "ist" > "plain" > "unit"). */
export function stricterTitle(a: GroupTitleKind | undefined, b: GroupTitleKind): GroupTitleKind {
  const rank: Record<GroupTitleKind, number> = { unit: 0, bases: 0, plain: 1, ist: 2, role: 3 };
  return a !== undefined && rank[a] >= rank[b] ? a : b;
}

/**
 * Whether header row `h` has a text (or a year) over every number of the value row `row`, and, past a title with a
 * role (`namesRole` given), none of those texts names a role of its own.
 */
export function headsEveryNumber(
  sheet: SheetGrid,
  h: number,
  row: number,
  headingAt: (r: number, c: number) => string | undefined,
  namesRole?: (text: string) => boolean,
): boolean {
  return numberColumns(sheet, row).every((c) => {
    const t = headingAt(h, c);
    return t !== undefined && !(namesRole && namesRole(t));
  });
}

/**
 * The heads a header may not have over a number of the row, past a title of `kind`: past a title with a role, any
 * head naming a role of its own; past a yearless Ist title, any head that is no Ist head ("Plan", a bare year).
 */
export function refusedHead(kind: GroupTitleKind | undefined, namesRole: (text: string) => boolean): ((text: string) => boolean) | undefined {
  if (kind === "role") return namesRole;
  return kind === "ist" ? (t) => readColumn(t).kind !== "ist" : undefined;
}

/** Whether the header must open with a group title right under it to reach past the titles passed. */
export const needsOpeningTitle = (kind: GroupTitleKind | undefined): boolean => kind === "plain" || kind === "ist";

function numberColumns(sheet: SheetGrid, row: number): number[] {
  return sheet.filledColumns(row).filter((c) => sheet.number(row, c) !== undefined);
}

/**
 * A numbered heading ("4. Personal", "2.1 Eintritte", "IV. Kunden", "B. Ziele"): a title of what follows even when
 * its words name a figure's area, since a figure's label is not numbered like an outline. "1) …" is a footnote.
 */
export function isNumberedTitle(text: string): boolean {
  return text.length <= 60 && /^\s*(\d{1,2}\.(\d{1,2}\.)*(\d{1,2})?|[IVX]{1,4}\.|[A-H]\.)\s+\p{L}/u.test(text);
}

/**
 * Whether the first row under header row `h` is a group title: one text in the label column, nothing else. Blank
 * spacer rows between the header and that title ("Titel | Ist 2023 | Ansatz 2024", blank, "A. Eingliederung") are
 * layout: no data row stands between them, so the title still opens the table.
 */
export function opensWithGroupTitle(sheet: SheetGrid, h: number, labelCol: number): boolean {
  let t = h + 1;
  while (t <= sheet.lastRow && t <= h + 2 && sheet.rowBlank(t)) t++;
  // An outline marker before the title ("1 | Verwaltungskosten") leaves it the row's only title.
  const cols = t <= sheet.lastRow ? sheet.titleColumns(t, sheet.filledColumns(t)) : [];
  return cols.length === 1 && cols[0] === labelCol && sheet.ownText(t, labelCol) !== undefined && !isRemark(sheet.ownText(t, labelCol)!);
}

