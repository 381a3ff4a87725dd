// The candidates of one label cell for one figure: the value beside it (a date also above or below), the role
// its column header, role column, section or own words give it, the doubts ("lows") each value carries and, when
// no value fits, why (for the "label only" report). The core of the single-figure finder ./findCells.ts.
import { agreedOnly } from "./agreedColumn";
import { finalColumnsOnly, finalDateColumn } from "./versionColumns";
import { contractName } from "../contract";
import { formatNumberDe } from "../format";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { judgedCandidate } from "./judgedCandidate";
import type { SheetGrid } from "./grid";
import type { LabelSpec, Role } from "./labels";
import { PARTS_SUMMED } from "./matchLabel";
import { fold } from "./normalize";
import { isMemoOfLastYear } from "./memoLastYear";
import { columnHeader, roleOf, type RoleOrNone } from "./roles";
import { withLegend } from "./columnLegend";
import { countedAt } from "./unitSection";
import { rightUnderClaimedTotal, underEndedTable } from "./endedTable";
import { headsNumberColumns } from "./headingRow";
import { latestLabelRole } from "./latestLabelYear";
import { ABSOLUTE_CHANGE, asOfRoles, byNumberFormat, isStockFigure, latestYearRoles, scopeAt, sectionTitleAt, whichNumbers } from "./context";
import { readColumn } from "../columnRoles";
import { percentReading } from "../percentUnits";
import { judgeValue, looksNumeric } from "./values";
import { withoutShareColumns } from "./shareBesideAmount";
import { shareHeadColumnsOnly } from "./shareHeadColumn";
// A bare "Status" under the previous year's as-of row reads as their status, also for its year (./bareStatus.ts).
import { bareStatusReading } from "./bareStatus";
import { isPointerText } from "./missingValue";
import { withoutRemarkColumns } from "./remarkColumns";
import { valueColumnBeside } from "./farDate";
import { headerYieldsToLabel } from "./labelYearColumn";
import { periodsAsYears } from "./customerPeriod";
import { withoutPartOfYearColumns } from "./quarterColumns";
import { withoutMonitoringColumns } from "./monitoringColumns";
import { withoutDecreeDate } from "./decreeDate";
import { withoutPlanningDate } from "./planningDate";
import { withoutBenchmarkColumns } from "./benchmarkColumns";
import { currentStateIsNoTarget } from "./currentStockColumn";
import { roleCellRole } from "./latestRoleCell";
import { roleCellOf } from "./roleColumn";
import { fieldWordAfter, isFieldWord } from "./qualifierCell";
import { periodVersionCell } from "./periodVersion";
import { changeRowRole } from "./changeRow";
import { withoutAddendSign } from "./addendSign";
import { latestTitleRole } from "./latestTitle";
import { stackedUnderLaterTitle } from "./stackedYearTitles";
import { withLentHeads } from "./lentHeadYear";
import { namesOtherInstitution } from "./otherScope";
import { sectionAgrees } from "./sectionAgrees";
import { otherYearsPlan } from "./otherYearsPlan";
import { valuesRight, type ValueCell } from "./valuesRight";
import { valueLeft } from "./valueLeft";
import { withoutLabelAsOf } from "./labelAsOf";
import { unitContradiction } from "./unitAfterValue";
import { otherBase } from "./partBase";
import { targetWordYieldsToHeaders, withoutAveraging } from "./labelRoleWords";
import { undecidedPlanLow } from "./undecidedPlan";
import { withoutControlColumns } from "./controlColumn";
import { withoutOtherPartyColumns } from "./otherPartyColumn";
import { partOfCount } from "./countParts";
import { expectedStockRole } from "./expectedStock";
import { earlierYearHeadRole } from "./earlierYearHead";
import { dateColumnByYearHead } from "./dateUnderYearHeads";
import { withoutCommitmentOrigin } from "./commitmentOrigin";
import { matchAt, isFigureLabelCell, isFigureLabelRow } from "./labelCells";
import { scoreAt } from "./labelSpecs";
import { byGenderHead } from "./genderHead";
import { withoutOtherGroupColumns } from "./targetGroupHead";
import { withTargetColumnsAsNone } from "./latestBesideTarget";
import { lowFor, wordingLows, asideLows } from "./labelLows";
import { namesFirstListing, withoutMemoWords } from "./firstListingMemo";
import { otherYearOnly, stockAsOf } from "./labelOwnYear";
import { vjStandYearLow } from "./vjStandYear";
import { withTitleYear } from "./titleYearColumns";
import { wholeJobcenterOnly } from "./wholeJobcenterColumn";
import { withoutThousandsCopies } from "./thousandsCopy";

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

/** The head of a location's or the total's column ("GS Nord", "Standort Ost", "Jobcenter gesamt", "Insgesamt"). */
const isSplitHead = (text: string) => ["location", "total"].includes(readColumn(fold(text)).kind ?? "");

/** A value's cell as the "why" notes name it ("C12", no $ signs). */
/** A money row's columns without a thousands column repeating the euro column beside it (./thousandsCopy.ts). */
const moneyColumns = <C extends Parameters<typeof withoutThousandsCopies>[0][number]>(kind: string | undefined, columns: C[], sheet: SheetGrid, row: number, why: string[]): C[] =>
  kind === "money" || kind === "moneySigned" ? withoutThousandsCopies(columns, sheet, row, why) : columns;
const whyRef = (sheet: SheetGrid, row: number, col: number) => sheet.ref({ row, col }).replace(/\$/g, "");
/** A number as the "why" notes show it: whole, or with two decimals. */
const shownNumber = (v: number) => formatNumberDe(v, Number.isInteger(v) ? 0 : 2);

/** Whether the column runs blank somewhere between its head row and the value's row (another block's head). */
function columnBlankBetween(sheet: SheetGrid, headRow: number | undefined, row: number, col: number): boolean {
  if (headRow === undefined) return false;
  for (let r = headRow + 1; r < row; r++) if (sheet.value(r, col) === null) return true;
  return false;
}

/** Candidates of one label cell for one spec. */
export function candidatesOf(spec: LabelSpec, sheet: SheetGrid, row: number, col: number, ctx: FindContext, label: string, why: string[] = [], areaSettled = false, score = scoreAt(sheet, row, col, spec), changeRow = false): Candidate[] {
  const labelCell = sheet.ref({ row, col });
  const partOf = otherBase(spec, sheet, row, col);
  if (partOf !== undefined) return (why.push(`„${label}“ ist ein Teil von „${partOf}“, einer anderen Grundgesamtheit`), []);
  const specNames = Object.values(spec.names).filter((n) => n !== undefined);
  // "nachrichtlich: Planeintritte laut erster Aufstellung (Entwurf)": the memo is the figure itself (./firstListingMemo.ts).
  const firstListing = namesFirstListing(specNames, label);
  const contextLows: Low[] = [...(areaSettled ? [] : lowFor(spec, sheet, row, col, ctx.claims, label)), ...wordingLows(withoutMemoWords(specNames, label, score)), ...(firstListing || isMemoOfLastYear(label, specNames, ctx.planYear) ? [] : asideLows(label))];
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
      // "Prognosewerte 2025 Stand" in a 2025 programme dates no previous year's values (./vjStandYear.ts).
      const yearLow = vjStandYearLow(firstName, label, ctx.planYear);
      const lows = [...contextLows, ...(j.ok ? [] : [{ id: j.id, text: j.text }]), ...(byYear.low && c === beside && r === row ? [byYear.low] : []), ...(yearLow ? [yearLow] : [])];
      return [{ ...base, name: firstName, ref: sheet.ref({ row: r, col: c }), value: v, lows }];
    }
    return [];
  }

  // A role column between label and numbers ("Integrationsquote | Ist 2023 | …"): its cell is the row's year.
  const roleCell = kind === "text" ? undefined : (roleCellOf(sheet, row, col, (r, c) => isFigureLabelCell(sheet, r, c)) ?? periodVersionCell(sheet, row, col, ctx.planYear));
  const left = kind === "text" ? undefined : valueLeft(sheet, row, col, (r, c) => isFigureLabelCell(sheet, r, c));
  // "Jobcenter | Name | Jobcenter X": a field word beside a text figure's label names what the value is (./qualifierCell.ts).
  const from = kind === "text" ? (fieldWordAfter(sheet, row, col) ?? col) : (roleCell?.col ?? col);
  const cells = [...(left ? [left] : []), ...valuesRight(sheet, row, from, kind === "text").filter((c) => !(kind === "text" && typeof c.value === "string" && (headsNumberColumns(sheet, row, col, c.col) || isFieldWord(c.value))))];
  // "Jobcenter gesamt | GS Nord | GS Süd" is a row of column heads: a total's or location's head is no name nor its label.
  // ("Dienststelle: | Jobcenter X" labels a name: only a total's head as label, a location's only as value.)
  if (kind === "text" && (readColumn(fold(label)).kind === "total" || cells.some((c) => isSplitHead(String(c.value)) || namesOtherInstitution(String(c.value))))) return [];
  // "aus 2023"/"aus dem Vorjahr" says where a figure comes from (Vorbindungen aus 2023), not its year; so does the
  // plural "Vorjahre(n)" (Verpflichtungen der Vorjahre: earlier years, never the previous year's value).
  const ownWords = withoutCommitmentOrigin(spec, withoutAveraging(fold(withoutPlanningDate(withoutLabelAsOf(withoutDecreeDate(withoutAddendSign(bareStatusReading(sheet, row, col) ?? label))), ctx.planYear).replace(PARTS_SUMMED, " "))).replace(/\baus( dem| den)? (vorjahr\w*|vj|(19|20)\d\d)\b|\bvorjahren?\b/g, " "));
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
      // Of "gesamt | Frauen | Männer | U25 | AE" the other groups' columns are no rivals (./targetGroupHead.ts).
      withoutOtherGroupColumns(specNames, byGenderHead(
        spec,
        periodsAsYears(spec.latestYear, withoutMonitoringColumns(withoutPartOfYearColumns(moneyColumns(kind, withoutBenchmarkColumns(withoutOtherPartyColumns(withoutControlColumns(withoutRemarkColumns(cells.map((cell) => ({ cell, header: kind === "text" ? undefined : withLegend(sheet, row, cell.col, ctx.planYear, columnHeader(sheet, row, cell.col, ctx.planYear, col, (r, cols) => isFigureLabelRow(sheet, r, cols))) }))))), sheet, row), sheet, row, why)), ctx.planYear)),
        (c) => columnBlankBetween(sheet, c.header?.row, row, c.cell.col),
      )),
      why,
      sheet,
      row,
    ),
    (c) => sheet.format(row, c),
    why,
    sheet,
    row,
  );
  // A yearless column beside an earlier year's under a title naming one year is that year's (./titleYearColumns.ts).
  const latestRoles = spec.latestYear ? latestYearRoles(withLentHeads(withTitleYear(columns.map((c) => c.header), sheet), columns.map((c) => c.header)), ctx.planYear) : undefined;
  const asOf = isStockFigure(Object.values(spec.names)) ? asOfRoles(columns.map((c) => c.header), ctx.planYear) : undefined;
  // Of "2026 | 2027 (vorl.) | Ziel 2028" the target's column is no customer figure's (./latestBesideTarget.ts).
  const latest = latestRoles || asOf ? (spec.latestYear ? withTargetColumnsAsNone : (x: Array<RoleOrNone | undefined>) => x)(columns.map((_, i) => latestRoles?.[i] ?? asOf?.[i]), columns.map((c) => c.header)) : undefined;
  // Customer structure is as of the latest year reported: a sheet or section "Ist 2024" of a 2025 workbook holds
  // the current customer figures (its year decides as a lone year column would), not the previous year's.
  const scopeYearRole = spec.latestYear && scope.text !== undefined ? (latestYearRoles([scope.text], ctx.planYear)[0] ?? scope.role) : undefined;
  // "Kundenstruktur 2023" under "Kundenstruktur 2024" stacked on the sheet: no figure of the latest year only (./stackedYearTitles.ts).
  const stackedEarlier = scopeYearRole === "previous" && spec.names.previous === spec.names.current && stackedUnderLaterTitle(sheet, sectionTitleAt(sheet, row, isLabelHere, col)?.row, ctx.planYear);
  const scopeRole = spec.latestYear && scope.text !== undefined ? (stackedEarlier ? "none" : scopeYearRole) : (titleRole ?? scope.role);
  const targetWordYields = targetWordYieldsToHeaders(spec.names, ownWords, columns.map((c) => c.header?.role));
  columns.forEach(({ cell, header: found }, i) => {
    // A header above a blank row yields to the label's own year ("Eintrittsplanung 2024" below the table).
    // So does the header of a table that ended (its bare total row, then a blank row) for a lone value below it
    // ("Eintritte lt. Textteil | 458" under "Instrument | Ist 2023 | Plan 2024 … Gesamt").
    // So does the head of a table another finder took whole and that ended above the blank row (./endedTable.ts).
    // So does the head of such a table right over its bare total row, the lone line just under it (./endedTable.ts).
    const tableEnded = columns.length === 1 && ((found?.acrossBlank === true && (found.pastTotal === true || underEndedTable(sheet, ctx.claims, row, cell.col, found.row))) || rightUnderClaimedTotal(ctx.claims, sheet.index, row, cell.col, found?.pastTotal));
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
      why.push(`${whyRef(sheet, row, cell.col)} steht neben „${otherPlan}“, einem anderen Planjahr; die Veränderung dort gehört zu jenem Programm`);
      return;
    }
    if (!name) {
      // Why this value is not the figure: say it, so "no value beside it" does not hide a value of another year.
      const ref = whyRef(sheet, row, cell.col);
      const shown = typeof cell.value === "number" ? shownNumber(cell.value) : `„${String(cell.value)}“`;
      const asText = typeof cell.value === "string" ? " (als Text, keine Zahl)" : "";
      const wanted = Object.keys(spec.names).map((r) => ROLE_NOUN[r as Role]).join(" oder ");
      const source = header?.role ? `nach dem Spaltenkopf „${header.text}“` : role === scopeRole && scope.text ? `nach „${scope.text}“` : "nach der Beschriftung";
      why.push(`${ref} = ${shown}${asText} gehört ${source} ${ROLE_TO[role ?? spec.plain.role]}, gesucht: ${wanted}`);
      return;
    }
    // The contract's changes are relative: a label naming a difference ("Veränderung IQ in %-Pkt.") is none of them.
    if (role === "change" && ABSOLUTE_CHANGE.test(fold(label))) {
      why.push(`${whyRef(sheet, row, cell.col)}: die Beschriftung nennt eine absolute Differenz, gesucht ist die relative Veränderung`);
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
    const found = shareHeadColumnsOnly(name, withoutShareColumns(name, wholeJobcenterOnly(agreedOnly(finalColumnsOnly(latestOnly.length === 1 && all.every((x) => x.latest !== undefined) ? latestOnly : all)))));
    const { cell, sure, header, labelPointsElsewhere } = found[0];
    const lows: Low[] = [...contextLows];
    const undecided = undecidedPlanLow(spec, name, wholeJobcenterOnly(agreedOnly(finalColumnsOnly((spec.names.current && byName.get(spec.names.current)) || []))).length);
    if (undecided) lows.push(undecided);
    if (found.length > 1) {
      lows.push({ id: "spalte", text: `In der Zeile stehen ${found.length} Zahlen, und kein Spaltenkopf sagt, welche gemeint ist; genommen wurde die erste.` });
    }
    if (labelPointsElsewhere) {
      const what = labelRole === "previous" ? "das Vorjahr" : labelRole === "change" ? "eine Veränderung" : labelRole === "none" ? "weder Planjahr noch Vorjahr" : "das Planjahr";
      lows.push({ id: "jahr", text: `Die Beschriftung nennt ${what}${ctx.planYear ? ` (Planjahr ${ctx.planYear})` : ""}; ob der Wert trotzdem gemeint ist, bitte prüfen.`, ...(labelRole === "current" ? { labelNamesPlanYear: true } : {}) });
    } else if (!sure) {
      lows.push({ id: "jahr", text: "Weder ein Spaltenkopf noch die Beschriftung sagt, ob der Wert zum Planjahr oder zum Vorjahr gehört." });
    }
    // "s.o." in the previous year's column: the value stands elsewhere (./missingValue.ts), this cell is none.
    if (typeof cell.value === "string" && isPointerText(cell.value)) {
      why.push(`${whyRef(sheet, row, cell.col)} = „${cell.value}“ verweist auf einen Wert an anderer Stelle`);
      continue;
    }
    const percentHint = percentInLabel || /%|prozent/.test(fold(header ?? ""));
    const j = judgeValue(name, cell.value, sheet.format(row, cell.col), percentHint, `${sheet.label(row, col)?.full ?? ""} ${fold(header ?? "")}`);
    // A number that is a share in no unit (160 beside "M&I", whose "M" reads as Männer) is no candidate at all.
    if (!j.ok && typeof cell.value === "number" && contractName(name)?.kind === "share" && percentReading("share", cell.value, sheet.format(row, cell.col)) === "invalid") {
      why.push(`${whyRef(sheet, row, cell.col)} = ${shownNumber(cell.value)} ist in keiner Einheit ein Anteil`);
      continue;
    }
    const kind = contractName(name)?.kind;
    const counted = countedAt(kind, sectionTitleAt(sheet, row, isLabelHere, col)?.text, label, cell.value, sheet, row, col, cell.col) ?? partOfCount(sheet, row, col, cell.col, kind, cell.value, header) ?? unitContradiction(sheet, row, cell.col, kind);
    if (counted) {
      why.push(`${whyRef(sheet, row, cell.col)}: ${counted.text}`);
      continue;
    }
    out.push(judgedCandidate(sheet, name, { row, col: cell.col }, { row, col }, label, cell.value, lows, j, { row, col }));
  }
  return out;
}
