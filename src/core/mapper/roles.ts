// Which year a value column belongs to: the planning year ("Plan 2024", "Soll 24", "Ziel 2024"), the
// previous year ("Ist 2023", "IST 23", "VJ"), or the change between them ("Veränderung ggü. VJ in %").
// Words decide first; a bare year decides by the planning year.
import { namesBaselineValues } from "./baselineWord";
import { isPreviousYearComparison } from "./comparisonHead";
import { withoutCrossReference } from "./crossReference";
import { isMergedTitle } from "./mergedTitle";
import { readColumn } from "../columnRoles";
import { fold, isYearNumber, yearsIn } from "./normalize";
import type { Role } from "./labels";
import type { SheetGrid } from "./grid";
import { bareYearRole } from "./yearColumns";
import { comparesSameYear } from "./deviationColumn";
import { isMissingValueText } from "./missingValue";
import { isPlanYearKeyRow, isTextFigureKeyRow } from "./yearKeyRow";
import { isRemark } from "./remark";
import { cornerHead } from "./cornerHead";
import { inYearRole } from "./inYearColumns";
import { crossYearRole } from "./crossYearSpan";
import { runningYearRole } from "./runningYear";
import { groupTitleKind, headsEveryNumber, needsOpeningTitle, opensWithGroupTitle, refusedHead, stricterTitle, type GroupTitleKind } from "./groupTitle";
import { combinedHeader, mergedYearAt } from "./twoRowHeader";
import { opensWithRowNumber } from "./formRowNumbers";
import { sideTitleColumn } from "./sideTitles";
import { versionHeadRole } from "./versionColumns";
import { withoutDates } from "./variantColumns";
import { totalsYears } from "./yearsTotalColumn";
import { controllerHeadRow } from "./controllerHeadRow";
import { isBreakdownLeadIn } from "./breakdownLeadIn";
import { laterYearChargeRole } from "./laterYearCharge";
import { shareHeadWithYear } from "./shareBesideYear";
import { continuesPopulationTable } from "./populationBlock";

/** A column, section or sheet that belongs to no year the programme maps (Ist of the planning year, a plan for another year, …). */
export type RoleOrNone = Role | "none";

/**
 * What a header, label, section title or sheet name says a value is for the programme (shared column-role
 * vocabulary, ../columnRoles.ts): Plan/Soll/Ziel of the planning year (or no year) = planning year;
 * Ist/VJ/Vorjahr/Ergebnis of the previous year (or no year), also "vorläufig"/"voraussichtlich" = previous
 * year; Prognose/Hochrechnung of the previous year = previous year, of any other year = none (never Plan);
 * Ist of the planning year = in-year actuals = none; Plan for another year = none; a bare year decides by
 * the planning year.
 */
// A rolling period ("Summe der letzten 12 Monate", "gleitende Jahressumme") is an actual result: the previous year's value.
const ROLLING = /\b(letzten|vergangenen) (12|zwoelf) monat\w*|\b(rollierend|gleitend)\w*/;

export function roleOf(text: string, planYear: number | undefined): RoleOrNone | undefined {
  // "vgl. Text Kap. 3.3" points elsewhere, no comparison (./crossReference.ts).
  const folded = withoutCrossReference(text);
  // "Vorvorjahr", "Vor-Vorjahr", "VVJ": the year before the previous one, a time series' earlier value.
  if (/\b(vor ?vorjahr\w*|vvj)\b/.test(folded)) return "none";
  // "Ist bis Okt. 25", "IQ bisher", "YTD": the running year so far is no year's value (./runningYear.ts).
  if (runningYearRole(folded)) return "none";
  if (ROLLING.test(folded)) return "previous";
  // "VE zu Lasten 2027", "Bindungen für 2028 ff.": a charge on later years is no year's figure (./laterYearCharge.ts).
  if (laterYearChargeRole(folded, yearsIn(folded), planYear)) return "none";
  // "Vorjahresvergleich %": the change against the previous year (./comparisonHead.ts).
  if (isPreviousYearComparison(folded)) return "change";
  const c = readColumn(folded);
  // "Status Ausgangswerte": the baseline values are the previous year's (./baselineWord.ts).
  if (c.kind === undefined && namesBaselineValues(folded)) return "previous";
  const known = planYear !== undefined && c.year !== undefined;
  switch (c.kind) {
    case "attainment":
      return "none";
    case "change":
      // A change against a year before the previous one ("Veränderung ggü. 2023" in 2025) is last year's programme's.
      return known && (c.year! < planYear! - 1 || c.year! > planYear!) ? "none" : "change";
    case "prognose":
      // "Basis Vorjahr (Hochrechnung)": the previous year's forecast named by the word, not the number.
      if (c.year === undefined && /\b(vorjahr\w*|vj)\b/.test(folded)) return "previous";
      return known && c.year === planYear! - 1 ? "previous" : "none";
    case "ist":
      if (!known || c.year === planYear! - 1) return "previous";
      return "none";
    case "plan":
      if (!known || c.year === planYear) return "current";
      return "none";
    case "latest":
      return "current";
    default:
      break;
  }
  if (planYear !== undefined) {
    const years = yearsIn(folded);
    if (years.includes(planYear)) return "current";
    if (years.includes(planYear - 1)) return "previous";
  }
  return undefined;
}

export { isRemark };

/** A year typed as a number heading a column: not shown as a count ("2.010" eLb, `#,##0`), an amount or a share. */
const COUNT_FORMAT = /#,##0|0[.,]0|%|€/;
const yearHeadAt = (sheet: SheetGrid, r: number, c: number) => isYearNumber(sheet.number(r, c)) && !COUNT_FORMAT.test(sheet.format(r, c) ?? "");

const headingAt = (sheet: SheetGrid, r: number, c: number) => sheet.text(r, c) ?? (yearHeadAt(sheet, r, c) ? String(sheet.number(r, c)) : undefined);

/** Whether a header row has a column of the planning year ("Plan 2024", "Ziel 2025", a bare planning year). */
function reachesPlanYear(sheet: SheetGrid, row: number, planYear: number | undefined): boolean {
  const texts = sheet.filledColumns(row).map((c) => sheet.text(row, c) ?? (yearHeadAt(sheet, row, c) ? String(sheet.number(row, c)) : undefined));
  return texts.some((t) => t !== undefined && roleOf(fold(t), planYear) === "current");
}

/** A header row: at least two filled cells, none of them a number other than a year. */
function isHeaderRow(sheet: SheetGrid, row: number, overSubHeaders: boolean, labelCol: number, col: number, cols: number[]): boolean {
  // A lone text right of the label column heads that column (a title stands in or left of it).
  if (cols.length === 1 && cols[0] > labelCol && sheet.ownText(row, cols[0]) !== undefined) return true;
  if (cols.length < 2) {
    // A single text merged over several columns counts above a header row ("Ziel 2024" over "Wert | Veränderung").
    if (!overSubHeaders || cols.length !== 1) return false;
    const m = sheet.mergeOf(row, cols[0]);
    return m !== undefined && m.end.col > m.start.col && sheet.ownText(row, cols[0]) !== undefined && !isMergedTitle(sheet, row, cols[0], labelCol);
  }
  // "Integrationen | n.v.": a missing value written out is a data cell, no heading.
  const heading = (c: number) => {
    const t = sheet.ownText(row, c);
    return (t !== undefined && !isMissingValueText(t)) || yearHeadAt(sheet, row, c);
  };
  if (cols.every(heading)) return true;
  // A key and its value appended right of the headers ("Kennzahl | Ist 2023 | Ziel 2024 | Stand: | 08.02.2024"):
  // the value belongs to its key, not to a data row; at least two headers must stand before the key.
  const annexed = (i: number) => i >= 3 && /:\s*$/.test(sheet.ownText(row, cols[i - 1]) ?? "") && cols.slice(0, i - 1).every(heading);
  if (cols.every((c, i) => heading(c) || annexed(i))) return true;
  // Tables side by side (budget left, customers right, blank columns between): the block around the value's
  // column is read on its own ("Merkmal | 2022 | 2023" beside "Anteil BA | 55 %" heads the right block).
  const block = blockAround(cols, col);
  return block.length >= 2 && block.length < cols.length && block[0] <= labelCol && block.every(heading);
}

/** The filled columns of a row that run together with `col` (no blank column between). */
function blockAround(cols: number[], col: number): number[] {
  let i = cols.findIndex((c) => c >= col);
  if (i < 0 || cols[i] !== col) return [];
  let from = i;
  while (from > 0 && cols[from - 1] === cols[from] - 1) from--;
  while (i + 1 < cols.length && cols[i + 1] === cols[i] + 1) i++;
  return cols.slice(from, i + 1);
}

export interface ColumnHeader {
  text: string;
  role: RoleOrNone | undefined;
  /** Found above a blank row: the label's own year or word ("Eintrittsplanung 2024" below the table) wins over it. */
  acrossBlank: boolean;
  /**
   * Found above a table's bare total row ("Summe", "Gesamt") in the label column: the table ended there, so the
   * head ("VZÄ") says nothing against the kind of a row below it ("Köpfe | 122", "Anteil BA | 60 %").
   */
  pastTotal?: boolean;
  /** The (upper) header row found. */
  row?: number;
  /** The upper head that gave the role when the head itself names none ("Kunden (Ist 2024)" merged over "Wert"). */
  roleFrom?: string;
}

/** A table's closing row label on its own: "Summe", "Gesamt", "Insgesamt", "Total" (folded). */
// Also with the unit it sums ("Summe VZÄ", "VZÄ gesamt", "Gesamt Köpfe"): the total row of that column all the same.
const BARE_TOTAL = /^(summe|gesamt|insgesamt|gesamtsumme|gesamtergebnis|total)( (vzae|koepfe|stellen|eur|euro|€))?$|^(vzae|koepfe|stellen) (gesamt|insgesamt)$/;
/** The sum sign written for "Summe" ("Σ VZÄ", "∑"): folding drops it, so it is read from the text itself. */
const SUM_SIGN = /^\s*[Σ∑]\s*(vzä|vzae|köpfe|koepfe|stellen|eur|euro|€)?\s*$/i;
const isBareTotal = (text: string | undefined) => text !== undefined && (SUM_SIGN.test(text) || BARE_TOTAL.test(fold(text).replace(/[.:]/g, "").trim()));

/**
 * The header of the value at (row, col): the nearest header rows above it (at most two, for a merged
 * header over sub-headers). A header applies down to the next header row or section title, across blank
 * rows and data rows; a section title is a row of text only that is not the label of a figure
 * (`isFigureLabel`, from the label data), so "Kennzahl | Ist 2024 | Ziel 2025" heads the LZB block below a
 * blank row, but not the rows under a title "Kundenstruktur".
 */
export function columnHeader(
  sheet: SheetGrid,
  row: number,
  col: number,
  planYear: number | undefined,
  labelCol = -1,
  isFigureLabel: (row: number, cols: number[]) => boolean = () => false,
): ColumnHeader | undefined {
  const texts: string[] = [];
  const rowsOf: number[] = [];
  let acrossBlank = false;
  let pastTotal = false;
  let pastGroupTitle: GroupTitleKind | undefined;
  const plainTitles: number[] = [];
  const namesRoleOf = (t: string) => roleOf(fold(t), planYear) !== undefined;
  const severalNumbers = sheet.filledColumns(row).filter((c) => sheet.number(row, c) !== undefined).length >= 2;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 40); r--) {
    if (sheet.rowBlank(r)) {
      if (texts.length) break; // a merged title above the header must touch it
      acrossBlank = true;
      continue;
    }
    // Only the block of the row the value stands in counts (blocks apart by two or more blank columns): a table
    // beside it ("Anteil BA | 55 %" left of "Merkmal | 2022 | 2023") neither hides its header nor lends it one.
    // An outline marker before a section title ("C | Vorjahr 2024") does not make the title a header row.
    const cols = sheet.titleColumns(r, sheet.blockColumns(r, col));
    if (cols.length === 0) continue;
    // Among the label/value rows (no blank row between): a "Planjahr | 2025" pair is data, no header. Above a
    // blank row it heads the sheet as a title would, as before.
    if (!acrossBlank && (isPlanYearKeyRow(sheet, r, labelCol, col) || isTextFigureKeyRow(sheet, r, labelCol, col))) {
      if (texts.length) break;
      continue;
    }
    // A form's numbered row ("010 | Jobcenter | … | Jobcenter Kreis X") is data, however textual (./formRowNumbers.ts).
    if (opensWithRowNumber(sheet, r, sheet.filledColumns(r))) {
      if (texts.length) break;
      continue;
    }
    // A box heading over the box's head row ("Ziele IQ" over "Kennzahl | Wert | Vgl. VJ") is its upper head, over
    // a tile's or row's value its head, as a row of headings over the whole row would be (./boxes.ts).
    if (!acrossBlank && sheet.boxHeadingSpansOf(r) !== undefined) {
      const box = sheet.text(r, col);
      if (box !== undefined) {
        texts.push(box);
        rowsOf.push(r);
      }
      break;
    }
    if (!isHeaderRow(sheet, r, texts.length > 0, labelCol, col, cols)) {
      if (texts.length) break;
      // "Aufteilung:" under a total: the lead-in of its parts, no section title (./breakdownLeadIn.ts).
      if (isBreakdownLeadIn(sheet, r, cols, labelCol)) continue;
      if (labelCol >= 0 && isBareTotal(sheet.ownText(r, labelCol))) pastTotal = true;
      // A group row merged across the value's column ("Finanzen (in €)" over the whole table) lies inside the
      // table when the rows under it fill its columns (several numbers): the header above still heads them. A
      // title beside the columns, or over rows of one number (a new block), closes them.
      if (cols.length === 1 && severalNumbers && sheet.mergeOf(r, col) !== undefined && sheet.mergeOf(r, col) === sheet.mergeOf(r, cols[0])) continue;
      // A group title in the label column ("Haushalt", "Wirkung") inside a table whose header heads the row's numbers.
      // A section title ends the header's reach; a remark between header and data ("Bemerkung: …") does not, nor
      // a group title inside the table (./groupTitle.ts), if the header above then heads the row's numbers.
      // A title merged across the value's column ("Personal" over B:F) labels no value of its own, even when its
      // word names a figure: it is a section title.
      const mergedOver = cols.length === 1 && sheet.mergeOf(r, col) !== undefined && sheet.mergeOf(r, col) === sheet.mergeOf(r, cols[0]);
      // So does a row of side-by-side titles ("Budget 2025 | | | | Personal 2025"), though a title's word names a figure.
      const sideTitles = () => sideTitleColumn(sheet, r, col) !== undefined;
      if (cols.every((c) => sheet.ownText(r, c) !== undefined) && (mergedOver || !isFigureLabel(r, cols) || sideTitles()) && !(cols.length === 1 && isRemark(sheet.ownText(r, cols[0])!))) {
        const group = texts.length === 0 ? groupTitleKind(sheet, r, cols, labelCol, row, pastGroupTitle === "ist") : undefined;
        if (!group) break;
        pastGroupTitle = stricterTitle(pastGroupTitle, group);
        if (group === "plain") plainTitles.push(r);
      } else if (texts.length === 0 && groupTitleKind(sheet, r, cols, labelCol, row) === "ist") {
        // A yearless Ist title whose word names a figure ("Kunden (nur Ist)") is passed as a title all the same.
        pastGroupTitle = stricterTitle(pastGroupTitle, "ist");
      }
      continue;
    }
    const head = headingAt(sheet, r, col);
    // "Ø 2025 | %": the share column of the year left of it (./shareBesideYear.ts).
    const own = (head !== undefined ? shareHeadWithYear(sheet, r, col, head) ?? head : undefined) ?? (texts.length > 0 ? mergedYearAt(sheet, r, col) : undefined);
    // The corner's role ("Basis Vorjahr 2023 | Wert") yields to the label's own year as a title above a blank row does.
    const corner = own !== undefined && texts.length === 0 ? cornerHead(sheet, r, col, labelCol, own, namesRoleOf) : undefined;
    if (corner !== undefined) acrossBlank = true;
    const t = corner ?? own;
    if (texts.length === 0 && pastGroupTitle) {
      const heads = headsEveryNumber(sheet, r, row, (hr, hc) => headingAt(sheet, hr, hc), refusedHead(pastGroupTitle, namesRoleOf));
      // Past another population's block title in the same columns ("Arbeitslose SGB II nach Personengruppen"), the
      // table goes on (./populationBlock.ts).
      const populationGoesOn = () => pastGroupTitle === "plain" && plainTitles.length > 0 && plainTitles.every((t) => continuesPopulationTable(sheet, t, labelCol));
      if (!heads || (needsOpeningTitle(pastGroupTitle) && !opensWithGroupTitle(sheet, r, labelCol) && !populationGoesOn())) {
        // A controller's head row at the top of the sheet may still head the sections (./controllerHeadRow.ts).
        const top = pastGroupTitle === "plain" ? sheetTopHead(sheet, row, col, labelCol, planYear) : undefined;
        if (top === undefined) return undefined;
        texts.push(top.text);
        rowsOf.push(top.row);
        break;
      }
    }
    if (t !== undefined) {
      texts.push(t);
      rowsOf.push(r);
    }
    if (texts.length === 2) break;
  }
  const top = texts.length === 0 && pastGroupTitle === "plain" ? sheetTopHead(sheet, row, col, labelCol, planYear) : undefined;
  if (top !== undefined) {
    texts.push(top.text);
    rowsOf.push(top.row);
  }
  if (texts.length === 0) return undefined;
  // "Plan" under "2024", "Ist (vorl.)" under the same merged "2024": the two rows read as one (./twoRowHeader.ts).
  const combined = texts.length === 2 ? combinedHeader(texts[0], texts[1]) : undefined;
  if (combined !== undefined) {
    texts.splice(0, 2, combined);
    rowsOf.splice(1, 1);
  }
  const roles = texts.map((t, i) => {
    // "Erstentwurf 15.10. | Fassung nach ZV 12.12.", "alt | neu": the final version's column is the plan (./versionColumns.ts).
    const version = versionHeadRole(sheet, rowsOf[i], t, col);
    // "2024 | 2025 | Gesamtergebnis": the years' total is no year's value (./yearsTotalColumn.ts).
    if (totalsYears(sheet, rowsOf[i], col, t)) return "none";
    // The chosen version's head may carry its decision's date ("TV-Beschluss vom 03.12.2025"): no year of the figure.
    const read = version === "current" ? withoutDates(t) : t;
    const role = (version === "none" ? version : undefined) ?? inYearRole(read, planYear) ?? crossYearRole(read) ?? roleOf(fold(read), planYear) ?? version ?? bareYearRole(read, planYear, reachesPlanYear(sheet, rowsOf[i], planYear));
    return role === "change" && comparesSameYear(sheet, rowsOf[i], col) ? "none" : role;
  });
  // "Variante A" merged over "Ziel 2026 | Veränd.": an alternative not chosen above heads no year however the head below reads.
  const notChosen = texts.length === 2 && roles[1] === "none" && versionHeadRole(sheet, rowsOf[1], texts[1]) === "none";
  const roleFrom = texts.length === 2 && roles[0] === undefined && roles[1] !== undefined ? { roleFrom: texts[1] } : {};
  return { text: texts[0], role: notChosen ? "none" : roles.find((r) => r !== undefined), acrossBlank, ...(pastTotal ? { pastTotal } : {}), row: rowsOf[0], ...roleFrom };
}

/** The controller's head row at the top of the sheet heading the value at (row, col), with its text over `col`. */
function sheetTopHead(sheet: SheetGrid, row: number, col: number, labelCol: number, planYear: number | undefined): { row: number; text: string } | undefined {
  const isHead = (r: number) => {
    const cols = sheet.titleColumns(r, sheet.blockColumns(r, col));
    return cols.length > 0 && isHeaderRow(sheet, r, false, labelCol, col, cols);
  };
  const top = controllerHeadRow(sheet, row, labelCol, isHead, (r, c) => headingAt(sheet, r, c), (t) => roleOf(fold(t), planYear));
  const text = top === undefined ? undefined : headingAt(sheet, top, col);
  return top === undefined || text === undefined ? undefined : { row: top, text };
}
