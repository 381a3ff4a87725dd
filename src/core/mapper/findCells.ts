// Single figures: a label cell a controller wrote (./labels.ts), and the value in the same row to its
// right, whose column header (or the label's own year) tells which contract name it is. Row groups:
// "darunter Männer" belongs to the row it stands under (the IQ row or the LZB row).
import { allocationTitleCovers } from "./allocationTitle";
import { namesNoAllocation } from "./notAllocation";
import { headsBlocksBelow } from "./genderHeadBlocks";
import { shareUnderRowMatch } from "./shareUnderRow";
import { agreedOnly } from "./agreedColumn";
import { finalColumnsOnly, finalDateColumn } from "./versionColumns";
import { AREAS, areaOf } from "../areas";
import { contractName } from "../contract";
import { formatNumberDe } from "../format";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { INSTRUMENT_WORDS, type LabelSpec, type Role } from "./labels";
import { SURE_SCORE, type Score } from "./match";
import { NONE, PARTS_SUMMED, matchLabel, type LabelMatch } from "./matchLabel";
import { fold, withoutYears, yearsIn } from "./normalize";
import { isMemoOfLastYear } from "./memoLastYear";
import { LEVEL2 } from "../resolve/labels";
import { columnHeader, roleOf, type ColumnHeader, type RoleOrNone } from "./roles";
import { countedAt } from "./unitSection";
import { blockUnitAbove } from "./blockUnit";
import { underEndedTable } from "./endedTable";
import { blockHeadArea } from "./blockHeadArea";
import { headsNumberColumns } from "./headingRow";
import { latestLabelRole } from "./latestLabelYear";
import { labelNamesArea } from "./labelArea";
import { captionSpecs, isBareTotalLabel } from "./captionTable";
import { unitCaptionSpecs } from "./unitCaption";
import { ABSOLUTE_CHANGE, asOfRoles, byNumberFormat, isStockFigure, latestYearRoles, scopeAt, sectionTitleAt, whichNumbers } from "./context";
import { readColumn } from "../columnRoles";
import { isPercentFormat, percentReading } from "../percentUnits";
import { judgeValue, looksNumeric } from "./values";
import { withoutRemarkColumns } from "./remarkColumns";
import { valueColumnBeside } from "./farDate";
import { headerYieldsToLabel } from "./labelYearColumn";
import { periodsAsYears } from "./customerPeriod";
import { withoutPartOfYearColumns } from "./quarterColumns";
import { withoutMonitoringColumns } from "./monitoringColumns";
import { isLoneOutlineTitle } from "./outlineTitle";
import { withoutDecreeDate } from "./decreeDate";
import { withoutBenchmarkColumns } from "./benchmarkColumns";
import { currentStateIsNoTarget } from "./currentStockColumn";
import { roleCellRole } from "./latestRoleCell";
import { groupLabelOf, roleCellOf } from "./roleColumn";
import { periodVersionCell } from "./periodVersion";
import { isUnderUnitHead } from "./unitHead";
import { changeRowHead, changeRowRole, labelColumnsOf } from "./changeRow";
import { withoutAddendSign } from "./addendSign";
import { BLOCK_OVER_SHEET_ROWS, blockArea } from "./blockArea";
import { latestTitleRole } from "./latestTitle";
import { isUnitCell } from "./unitColumn";
import { namesOtherInstitution } from "./otherScope";
import { sectionAgrees } from "./sectionAgrees";
import { otherYearsPlan } from "./otherYearsPlan";
import { valuesRight, type ValueCell } from "./valuesRight";
import { valueLeft } from "./valueLeft";
import { withoutLabelAsOf } from "./labelAsOf";
import { unitContradiction } from "./unitAfterValue";
import { loneVhMatch } from "./loneVh";
import { otherBase } from "./partBase";
import { targetWordYieldsToHeaders, withoutAveraging } from "./labelRoleWords";
import { undecidedPlanLow } from "./undecidedPlan";
import { partOfCount } from "./countParts";
import { isNoteLine } from "./noteLine";
import { expectedStockRole } from "./expectedStock";
import { earlierYearHeadRole } from "./earlierYearHead";
import { dateColumnByYearHead } from "./dateUnderYearHeads";
import { allocationAsPart, blockSpecs, byFamilies, isAllocation } from "./allocationAsPart";
import { withGroupAbbreviation } from "./groupAbbreviation";
import { withoutCommitmentOrigin } from "./commitmentOrigin";

export { matchLabel, type LabelMatch } from "./matchLabel";

/** The comparable key of a label cell: core text without years (for the table finders' row tests). */
export function labelKey(sheet: SheetGrid, row: number, col: number): string | undefined {
  const n = sheet.label(row, col);
  if (!n || n.core.length > 90) return undefined;
  const key = withoutYears(n.core);
  return key === "" ? undefined : key;
}

/** What the label text in a cell matches (merged areas: the master's text). */
export function matchAt(sheet: SheetGrid, row: number, col: number): LabelMatch {
  const t = sheet.ownText(row, col);
  return t === undefined ? NONE : matchLabel(t);
}

const labelRows = new WeakMap<SheetGrid, Map<number, boolean>>();

const isFigureLabelCell = (sheet: SheetGrid, row: number, c: number): boolean => {
  if (sheet.ownText(row, c) === undefined || isLoneOutlineTitle(sheet, row, c)) return false;
  const m = matchAt(sheet, row, c);
  return m.standalone.length > 0 || m.member.length > 0;
};

/** A row (or, with `cols`, a block of it) holding the label of some figure (text-only rows that are not are section titles); cached per sheet. */
function isFigureLabelRow(sheet: SheetGrid, row: number, cols?: number[]): boolean {
  if (cols && sheet.blocks(row).length > 1) return cols.some((c) => isFigureLabelCell(sheet, row, c));
  let cache = labelRows.get(sheet);
  if (!cache) labelRows.set(sheet, (cache = new Map()));
  let hit = cache.get(row);
  if (hit === undefined) {
    hit = sheet.filledColumns(row).some((c) => isFigureLabelCell(sheet, row, c));
    cache.set(row, hit);
  }
  return hit;
}

/** Spec ids of the row-group head above a member label ("darunter Männer" → the IQ row's "iq"). */
function groupHead(sheet: SheetGrid, row: number, col: number): LabelSpec[] {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 12); r--) {
    if (sheet.rowBlank(r)) return [];
    // A note line between the members ("Anm.: Männer-Ziel lt. RD-Mail") is no head (./noteLine.ts).
    if (sheet.ownText(r, col) === undefined || isBareTotalLabel(sheet.ownText(r, col)) || isNoteLine(sheet.ownText(r, col)!)) continue;
    const m = matchAt(sheet, r, col);
    if (m.member.length > 0 && m.standalone.every((s) => s.context === "personal")) continue; // a sibling member
    return m.standalone;
  }
  return [];
}

const ROLE_TO: Record<RoleOrNone, string> = {
  current: "zum Planjahr",
  previous: "zum Vorjahr",
  change: "zur Veränderung",
  none: "weder zum Planjahr noch zum Vorjahr (Ist des Planjahres, Prognose oder ein anderes Jahr)",
};
const ROLE_NOUN: Record<Role, string> = { current: "Planjahr", previous: "Vorjahr", change: "Veränderung" };

export interface FindContext {
  planYear: number | undefined;
  claims: Claims;
  /** Called for a label that matched but gave no candidate (no value of the right kind beside it). */
  labelOnly?: (spec: LabelSpec, labelCell: string, label: string, why: string[]) => void;
}

export function lowFor(spec: LabelSpec, sheet: SheetGrid, row: number, col: number, claims: Claims, label: string): Low[] {
  if (!spec.context) return [];
  const area = sheet.areaAt(row, col) ?? blockArea(sheet, row, col, claims, (r) => matchAt(sheet, r, col).standalone);
  // No area around it: a label naming its population ("… am Personal") says the area itself (./labelArea.ts).
  if (area === spec.context || (area === undefined && labelNamesArea(spec.context, label)) || blockHeadArea(sheet, row, col, true) === spec.context) return [];
  // Label and block agree against the sheet's area ("Anteil Personal BA" in a staff block of a sheet "HH-Plan").
  if (labelNamesArea(spec.context, label) && blockArea(sheet, row, col, claims, (r) => matchAt(sheet, r, col).standalone, BLOCK_OVER_SHEET_ROWS) === spec.context) return [];
  const title = area ? AREAS.find((a) => a.id === area)?.titleDe ?? area : undefined;
  const where = title ? `steht im Bereich „${title}“` : "steht auf einem Blatt ohne erkennbaren Bereich";
  return [{ id: "kontext", text: `Die Beschriftung ist allein nicht eindeutig und ${where} (Blatt „${sheet.name}“).`, weakLabel: true, ...(area ? { area } : {}) }];
}

/** A label that matches with words of other figures or several unknown words is only "low". */
function wordingLows(score: Score | undefined): Low[] {
  if (!score || (score.score >= SURE_SCORE && score.foreign.length === 0)) return [];
  const words = [...score.foreign, ...score.unknown].map((w) => `„${w}“`).join(", ");
  return [{ id: "beschriftung", text: `Die Beschriftung enthält Wörter, die nicht zu dieser Kennzahl gehören (${words}).` }];
}

/** The part a column head names: "Frauen"/"weiblich" or "Männer"/"männlich" (a head of its own, not a longer label). */
export function genderHead(text: string | undefined): "frauen" | "maenner" | undefined {
  const f = fold(text ?? "").replace(/\b(in )?%|\b(anteil|quote|anzahl|davon|darunter)\b/g, " ").trim();
  if (/^(frauen|weiblich|w|female|women)$/.test(f)) return "frauen";
  if (/^(maenner|maennlich|m|male|men)$/.test(f)) return "maenner";
  return undefined;
}

/**
 * Gender in columns ("Integrationsquote | gesamt | Frauen | Männer" under "Ist 2024 | Ziel 2025"): a figure
 * takes only the columns of its own part — the total the columns without a gender head, "IQ Frauen" (read
 * from label and head) the "Frauen" columns.
 */
function byGenderHead<C extends { header: ColumnHeader | undefined }>(spec: LabelSpec, columns: C[]): C[] {
  const parts = columns.map((c) => genderHead(c.header?.text));
  if (!parts.some((p) => p !== undefined)) return columns;
  const name = fold(Object.values(spec.names)[0] ?? "");
  const own = /\bfrauen\b/.test(name.replace(/_/g, " ")) ? "frauen" : /\bmaenner\b/.test(name.replace(/_/g, " ")) ? "maenner" : undefined;
  return columns.filter((_, i) => parts[i] === own);
}

/**
 * A subtotal ("Zwischensumme Bundesmittel") or a figure given for information ("nachrichtlich: Gesamtbudget")
 * is weaker evidence than a plain label: a rival of the same figure with its own label wins, and alone it is low.
 */
const ASIDE = /^(zwischensumme|zwischenergebnis|teilsumme|nachrichtlich|nachr|informativ|zur information|nur zur information|nachrichtl)\b/;
function asideLows(label: string): Low[] {
  return ASIDE.test(fold(label)) ? [{ id: "kontext", text: "Die Beschriftung nennt eine Zwischensumme oder einen nachrichtlichen Wert, nicht die Kennzahl selbst." }] : [];
}

/**
 * A date in a stock's label ("Beschäftigte (Köpfe) zum 31.12.2023", "eLb Stand 12/2024") is its as-of date, read
 * as a column header's is (../columnRoles.ts readColumn): dated in the planning year or the one before, it is the
 * current stock; dated earlier, no figure the programme maps. Undefined: no such date, or no stock.
 */
/**
 * A label naming only years that are neither the planning year nor the one before ("Integrationen 2023" in a
 * 2025 workbook, last year's sheet kept beside this one): its value is no figure of this programme, so not even
 * a rival. Not for the customer structure, whose latest year reported may be two years back (latestYearRoles).
 */
function otherYearOnly(spec: LabelSpec, folded: string, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined || spec.latestYear) return undefined;
  const years = yearsIn(folded);
  return years.length > 0 && years.every((y) => y !== planYear && y !== planYear - 1) ? "none" : undefined;
}

function stockAsOf(spec: LabelSpec, label: string, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined || !isStockFigure(Object.values(spec.names))) return undefined;
  const c = readColumn(label);
  if (!c.asOf || c.year === undefined || c.kind === "plan" || c.kind === "prognose" || c.kind === "change") return undefined;
  return c.year === planYear || c.year === planYear - 1 ? "current" : "none";
}

/** The head of a location's or the total's column ("GS Nord", "Standort Ost", "Jobcenter gesamt", "Insgesamt"). */
const isSplitHead = (text: string) => ["location", "total"].includes(readColumn(fold(text)).kind ?? "");

/** Candidates of one label cell for one spec. */
function candidatesOf(spec: LabelSpec, sheet: SheetGrid, row: number, col: number, ctx: FindContext, label: string, why: string[] = [], areaSettled = false, score = scoreAt(sheet, row, col, spec), changeRow = false): Candidate[] {
  const labelCell = sheet.ref({ row, col });
  const partOf = otherBase(spec, sheet, row, col);
  if (partOf !== undefined) return (why.push(`„${label}“ ist ein Teil von „${partOf}“, einer anderen Grundgesamtheit`), []);
  const contextLows: Low[] = [...(areaSettled ? [] : lowFor(spec, sheet, row, col, ctx.claims, label)), ...wordingLows(score), ...(isMemoOfLastYear(label, Object.values(spec.names).filter((n) => n !== undefined), ctx.planYear) ? [] : asideLows(label))];
  const base = { sheet: sheet.index, label, labelCell, order: orderOf(sheet.index, row, col) };
  const firstName = Object.values(spec.names)[0]!;
  const kind = contractName(firstName)?.kind;

  if (kind === "date") {
    // A date beside the label, or just below or above it ("21.02.2024" over "Datum" on a signature line).
    // Beside it: the next filled cell of the row, also past a label merged over several columns ("Stand" in A:C, the date in D).
    const labelEnd = sheet.mergeOf(row, col)?.end.col ?? col;
    const near = valueColumnBeside(sheet, row, col, labelEnd) ?? col + 1;
    // A draft's date column beside the final one's (./versionColumns.ts).
    // Under year-headed columns, the planning year's column (./dateUnderYearHeads.ts).
    const byYear = dateColumnByYearHead(sheet, row, col, finalDateColumn(sheet, row, near) ?? near, ctx.planYear, firstName, (r, cols) => isFigureLabelRow(sheet, r, cols));
    const beside = byYear.col;
    const left = valueLeft(sheet, row, col, (r, c) => isFigureLabelCell(sheet, r, c));
    for (const [r, c] of [...(left ? [[row, left.col] as const] : []), [row, beside], [row, col + 2], [row + 1, col], [row - 1, col]] as const) {
      const v = sheet.value(r, c);
      if (v === null || (typeof v === "string" && !looksNumeric(v))) continue;
      const j = judgeValue(firstName, v, sheet.format(r, c), false);
      const lows = [...contextLows, ...(j.ok ? [] : [{ id: j.id, text: j.text }]), ...(byYear.low && c === beside && r === row ? [byYear.low] : [])];
      return [{ ...base, name: firstName, ref: sheet.ref({ row: r, col: c }), value: v, lows }];
    }
    return [];
  }

  // A role column between label and numbers ("Integrationsquote | Ist 2023 | …"): its cell is the row's year.
  const roleCell = kind === "text" ? undefined : (roleCellOf(sheet, row, col, (r, c) => isFigureLabelCell(sheet, r, c)) ?? periodVersionCell(sheet, row, col, ctx.planYear));
  const left = kind === "text" ? undefined : valueLeft(sheet, row, col, (r, c) => isFigureLabelCell(sheet, r, c));
  const cells = [...(left ? [left] : []), ...valuesRight(sheet, row, roleCell?.col ?? col, kind === "text").filter((c) => !(kind === "text" && typeof c.value === "string" && headsNumberColumns(sheet, row, col, c.col)))];
  // "Jobcenter gesamt | GS Nord | GS Süd" is a row of column heads: a total's or location's head is no name nor its label.
  // ("Dienststelle: | Jobcenter X" labels a name: only a total's head as label, a location's only as value.)
  if (kind === "text" && (readColumn(fold(label)).kind === "total" || cells.some((c) => isSplitHead(String(c.value)) || namesOtherInstitution(String(c.value))))) return [];
  // "aus 2023"/"aus dem Vorjahr" says where a figure comes from (Vorbindungen aus 2023), not its year; so does the
  // plural "Vorjahre(n)" (Verpflichtungen der Vorjahre: earlier years, never the previous year's value).
  const ownWords = withoutCommitmentOrigin(spec, withoutAveraging(fold(withoutLabelAsOf(withoutDecreeDate(withoutAddendSign(label))).replace(PARTS_SUMMED, " "))).replace(/\baus( dem| den)? (vorjahr\w*|vj|(19|20)\d\d)\b|\bvorjahren?\b/g, " "));
  const labelRole =
    (roleCell ? (roleCell.role ?? roleCellRole(spec, roleCell.text, ctx.planYear)) : undefined) ?? stockAsOf(spec, label, ctx.planYear) ?? latestLabelRole(spec, ownWords, ctx.planYear) ?? expectedStockRole(spec, ownWords, ctx.planYear) ?? roleOf(ownWords, ctx.planYear) ?? otherYearOnly(spec, ownWords, ctx.planYear);
  const percentInLabel = /%|prozent/.test(sheet.label(row, col)?.full ?? "");
  const isLabelHere = (r: number, c: number) => {
    const m = matchAt(sheet, r, c);
    return m.standalone.length > 0 || m.member.length > 0;
  };
  const scope = scopeAt(sheet, row, ctx.planYear, isLabelHere, col);
  // Customer structure under a title naming only a year ("Ø 2024" beside "Ø 2023"): read as the year columns
  // would be (./latestTitle.ts); "Ø 2023" in a 2025 workbook is then the previous year's, not another year's.
  const sectionRow = spec.latestYear && scope.text === undefined && (!scope.low || scope.lowForYear) ? sectionTitleAt(sheet, row, isLabelHere, col)?.row : undefined;
  const titleRole = sectionRow !== undefined ? latestTitleRole(sheet, sectionRow, col, ctx.planYear, spec.names.previous === spec.names.current) : undefined;
  const titleReadsYear = titleRole === "current" || titleRole === "previous";
  if (scope.low && !(scope.lowForYear && titleReadsYear)) contextLows.push(scope.low);
  const byName = new Map<string, Array<{ cell: ValueCell; sure: boolean; header?: string; labelPointsElsewhere?: boolean; latest?: RoleOrNone }>>();
  const columns = byNumberFormat(
    kind,
    whichNumbers(
      kind,
      byGenderHead(
        spec,
        periodsAsYears(spec.latestYear, withoutMonitoringColumns(withoutPartOfYearColumns(withoutBenchmarkColumns(withoutRemarkColumns(cells.map((cell) => ({ cell, header: kind === "text" ? undefined : columnHeader(sheet, row, cell.col, ctx.planYear, col, (r, cols) => isFigureLabelRow(sheet, r, cols)) }))), sheet, row)), ctx.planYear)),
      ),
      why,
      sheet,
      row,
    ),
    (c) => sheet.format(row, c),
    why,
    sheet,
    row,
  );
  const latestRoles = spec.latestYear ? latestYearRoles(columns.map((c) => c.header?.text), ctx.planYear) : undefined;
  const asOf = isStockFigure(Object.values(spec.names)) ? asOfRoles(columns.map((c) => c.header), ctx.planYear) : undefined;
  const latest = latestRoles || asOf ? columns.map((_, i) => latestRoles?.[i] ?? asOf?.[i]) : undefined;
  // Customer structure is as of the latest year reported: a sheet or section "Ist 2024" of a 2025 workbook holds
  // the current customer figures (its year decides as a lone year column would), not the previous year's.
  const scopeRole = spec.latestYear && scope.text !== undefined ? (latestYearRoles([scope.text], ctx.planYear)[0] ?? scope.role) : (titleRole ?? scope.role);
  const targetWordYields = targetWordYieldsToHeaders(spec.names, ownWords, columns.map((c) => c.header?.role));
  columns.forEach(({ cell, header: found }, i) => {
    // A header above a blank row yields to the label's own year ("Eintrittsplanung 2024" below the table).
    // So does the header of a table that ended (its bare total row, then a blank row) for a lone value below it
    // ("Eintritte lt. Textteil | 458" under "Instrument | Ist 2023 | Plan 2024 … Gesamt").
    // So does the head of a table another finder took whole and that ended above the blank row (./endedTable.ts).
    const tableEnded = found?.acrossBlank === true && columns.length === 1 && (found.pastTotal === true || underEndedTable(sheet, ctx.claims, row, cell.col, found.row));
    const header = headerYieldsToLabel(found, labelRole, columns.map((c) => c.header)) || tableEnded ? undefined : found;
    const role: RoleOrNone | undefined = changeRow ? changeRowRole(header?.role) : (latest?.[i] ?? (currentStateIsNoTarget(spec, header?.text) ? "none" : header?.role) ?? earlierYearHeadRole(header, ctx.planYear, labelRole ?? scopeRole));
    let name = role === "none" ? undefined : spec.names[role ?? spec.plain.role];
    let sure = role !== undefined || spec.plain.sure;
    // The label's own year or word points elsewhere ("Vorbindungen aus 2023"): maybe part of the wording, so only low.
    let labelPointsElsewhere = false;
    // Not a change: "Veränderung LZB" names the change of a figure, never a figure that has none (the LZB share).
    // Unless the section title says the same ("Verwaltungshaushalt 2025" under "nachrichtlich: Ist 2025" in 2026):
    // label and section agree on the other year, so the value is that year's and no rival (./sectionAgrees.ts).
    if (!name && !header?.role && labelRole && labelRole !== "none" && labelRole !== "change" && latest?.[i] === undefined && !sectionAgrees(labelRole, scope) && !roleCell?.definite) {
      name = spec.names[spec.plain.role];
      sure = false;
      labelPointsElsewhere = true;
    }
    // A change beside another year's target ("Ziel 2025 | Veränderung ggü. VJ" in 2026) is that programme's change.
    const otherPlan = name && role === "change" && header?.role === "change" ? otherYearsPlan(columns.map((c) => c.header), ctx.planYear) : undefined;
    if (otherPlan) {
      why.push(`${sheet.ref({ row, col: cell.col }).replace(/\$/g, "")} steht neben „${otherPlan}“, einem anderen Planjahr; die Veränderung dort gehört zu jenem Programm`);
      return;
    }
    if (!name) {
      // Why this value is not the figure: say it, so "no value beside it" does not hide a value of another year.
      const ref = sheet.ref({ row, col: cell.col }).replace(/\$/g, "");
      const shown = typeof cell.value === "number" ? formatNumberDe(cell.value, Number.isInteger(cell.value) ? 0 : 2) : `„${String(cell.value)}“`;
      const asText = typeof cell.value === "string" ? " (als Text, keine Zahl)" : "";
      const wanted = Object.keys(spec.names).map((r) => ROLE_NOUN[r as Role]).join(" oder ");
      const source = header?.role ? `nach dem Spaltenkopf „${header.text}“` : role === scopeRole && scope.text ? `nach „${scope.text}“` : "nach der Beschriftung";
      why.push(`${ref} = ${shown}${asText} gehört ${source} ${ROLE_TO[role ?? spec.plain.role]}, gesucht: ${wanted}`);
      return;
    }
    // The contract's changes are relative: a label naming a difference ("Veränderung IQ in %-Pkt.") is none of them.
    if (role === "change" && ABSOLUTE_CHANGE.test(fold(label))) {
      why.push(`${sheet.ref({ row, col: cell.col }).replace(/\$/g, "")}: die Beschriftung nennt eine absolute Differenz, gesucht ist die relative Veränderung`);
      return;
    }
    // The label's own year or word contradicts the column ("Eingliederungsbudget 2023" under "Plan 2024",
    // "Integrationen (Prognose 2024)" under "Ist 2023"): the user must look.
    // A change column beside a target label ("Zielwert" | "Veränderung ggü. VJ") is no contradiction.
    if (header?.role && header.role !== "change" && labelRole !== undefined && labelRole !== "change" && labelRole !== header.role && latest?.[i] === undefined && !targetWordYields) {
      sure = false;
      labelPointsElsewhere = true;
    }
    byName.set(name, [...(byName.get(name) ?? []), { cell, sure, header: header?.text, labelPointsElsewhere, latest: latest?.[i] }]);
  });
  // A figure of the latest year only (KUN_ELB, with no _VJ): of "2024 | 2023" the latest year's column is it.
  for (const [name, found] of byName) {
    const current = found.filter((f) => f.latest === "current");
    if (found.length > 1 && current.length === 1 && found.every((f) => f.latest !== undefined)) byName.set(name, current);
  }
  const out: Candidate[] = [];
  for (const [name, all] of byName) {
    // A customer stock without a _VJ name (KUN_ELB) under "2024 | 2023": the latest year's column is it, the
    // earlier one only its previous value — not two numbers of which the first was taken.
    const latestOnly = all.filter((x) => x.latest === "current");
    const found = agreedOnly(finalColumnsOnly(latestOnly.length === 1 && all.every((x) => x.latest !== undefined) ? latestOnly : all));
    const { cell, sure, header, labelPointsElsewhere } = found[0];
    const lows: Low[] = [...contextLows];
    const undecided = undecidedPlanLow(spec, name, agreedOnly(finalColumnsOnly((spec.names.current && byName.get(spec.names.current)) || [])).length);
    if (undecided) lows.push(undecided);
    if (found.length > 1) {
      lows.push({ id: "spalte", text: `In der Zeile stehen ${found.length} Zahlen, und kein Spaltenkopf sagt, welche gemeint ist; genommen wurde die erste.` });
    }
    if (labelPointsElsewhere) {
      const what = labelRole === "previous" ? "das Vorjahr" : labelRole === "change" ? "eine Veränderung" : labelRole === "none" ? "weder Planjahr noch Vorjahr" : "das Planjahr";
      lows.push({ id: "jahr", text: `Die Beschriftung nennt ${what}${ctx.planYear ? ` (Planjahr ${ctx.planYear})` : ""}; ob der Wert trotzdem gemeint ist, bitte prüfen.` });
    } else if (!sure) {
      lows.push({ id: "jahr", text: "Weder ein Spaltenkopf noch die Beschriftung sagt, ob der Wert zum Planjahr oder zum Vorjahr gehört." });
    }
    const percentHint = percentInLabel || /%|prozent/.test(fold(header ?? ""));
    const j = judgeValue(name, cell.value, sheet.format(row, cell.col), percentHint, `${sheet.label(row, col)?.full ?? ""} ${fold(header ?? "")} ${blockUnitAbove(sheet, row, col)}`);
    // A number that is a share in no unit (160 beside "M&I", whose "M" reads as Männer) is no candidate at all.
    if (!j.ok && typeof cell.value === "number" && contractName(name)?.kind === "share" && percentReading("share", cell.value, sheet.format(row, cell.col)) === "invalid") {
      why.push(`${sheet.ref({ row, col: cell.col }).replace(/\$/g, "")} = ${formatNumberDe(cell.value, Number.isInteger(cell.value) ? 0 : 2)} ist in keiner Einheit ein Anteil`);
      continue;
    }
    const kind = contractName(name)?.kind;
    const counted = countedAt(kind, sectionTitleAt(sheet, row, isLabelHere, col)?.text, label, cell.value, sheet, row, col, cell.col) ?? partOfCount(sheet, row, col, cell.col, kind, cell.value) ?? unitContradiction(sheet, row, cell.col, kind);
    if (counted) {
      why.push(`${sheet.ref({ row, col: cell.col }).replace(/\$/g, "")}: ${counted.text}`);
      continue;
    }
    if (!j.ok) lows.push({ id: j.id, text: j.text });
    out.push({
      ...base,
      name,
      ref: sheet.ref({ row, col: cell.col }),
      value: cell.value,
      lows,
      ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
    });
  }
  return out;
}

/** A word with its feminine "-innen" form folded to the plain form ("Mitarbeiterinnen" → "mitarbeiter"). */
const plainForm = (text: string) => fold(text).replace(/\b([a-z]+)innen\b/g, "$1");

/**
 * "Mitarbeiter" right beside "Mitarbeiterinnen" (a gender block: "… Geschlecht (in %)", or two column heads) is
 * the men's part, not all staff: the plain form next to its feminine form names the other part.
 */
function beside(sheet: SheetGrid, row: number, col: number): boolean {
  const own = sheet.ownText(row, col);
  if (own === undefined || /innen\b/i.test(own)) return false;
  // Rows above and below, or column heads left and right ("Mitarbeiterinnen | Mitarbeiter").
  const near: Array<[number, number]> = [[row - 1, col], [row + 1, col], [row, col - 1], [row, col + 1]];
  return near.some(([r, c]) => {
    const t = r >= sheet.r0 && r <= sheet.lastRow && c >= 0 ? sheet.ownText(r, c) : undefined;
    return t !== undefined && /innen\b/i.test(t) && plainForm(t) === plainForm(own);
  });
}

/**
 * A member label that is also an instrument's abbreviation ("davon VB": Vorbindungen under the budget, but the
 * Vermittlungsbudget among "davon FbW", "davon EGZ") is no member where its neighbours are instruments.
 */
function instrumentList(sheet: SheetGrid, row: number, col: number): boolean {
  const own = fold(sheet.ownText(row, col) ?? "");
  if (!INSTRUMENT_WORDS.test(own)) return false;
  for (const step of [-1, 1]) {
    for (let r = row + step; r >= sheet.r0 && r <= sheet.lastRow && Math.abs(r - row) <= 12 && !sheet.rowBlank(r); r += step) {
      const t = sheet.ownText(r, col);
      // A figure's own label ("EGT inkl. BEZ") is no instrument row, though it names one.
      if (t !== undefined && INSTRUMENT_WORDS.test(fold(t)) && matchAt(sheet, r, col).standalone.length === 0) return true;
    }
  }
  return false;
}

/**
 * A budget label under a section title naming the allocation ("Zuteilung lt. EinglMV (vorläufig)" over
 * "Eingliederungstitel | Verwaltungskostentitel") reads as the label with the title's words: the allocation of
 * that title, as an allocation word in the label itself would make it. Undefined when the title names no
 * allocation or the label with it names no allocation figure.
 */
function allocationMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const title = sectionTitleAt(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c), col);
  if (!title || !allocationTitleCovers(sheet, title, row)) return undefined;
  const own = matchAt(sheet, row, col).standalone;
  if (own.length === 0 || own.some(isAllocation) || !own.every((s) => Object.values(s.names).some((n) => n?.startsWith("BUD_")))) return undefined;
  if (namesNoAllocation(sheet.ownText(row, col) ?? "", own)) return undefined;
  const m = matchLabel(`${sheet.ownText(row, col)} ${title.text}`);
  return m.standalone.length > 0 && m.standalone.every(isAllocation) ? m : undefined;
}

/** A status of figures as a value: "vorläufig", "voraussichtlich", "endgültig", also with a remark ("vorläufig (Hochrechnung …)"). */
const STATUS_VALUE = /^(vorlaeufig|voraussichtlich|endgueltig|final|geschaetzt|vorl)\.?$/;
const isStatusValue = (text: string) => STATUS_VALUE.test(fold(text.split(/\s*[(;,–]/)[0]));

/**
 * "Vorjahreswerte: | voraussichtlich": a label naming the previous year's figures with a status word as its value
 * names their status, as "Status der Vorjahreswerte" would. Undefined when the label names a figure itself or
 * the value beside it is no status word.
 */
function statusMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  if (matchAt(sheet, row, col).standalone.length > 0) return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  const value = next === undefined ? undefined : sheet.ownText(row, next);
  if (value === undefined || !isStatusValue(value)) return undefined;
  const m = matchLabel(`Status ${sheet.ownText(row, col)}`);
  return m.standalone.length > 0 && m.standalone.every((s) => s.names.previous === "ZIE_VJ_Status") ? m : undefined;
}

/** A lone "VH" in a budget area beside money is the Verwaltungshaushalt (./loneVh.ts). */
const vhMatch = (sheet: SheetGrid, row: number, col: number) => loneVhMatch(sheet, row, col, () => sectionTitleAt(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c), col)?.text);

/** The label read with its surroundings: an allocation title, a status value, a budget area, a date beside it, the row above. */
const readingAt = (sheet: SheetGrid, row: number, col: number) =>
  allocationMatch(sheet, row, col) ?? statusMatch(sheet, row, col) ?? vhMatch(sheet, row, col) ?? shareUnderRowMatch(sheet, row, col);

/** The score of `spec` for the label at (row, col): of its own text, or of it read with its surroundings. */
function scoreAt(sheet: SheetGrid, row: number, col: number, spec: LabelSpec): Score | undefined {
  const score = matchAt(sheet, row, col).scores.get(spec.id) ?? readingAt(sheet, row, col)?.scores.get(spec.id);
  // "commitments (VB)" under the Eingliederungsbudget: the group's short form of the part is its own word (./groupAbbreviation.ts).
  const member = spec.under && matchAt(sheet, row, col).member.includes(spec) && spec.under.some((u) => groupHead(sheet, row, col).some((s) => s.id === u));
  return score && member && !instrumentList(sheet, row, col) ? withGroupAbbreviation(score, spec) : score;
}

/** The specs a label cell stands for, after row groups and context are taken into account. */
export function specsAt(sheet: SheetGrid, row: number, col: number): LabelSpec[] {
  const m = beside(sheet, row, col) ? matchLabel(`${sheet.ownText(row, col)} (Männer)`) : (readingAt(sheet, row, col) ?? matchAt(sheet, row, col));
  let specs = m.standalone;
  // "gesamt" under a caption row naming the figure ("Integrationsquote | IQ 2024 (Ist) | …"): the figure's total.
  if (specs.length === 0 && m.member.length === 0 && isBareTotalLabel(sheet.ownText(row, col))) specs = captionSpecs(sheet, row, col, (r) => matchAt(sheet, r, col));
  // "Gesamt (inkl. BEZ)" under "Eingliederungsbudget | €": the head row names the total (./unitCaption.ts).
  if (specs.length === 0 && m.member.length === 0) specs = unitCaptionSpecs(sheet, row, col);
  if (m.member.length > 0) {
    const head = groupHead(sheet, row, col).map((s) => s.id);
    const members = instrumentList(sheet, row, col) ? [] : m.member.filter((s) => s.under?.some((u) => head.includes(u)));
    if (members.length > 0) specs = members;
    // A part row ("darunter Männer") without its head row is no figure of its own outside its area.
    else if (LEVEL2.test(fold(sheet.ownText(row, col) ?? "")) && specs.every((s) => s.context && s.context !== sheet.areaAt(row, col))) specs = [];
  }
  // Context twins (the ELB of the targets sheet vs the customer stock): the cell's area picks one.
  const area = sheet.areaAt(row, col);
  if (specs.some((s) => s.context && s.context === area)) specs = specs.filter((s) => !s.context || s.context === area);
  // Several readings of one label ("Anteil Landratsamt": staff share or KFA): the sheet's or section's area decides.
  if (specs.length > 1 && area) {
    const inArea = specs.filter((s) => Object.values(s.names).some((n) => n && areaOf(n)?.id === area));
    if (inArea.length > 0) specs = inArea;
  }
  if (specs.length > 1) specs = bySiblings(sheet, row, col, specs);
  else specs = allocationAsPart(sheet.ownText(row, col) ?? "", specs, () => blockSpecs(sheet, row, col, (r) => matchAt(sheet, r, col))) ?? specs;
  return specs;
}

/**
 * Several readings of one label ("Bundesmittel Verwaltung lt. EinglMV": the federal share of the
 * Verwaltungshaushalt or the allocation of its title): the table it stands in decides. When the rows of its
 * block (same label column, up to a blank row) name figures of exactly one reading's contract family
 * unambiguously (Gesamt, Umschichtung, KFA of the Verwaltungshaushalt), the label is that family's figure.
 */
function bySiblings(sheet: SheetGrid, row: number, col: number, specs: LabelSpec[]): LabelSpec[] {
  return byFamilies(specs, blockSpecs(sheet, row, col, (r) => matchAt(sheet, r, col)));
}

/**
 * Figures a row's label names only together with a value column's header: "Personal gesamt" under "Köpfe |
 * VZÄ" is PER_Beschaeftigte in the one column and PER_VZAE_Gesamt in the other. Only headers that carry
 * figure words (VZÄ, Köpfe, Anteil) count; which column each figure takes, ./context.ts whichNumbers decides.
 */
function headerSpecs(sheet: SheetGrid, row: number, col: number): Array<{ spec: LabelSpec; score: Score | undefined }> {
  const own = specsAt(sheet, row, col);
  if (own.length === 0) return [];
  const text = sheet.ownText(row, col)!;
  // Each with the score of the text it was matched on, so the label's own foreign or unknown words still count.
  const out: Array<{ spec: LabelSpec; score: Score | undefined }> = [];
  const has = (spec: LabelSpec) => own.includes(spec) || out.some((o) => o.spec === spec);
  // A "%" number format is evidence for a share where the label alone names a count ("LZB" at 60 % on the
  // customer sheet is the LZB share): the share reading is added, the count reading fails on the format.
  const counts = own.every((s) => ["count", "stock"].includes(contractName(Object.values(s.names)[0]!)?.kind ?? ""));
  for (let c = col + 1; c <= Math.min(sheet.lastCol, col + 8); c++) {
    if (sheet.number(row, c) === undefined) continue;
    const header = columnHeader(sheet, row, c, undefined, col, (r, cols) => isFigureLabelRow(sheet, r, cols));
    const kind = header ? readColumn(header.text).kind : undefined;
    if (counts && kind !== "change" && isPercentFormat(sheet.format(row, c))) {
      const withPercent = matchLabel(`${text} %`);
      const added = withPercent.standalone.filter((x) => !own.includes(x));
      const share = added.length === 1 ? added[0] : undefined;
      if (share && !has(share) && (!share.context || share.context === sheet.areaAt(row, col))) out.push({ spec: share, score: withPercent.scores.get(share.id) });
    }
    if (!header || (kind !== "vzae" && kind !== "heads" && kind !== "share" && !genderHead(header.text))) continue;
    // Across a blank row only a gender head over blocks of the same columns (./genderHeadBlocks.ts).
    if (header.acrossBlank && !(genderHead(header.text) && headsBlocksBelow(sheet, row, c, (t) => genderHead(t) !== undefined))) continue;
    // A label that names its own unit keeps it: "Köpfe" under a "VZÄ" head (the row below a VZÄ table) is a head
    // count, never a VZÄ figure, and "VZÄ" under "Köpfe" no head count.
    const ownKind = readColumn(text).kind;
    if ((ownKind === "heads" || ownKind === "vzae") && (kind === "heads" || kind === "vzae") && ownKind !== kind) continue;
    const m = matchLabel(`${text} ${header.text}`);
    if (m.standalone.length !== 1) continue;
    const spec = m.standalone[0];
    if (!has(spec) && (!spec.context || spec.context === sheet.areaAt(row, col))) out.push({ spec, score: m.scores.get(spec.id) });
  }
  return out;
}

/**
 * Context twins outside their areas ("eLb (JDW)" on a one-sheet summary: the targets' ELB or the customer stock):
 * a value under the planning year's own column settles it. Customer structure is as of the latest year reported,
 * never of the planning year, so a row carrying a planning-year value (a target) is the targets' figure; its
 * previous-year column is then ZIE_ELB_VJ, not KUN_ELB.
 */
function settleTwins(specs: LabelSpec[], sheet: SheetGrid, row: number, col: number, planYear: number | undefined): { specs: LabelSpec[]; settled: boolean } {
  if (planYear === undefined || !specs.some((s) => s.latestYear) || !specs.some((s) => !s.latestYear && s.context)) return { specs, settled: false };
  for (let c = col + 1; c <= sheet.lastCol; c++) {
    if (sheet.number(row, c) === undefined) continue;
    const header = columnHeader(sheet, row, c, planYear, col, (r, cols) => isFigureLabelRow(sheet, r, cols));
    if (!header || header.acrossBlank || header.role !== "current") continue;
    if (yearsIn(fold(header.text)).includes(planYear)) return { specs: specs.filter((s) => !s.latestYear), settled: true };
  }
  // So does a sheet or section of the planning year's plan ("Planung 2025", "Ziele 2025"): its figures are targets.
  const scope = scopeAt(sheet, row, planYear, (r, c) => isFigureLabelCell(sheet, r, c), col);
  if (scope.role === "current" && scope.text !== undefined && !scope.low && yearsIn(fold(scope.text)).includes(planYear)) {
    return { specs: specs.filter((s) => !s.latestYear), settled: true };
  }
  // So do the rows around it (same column, up to a blank row): among target rows (Integrationen, IQ) it is the
  // targets' ELB, among customer rows (Alleinerziehende, Anteil LZB) the customer stock; mixed rows settle nothing.
  // A part row is read under its group ("davon Männer" under the LZB row is the LZB's, not the staff's men).
  const kinds = new Set<"ziele" | "kunden" | "other">();
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < 12 && !sheet.rowBlank(r); r += step, n++) {
      const m = sheet.ownText(r, col) === undefined ? [] : specsAt(sheet, r, col);
      if (m.length !== 1) continue;
      const area = areaOf(Object.values(m[0].names).find((x) => x !== undefined) ?? "")?.id;
      kinds.add(area === "ziele" ? "ziele" : area === "kunden" ? "kunden" : "other");
    }
  }
  if (kinds.size === 1 && !kinds.has("other")) {
    const targets = kinds.has("ziele");
    return { specs: specs.filter((s) => (targets ? !s.latestYear : s.latestYear)), settled: true };
  }
  return { specs, settled: false };
}

/** All single-figure candidates of a sheet. */
export function findCells(sheet: SheetGrid, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r)) continue;
    out.push(...groupRowCandidates(sheet, r, ctx), ...labelColumnsOf(sheet, r).flatMap((c) => changeRowCandidates(sheet, r, c, ctx)));
    for (const c of sheet.filledColumns(r)) {
      if (ctx.claims.has(sheet.index, r, c)) continue;
      const text = sheet.ownText(r, c);
      if (text === undefined || isUnitCell(sheet, r, c) || isUnderUnitHead(sheet, r, c)) continue;
      const twins = settleTwins(specsAt(sheet, r, c), sheet, r, c, ctx.planYear);
      for (const { spec, score } of [...twins.specs.map((spec) => ({ spec, score: scoreAt(sheet, r, c, spec) })), ...headerSpecs(sheet, r, c)]) {
        const why: string[] = [];
        const found = candidatesOf(spec, sheet, r, c, ctx, text, why, twins.settled && twins.specs.includes(spec), score);
        if (found.length === 0) ctx.labelOnly?.(spec, sheet.ref({ row: r, col: c }), text, why);
        out.push(...found);
      }
    }
  }
  return out;
}

/** A change-only row under a figure's row (./changeRow.ts), per group side by side: the figure above, the change of this row. */
function changeRowCandidates(sheet: SheetGrid, row: number, col: number, ctx: FindContext): Candidate[] {
  const head = changeRowHead(sheet, row, (r, c) => specsAt(sheet, r, c).length > 0, col);
  if (!head) return [];
  const text = `${sheet.ownText(head.row, head.col)} ${sheet.ownText(row, col)}`;
  // With the parts the head row's columns name ("Männer | Frauen"): each column's change is that part's.
  return [...specsAt(sheet, head.row, head.col).map((spec) => ({ spec, score: scoreAt(sheet, head.row, head.col, spec) })), ...headerSpecs(sheet, head.row, head.col)]
    .filter(({ spec }) => spec.names.change !== undefined)
    .flatMap(({ spec, score }) => candidatesOf(spec, sheet, row, col, ctx, text, [], false, score, true));
}

/** A row below its group's label ("" | "Ziel 2024" | numbers, ./roleColumn.ts): the label above names its figure. */
function groupRowCandidates(sheet: SheetGrid, row: number, ctx: FindContext): Candidate[] {
  const head = groupLabelOf(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c));
  if (!head || ctx.claims.has(sheet.index, head.row, head.col)) return [];
  const text = sheet.ownText(head.row, head.col)!;
  const labelCell = sheet.ref(head);
  const twins = settleTwins(specsAt(sheet, head.row, head.col), sheet, head.row, head.col, ctx.planYear);
  return twins.specs.flatMap((spec) =>
    candidatesOf(spec, sheet, row, head.col, ctx, text, [], twins.settled, scoreAt(sheet, head.row, head.col, spec)).map((c) => ({ ...c, labelCell })),
  );
}
