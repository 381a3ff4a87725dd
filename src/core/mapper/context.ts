// The context a reader uses beyond the label: the section title above a figure and the sheet name (their
// year and role words apply to the figures below, like a column header), copies and archives that never
// yield a sure proposal, which of several numbers in a row is meant (by its column header), and the
// customer structure's "latest year reported" (two year columns: the later is current, the earlier _VJ).
import { trackingTitleRole } from "./trackingTitle";
import { isNoteLine } from "./noteLine";
import { COLUMN_WORDS, readColumn } from "../columnRoles";
import { isRoleOfLocation, splitsByLocation } from "./locationColumns";
import { withoutRoleSplitParts } from "./roleSplitColumns";
import { withoutTitleSum } from "./titleSumColumn";
import { withoutPartsBesideTotal } from "./partsBesideTotal";
import { withoutOutsideTotalGroup } from "./totalGroupHead";
import { withoutPartsBesideJobcenterHead } from "./jobcenterNamedColumn";
import { withoutPartColumns } from "./partColumnHead";
import { withoutTraegerParts } from "./traegerTotal";
import { isMixedHeader } from "./mixedHeader";
import { shareHeadConfirmed } from "./headerOverBlank";
import { isNumberedTitle } from "./groupTitle";
import { sideTitleColumn } from "./sideTitles";
import { titlesColumnsBeside } from "./besideTitle";
import { withoutTargetAreaWords } from "./targetAreaWords";
import { latestByWords } from "./latestWords";
import { isRatioCell } from "./ratioFormula";
import { NAMES_WHOLE_YEAR, withoutPartYear } from "./partYear";
import { isExpectationHead, markExpectations, withoutExpectations } from "./customerExpectation";
import { withLonePastYear } from "./pastBesidePlan";
import { allStockDates } from "./stockDates";
import { areaOf } from "../areas";
import type { CellKind } from "../contract";
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { isPercentFormat, percentReading } from "../percentUnits";
import { fold } from "./normalize";
import { roleOf, type ColumnHeader, type RoleOrNone } from "./roles";
import { isYearTitleWithAsOf, withoutAsOfRemark } from "./asOfRemark";
import { withoutPointerClause } from "./pointerClause";
import { roleHeaderBetween } from "./roleHeaderEnds";
import { cornerTitleAbove } from "./cornerTitle";
import { percentOutweighsStaffHead } from "./percentUnderStaffHead";
import { labelNamesVzae } from "./labelUnitOverHead";
import { archiveLow, isArchiveMarked } from "./archiveMarks";
import { isRunningYearTitle, runningYearBlockTitle, runningYearLow } from "./runningYear";
import { baseBlockRole, baselineRole, isBaselineTitle } from "./baselineTitle";

export interface Scope {
  /** The role the section title (or else the sheet name) gives the figures under it. */
  role?: RoleOrNone;
  /** The text that gave it. */
  text?: string;
  /** Why a proposal here can only be low (an archive, a copy, a plan for another year). */
  low?: Low;
  /** The low is only for the title's year (not an archive): customer structure reads that year itself (./latestTitle.ts). */
  lowForYear?: boolean;
}

type LabelTest = (row: number, col: number) => boolean;

const sectionCache = new WeakMap<SheetGrid, Map<number, Map<number, { row: number; text: string } | null>>>();

/**
 * The section title above `row`: the nearest row holding only one text (also merged over several columns)
 * that is not a figure's label. Sections run to the next title or the sheet end. With `col` (the label's
 * column), a row of side-by-side titles ("Ist 2024" in A, "Planung 2025" in E) gives each block its own
 * (./sideTitles.ts).
 */
export function sectionTitleAt(sheet: SheetGrid, row: number, isLabel: LabelTest, col?: number): { row: number; text: string } | undefined {
  let bySheet = sectionCache.get(sheet);
  if (!bySheet) sectionCache.set(sheet, (bySheet = new Map()));
  const key = col ?? -1;
  let cache = bySheet.get(key);
  if (!cache) bySheet.set(key, (cache = new Map()));
  if (cache.has(row)) return cache.get(row) ?? undefined;
  let found: { row: number; text: string } | null = null;
  // Walk up to the nearest title, or to a row whose answer is known (the rows between share it): each row of a
  // sheet is looked at once, not once per row below it (300 rows without titles were 45.000 looks).
  let r = row - 1;
  for (; r >= sheet.r0; r--) {
    const cols = sheet.titleColumns(r, sheet.filledColumns(r));
    const titleCol = cols.length === 1 ? cols[0] : col !== undefined ? sideTitleColumn(sheet, r, col) : undefined;
    const text = titleCol !== undefined ? sheet.ownText(r, titleCol) : undefined;
    // A note line ("Anm.: …", "letzte Bearbeitung: …") titles nothing: the title above it still holds (./noteLine.ts).
    // A title over monitoring columns right of the label's block titles those columns only (./besideTitle.ts).
    const beside = text !== undefined && col !== undefined && titlesColumnsBeside(sheet, r, titleCol!, col);
    if (text !== undefined && !beside && text.length <= 80 && !isNoteLine(text) && (!isLabel(r, titleCol!) || isNumberedTitle(text) || isYearTitleWithAsOf(text) || isBaselineTitle(text))) {
      found = { row: r, text };
      break;
    }
    if (cache.has(r)) {
      found = cache.get(r) ?? null;
      break;
    }
  }
  for (let q = row; q > r; q--) cache.set(q, found);
  return found ?? undefined;
}

/** The low of a place under a title or on a sheet marked as a copy, an archive or superseded ("Archiv", "überholt"), if any. */
export function copyLowAt(sheet: SheetGrid, row: number, isLabel: LabelTest, col?: number): Low | undefined {
  for (const shown of [sectionTitleAt(sheet, row, isLabel, col)?.text, sheet.name]) {
    const f = shown === undefined ? undefined : fold(withoutPointerClause(shown));
    if (f !== undefined && isArchiveMarked(f)) return archiveLow(`${shown === sheet.name ? "Blatt" : "Abschnitt"} „${shown}“`);
  }
  return undefined;
}

/** The role and the lows that the section title and the sheet name give a figure at `row`. */
export function scopeAt(sheet: SheetGrid, row: number, planYear: number | undefined, isLabel: LabelTest, col?: number): Scope {
  // A header row with a year's role below the title starts a new context (./roleHeaderEnds.ts); an archive stays one.
  const titled = sectionTitleAt(sheet, row, isLabel, col);
  // A head row of parts whose corner names the year ("Zielwerte 2025 | insgesamt | Männer") titles the rows below (./cornerTitle.ts).
  // A corner right under the title naming its own role word ("Ausgangswerte 2025 (Hochrechnung)" under "Zielplanung
  // 2026") is the closer context: it titles the rows below it (./cornerTitle.ts).
  const live = titled && !isArchiveMarked(fold(withoutPointerClause(titled.text)));
  const section = live && roleHeaderBetween(sheet, titled.row, row, col ?? -1, planYear) ? cornerTitleAbove(sheet, titled.row, row, col ?? -1, planYear) : ((live ? cornerTitleAbove(sheet, titled.row, row, col ?? -1, planYear, true) : undefined) ?? titled);
  const out: Scope = {};
  let compared = false;
  for (const shown of [section?.text, sheet.name]) {
    if (!shown) continue;
    // "… (Blätter der Vorjahre siehe Archiv)": a clause pointing elsewhere marks no archive, gives no year (./pointerClause.ts).
    const text = withoutPointerClause(shown);
    const f = fold(text);
    const where = shown === sheet.name && shown !== section?.text ? `Blatt „${shown}“` : `Abschnitt „${shown}“`;
    if (isArchiveMarked(f)) {
      out.low ??= archiveLow(where);
      continue;
    }
    // A section "lfd. Jahr (Ø bisher 2025)", "Ist bis Okt. 25:": the running year so far holds no mapped figure (./runningYear.ts).
    if (shown === section?.text && isRunningYearTitle(f)) {
      out.low ??= runningYearLow(where);
      continue;
    }
    // "Vorjahr 2025 (Prognose, Stand 31.01.2026)": the as-of date's year is not the section's (./asOfRemark.ts).
    const c = readColumn(withoutAsOfRemark(text));
    const otherYear = planYear !== undefined && c.year !== undefined && c.year !== planYear && c.year !== planYear - 1;
    // A title naming several roles ("Plan-Ist-Vergleich", "Soll-Ist", "Plan/Ist-Abgleich") compares them: it gives
    // no role, nor lets a farther title give one (the closer context wins); its columns say which value is which.
    if (namesSeveralRoles(f)) {
      if (otherYear && !out.low) {
        out.low = { id: "kontext", text: `${where} gehört weder zum Planjahr ${planYear} noch zum Vorjahr.` };
        out.lowForYear = true;
      }
      compared = true;
      continue;
    }
    // Only role words make a title a year's section ("Vorjahr 2023", "Zielplanung 2025", "Ist 2024"); a bare year in a sheet name does not.
    // "Ziele" alone names an area, not the plan: a plan title needs its year.
    // "Ausgangslage 2023", "Basis 2023 (vorläufig)": the plan's base year is the previous year (./baselineTitle.ts).
    const role = trackingTitleRole(f, planYear) ?? (c.kind === "ist" || c.kind === "prognose" || (c.kind === "plan" && c.year !== undefined) ? roleOf(fold(withoutAsOfRemark(text)), planYear) : c.kind === undefined ? (section && shown === section.text ? baseBlockRole(sheet, section, row, planYear) : baselineRole(f, planYear)) : undefined);
    if (role === "none" || otherYear) {
      if (!out.low) {
        out.low = { id: "kontext", text: `${where} gehört weder zum Planjahr${planYear ? ` ${planYear}` : ""} noch zum Vorjahr.` };
        out.lowForYear = true;
      }
      continue;
    }
    if (role !== undefined && out.role === undefined && !compared) {
      out.role = role;
      out.text = shown;
    }
  }
  // A block beside another one titled "Ist bis Okt. 25:" in its label column (./runningYear.ts).
  const running = out.low === undefined && col !== undefined ? runningYearBlockTitle(sheet, row, col) : undefined;
  if (running !== undefined) out.low = runningYearLow(`Block „${running}“`);
  return out;
}

/** Whether a text names both the plan and the Ist (or previous year): a comparison, not one role. */
export function namesSeveralRoles(folded: string): boolean {
  return COLUMN_WORDS.plan.test(withoutTargetAreaWords(folded)) && COLUMN_WORDS.ist.test(folded);
}

interface Column {
  cell: { col: number; value: unknown };
  header: ColumnHeader | undefined;
}

/** A change holding a difference, not a relative change (folded text): "Abw. absolut", "Differenz in %-Pkt.", "+/- abs.". */
export const ABSOLUTE_CHANGE = /\b(absolut\w*|pkt|pp|punkt\w*|prozentpunkt\w*)\b|\babs$/; // "abs" only last: "Abs. 1" is a paragraph; "PP" the points

// Figure kinds a column kind contradicts: a share column is no count, a head count no VZÄ, and so on.
const CONTRADICTS: Partial<Record<string, ReadonlyArray<CellKind | "table">>> = {
  share: ["count", "stock", "vzae", "money", "moneySigned", "year"],
  heads: ["vzae", "share", "change", "money", "moneySigned"],
  vzae: ["count", "share", "change", "money", "moneySigned"],
};

/**
 * Which of the numbers in a labelled row are candidates: none whose header contradicts the figure's type
 * ("Anteil am Gesamt" for a count, "Köpfe" for VZÄ); of columns split by location, the total; monthly
 * columns only when nothing else is there. What is dropped is said in `why`.
 */
export function whichNumbers<C extends Column>(kind: CellKind | "table" | undefined, columns: C[], why: string[], sheet: SheetGrid, row: number): C[] {
  if (columns.length === 0 || kind === undefined) return columns;
  const kinds = columns.map((c) => (c.header ? readColumn(c.header.text).kind : undefined));
  const kept = columns.filter((c, i) => {
    const k = kinds[i];
    // A header above a blank row may head another block ("VZÄ 2024" over the areas, "Köpfe" below): it does not veto.
    if (k && (!c.header!.acrossBlank || shareHeadConfirmed(c.header!, sheet.format(row, c.cell.col))) && !c.header!.pastTotal && CONTRADICTS[k]?.includes(kind) && !isMixedHeader(c.header!.text) && !percentOutweighsStaffHead(k, kind, sheet.format(row, c.cell.col)) && !(k === "heads" && kind === "vzae" && labelNamesVzae(sheet, row))) {
      why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“ und ist darum kein Wert dieser Art`);
      return false;
    }
    // The contract's changes are relative (target / previous − 1): a difference in units or percentage points is none.
    if (k === "change" && ABSOLUTE_CHANGE.test(fold(c.header!.text))) {
      why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einer absoluten Differenz; gesucht ist die relative Veränderung`);
      return false;
    }
    return true;
  });
  // The workbook's own facts (Planjahr, Stand, name) have no location parts.
  const byLocation = splitsByLocation(kind);
  // "2025 | 2026 | dar. Team U25 2026": a team's or unit's part column is neither the figure nor a rival (./partColumnHead.ts).
  const teamParts = byLocation ? withoutPartColumns(kept) : undefined;
  if (teamParts) {
    for (const c of teamParts.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einem Teil des Werts, nicht dem ganzen Jobcenter`);
    return whichNumbers(kind, teamParts.kept, why, sheet, row);
  }
  const ofLocation = byLocation ? kept.filter((c) => isRoleOfLocation(c.header)) : [];
  for (const c of ofLocation) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, dem Wert eines Standorts, nicht des ganzen Jobcenters`);
  if (ofLocation.length > 0) return whichNumbers(kind, kept.filter((c) => !ofLocation.includes(c)), why, sheet, row);
  // "Jobcenter gesamt" over some of the columns: the ones beside it with the same roles are parts (./totalGroupHead.ts).
  const totalGroup = byLocation ? withoutOutsideTotalGroup(kept, sheet) : undefined;
  if (totalGroup) {
    for (const c of totalGroup.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht neben der Spalte des ganzen Jobcenters und ist ein Teil davon`);
    return whichNumbers(kind, totalGroup.kept, why, sheet, row);
  }
  // "Schleiz Ist 2024 | … | JC Ist 2024": the head naming the Jobcenter holds its figure wherever it stands (./jobcenterNamedColumn.ts).
  const named = byLocation ? withoutPartsBesideJobcenterHead(kept) : undefined;
  if (named) {
    for (const c of named.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einem Teil neben der Spalte des Jobcenters`);
    return whichNumbers(kind, named.kept, why, sheet, row);
  }
  const split = withoutRoleSplitParts(kept);
  if (split) {
    for (const c of split.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einem Teil neben der Gesamtspalte`);
    return whichNumbers(kind, split.kept, why, sheet, row);
  }
  const keptKinds = kept.map((c) => (c.header ? readColumn(c.header.text).kind : undefined));
  if (byLocation && keptKinds.some((k) => k === "location")) {
    const totals = kept.filter((c, i) => keptKinds[i] === "total" || (c.header && /\b(gesamt|insgesamt|summe)\b/.test(fold(c.header.text))));
    // The change column beside them ("… | Jobcenter gesamt | Veränderung ggü. Vorjahr") is the total's change: it stays.
    if (totals.length > 0) return kept.filter((c, i) => totals.includes(c) || keptKinds[i] === "change");
    // A location's column holds its part, never the Jobcenter's figure (without a total column there is none).
    const parts = kept.filter((c, i) => keptKinds[i] === "location" && !c.header!.acrossBlank);
    for (const c of parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, dem Wert eines Standorts, nicht des ganzen Jobcenters`);
    if (parts.length > 0) return whichNumbers(kind, kept.filter((c) => !parts.includes(c)), why, sheet, row);
  }
  // "BA | Kommune | gesamt" over a staff count: the total column (./traegerTotal.ts).
  const traeger = withoutTraegerParts(kind, kept);
  if (traeger) return traeger.kept;
  const titleSum = withoutTitleSum(kept);
  if (titleSum) {
    for (const c of titleSum.sums) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, der Summe der Haushaltstitel, die keine Kennzahl ist`);
    return whichNumbers(kind, titleSum.kept, why, sheet, row);
  }
  const besideTotal = withoutPartsBesideTotal(kept);
  if (besideTotal) {
    for (const c of besideTotal.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einem Teil neben der Gesamtspalte`);
    return whichNumbers(kind, besideTotal.kept, why, sheet, row);
  }
  const partYear = withoutPartYear(kept);
  if (partYear) {
    for (const c of partYear.parts) why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} steht unter „${c.header!.text}“, einem Teil des Jahres neben dem Jahreswert`);
    return whichNumbers(kind, partYear.kept, why, sheet, row);
  }
  const year = yearOverParts(kept, why, sheet, row);
  if (year) return year;
  if (allStockDates(kept.map((c) => c.header?.text))) return kept;
  const notMonthly = kept.filter((_, i) => keptKinds[i] !== "month");
  return notMonthly.length > 0 ? notMonthly : kept;
}

/** A part of the year as a column: a quarter ("Q1", "2. Quartal"), a half year ("H1", "1. Hj.") or a month (folded). */
const YEAR_PART = /^(q|quartal|h|hj|halbjahr)\s*[1-4]\b|^[1-4]\s*\.?\s*(q|quartal|hj|halbjahr)\b/;
/** The year's own column beside its parts: "Jahr", "Gesamtjahr", "Jahreswert", "Summe", "Gesamt" (a year may follow). */
const WHOLE_YEAR = /^(jahr|gesamtjahr|jahreswert|jahressumme|jahresziel|jahr gesamt|gesamt|insgesamt|summe|total)( (19|20)\d\d)?$/;

/**
 * "Q1 | Q2 | Q3 | Q4 | Jahr" (or months and "Summe"): the year's column is the figure, the quarters or months are
 * its parts. Columns under other headers (the previous year, a change) stay for their own roles. Undefined when
 * the row has no such parts with exactly one year column.
 */
function yearOverParts<C extends Column>(columns: C[], why: string[], sheet: SheetGrid, row: number): C[] | undefined {
  const heads = columns.map((c) => (c.header ? fold(c.header.text).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim() : ""));
  const isPart = heads.map((h) => !NAMES_WHOLE_YEAR.test(h) && (YEAR_PART.test(h) || (h !== "" && readColumn(h).kind === "month" && !WHOLE_YEAR.test(h))));
  const whole = heads.map((h, i) => !isPart[i] && (WHOLE_YEAR.test(h) || NAMES_WHOLE_YEAR.test(h)));
  if (isPart.filter(Boolean).length < 2 || whole.filter(Boolean).length !== 1) return undefined;
  const at = columns.find((_, i) => whole[i])!;
  why.push(`${sheet.ref({ row, col: at.cell.col }).replace(/\$/g, "")} steht unter „${at.header!.text}“, dem Jahreswert; die Spalten daneben sind seine Quartale oder Monate`);
  return columns.filter((_, i) => !isPart[i]);
}

/**
 * Customer structure is reported as of the latest year: of two year columns the later is the current
 * figure and the earlier the previous year's (`2023 | 2022` in a 2024 workbook: 2023 current), a single
 * year column is current when it is the planning year or the one before. Undefined entries: no year.
 */
export function latestYearRoles(headers: Array<string | undefined>, planYear: number | undefined): Array<RoleOrNone | undefined> {
  const read = headers.map((h) => (h === undefined ? undefined : readColumn(h)));
  // A forecast of the previous year ("Jahresdurchschnitt 2025 (Prognose)" in 2026) is the latest year reported,
  // as the programme uses it for the previous year; a forecast of any other year is none.
  const counts = (c: ReturnType<typeof readColumn>) => c.kind !== "change" && c.kind !== "plan" && (c.kind !== "prognose" || (planYear !== undefined && c.year === planYear - 1));
  // "Plan 25 | Ist VJ | Δ": the lone yearless past column beside the plan is the latest year reported (./pastBesidePlan.ts).
  const years = withLonePastYear(read, read.map((c) => (c && counts(c) ? c.year : undefined)), planYear);
  const split = withoutExpectations(years, planYear, read.map((c, i) => isExpectationHead(headers[i], c, planYear)));
  const roles = latestOf(split.years, headers, planYear);
  return markExpectations(roles, split.expected);
}

function latestOf(years: Array<number | undefined>, headers: Array<string | undefined>, planYear: number | undefined): Array<RoleOrNone | undefined> {
  const distinct = [...new Set(years.filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  if (distinct.length === 0) return latestByWords(headers) ?? headers.map(() => undefined);
  if (distinct.length === 1) {
    const y = distinct[0];
    const role: RoleOrNone | undefined = planYear === undefined ? undefined : y >= planYear - 1 && y <= planYear ? "current" : y === planYear - 2 ? "previous" : "none";
    return years.map((v) => (v === undefined ? undefined : role));
  }
  const [latest, before] = distinct;
  return years.map((v) => (v === undefined ? undefined : v === latest ? "current" : v === before ? "previous" : "none"));
}

/**
 * Staff and customer structure are stocks: a figure as of a date is the state the programme plans with, while
 * targets and budget are a year's values. So for a stock, a column dated at a point in time of the previous
 * year or the planning year ("Stand 31.12.2024", "Dez 2024" in a 2025 workbook) is the current figure, unless
 * the row also has a column for the planning year itself ("Ist 31.12.2024 | Plan 2025": the plan is current).
 * A year value under the same header keeps the year's role (a targets table "Stand 31.12.2024" is never the plan).
 */
export function isStockFigure(names: ReadonlyArray<string | undefined>): boolean {
  return names.some((n) => n !== undefined && (areaOf(n)?.id === "personal" || areaOf(n)?.id === "kunden"));
}

export function asOfRoles(headers: Array<ColumnHeader | undefined>, planYear: number | undefined): Array<RoleOrNone | undefined> {
  if (planYear === undefined) return headers.map(() => undefined);
  const read = headers.map((h) => (h === undefined ? undefined : readColumn(h.text)));
  const dated = read.map((c) => c !== undefined && c.asOf && (c.kind === undefined || c.kind === "ist" || c.kind === "latest" || c.kind === "month"));
  const planColumn = headers.some((h, i) => !dated[i] && h?.role === "current");
  // The latest date is the current stock; an older one (or one before the previous year) is no current figure
  // (nor the previous year's, which staff figures do not have).
  const latest = Math.max(...read.map((c, i) => (dated[i] ? c!.year! : -Infinity)));
  // Beside a plan column a date before the previous year ("31.12.2023 | 31.12.2024 | Plan 2025") is an older
  // stock, no figure the programme maps; the later date keeps its year's role.
  if (planColumn) return read.map((c, i) => (dated[i] && c!.year! < planYear - 1 ? "none" : undefined));
  return read.map((c, i) => (!dated[i] ? undefined : c!.year === latest && (latest === planYear || latest === planYear - 1) ? "current" : "none"));
}

// Figure kinds whose value is never a percentage, and the kind that is one.
const NOT_PERCENT: ReadonlyArray<CellKind | "table"> = ["count", "stock", "vzae", "money", "moneySigned", "year"];

/** A count's number format: whole numbers with thousands grouping ("#,##0"), no decimals, no percent. */
const isCountFormat = (format: string) => /#,##0(?![.0]*%)/.test(format) && !/0\.0|%/.test(format);

/**
 * The number format as evidence for which number in a row is meant: a share is the cell formatted as percent,
 * a count (stock, VZÄ, money) the one that is not ("Anteil U25 | 340 | 9,0 %": 9,0 % is the share, 340 the
 * count). Against a share counts only what cannot be one typed in percent units: a count format or a value
 * above 100 ("IQ 2024 | 16,4 | 1,9 %" stays open: 16,4 may be the IQ in percent units, 1,9 % a change).
 * Decided only among cells whose headers give them the same role (or none), so a previous year typed in
 * percent units beside a current year in percent format keeps its column; a row whose cells are all of one
 * format is left as it is (judgeValue reports a wrong format).
 */
export function byNumberFormat<C extends Column>(kind: CellKind | "table" | undefined, columns: C[], formatOf: (col: number) => string, why: string[], sheet: SheetGrid, row: number): C[] {
  const share = kind === "share";
  if (!share && !(kind !== undefined && NOT_PERCENT.includes(kind))) return columns;
  const groups = new Map<string, C[]>();
  for (const c of columns) {
    if (typeof c.cell.value !== "number") continue;
    const key = c.header?.role ?? "";
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const dropped = new Set<C>();
  const isPercent = (c: C) => isPercentFormat(formatOf(c.cell.col));
  // A ratio formula's fraction is a share whatever its format says (./ratioFormula.ts).
  const against = (c: C) => (share ? !isPercent(c) && !isRatioCell(sheet, row, c.cell.col) && (isCountFormat(formatOf(c.cell.col)) || percentReading("share", c.cell.value as number, formatOf(c.cell.col)) === "invalid") : isPercent(c));
  for (const group of groups.values()) {
    const fitting = group.filter((c) => (share ? isPercent(c) : !isPercent(c)));
    if (fitting.length === 0 || fitting.length === group.length) continue;
    for (const c of group) {
      if (fitting.includes(c) || !against(c)) continue;
      dropped.add(c);
      why.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} ist ${share ? "nicht " : ""}als Prozent formatiert und ist darum kein Wert dieser Art`);
    }
  }
  return columns.filter((c) => !dropped.has(c));
}
