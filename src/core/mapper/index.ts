// The mapper: proposes, for each contract name not yet defined, the cells of an existing planning
// workbook that hold its figure (issue 10). Pure and deterministic: the same snapshot gives the same
// proposals. "high" only when there is one candidate, its value has the contract's type and its context
// leaves no doubt; anything else is "low" with the reason, or no proposal with the reason.
import { opensWithListNumber } from "./outlineGroup";
import { findOutdatedTerms } from "../outdatedTerms";
import { isBareJobcenterLabel, isJobcenterLeadIn, namesTheWhole } from "./jobcenterTitle";
import { settleTitleNames } from "./titleBlockName";
import { headsNumberColumns } from "./headingRow";
import { isInlineTraegerName } from "./inlineTraeger";
import { parseCell, splitAddress } from "../address";
import { CONTRACT } from "../contract";
import { areaOf } from "../areas";
import { Claims, orderOf, type Candidate, type Low } from "./candidate";
import { withoutCopies } from "./copies";
import { chartDataLow } from "./chartData";
import { preferInputSheet, withoutCopyTitledRivals } from "./copyWording";
import { settleTypedTwice } from "./typedTwice";
import { resolveCopies } from "./copySource";
import { bodyShares } from "./bodyShare";
import { findGenderLabelColumn } from "./genderLabelColumn";
import { findSplitLabels } from "./splitLabels";
import { findOutlineTables } from "./outlineTable";
import { findGenderColumnsSectionTitle } from "./genderColumnsSectionTitle";
import { withoutCheckRows } from "./checkRows";
import { withStatisticsBlocks } from "./statisticsBlock";
import { helperSheetLow } from "./helperSheets";
import { exampleLow } from "./exampleValues";
import { holdsPlainEuros, statedUnitLow } from "./statedUnit";
import { withoutMonthSheets } from "./monthSheets";
import { withoutReportSheets } from "./reportSheets";
import { withoutBudgetMonitoringSheets } from "./budgetMonitoringSheets";
import { withoutMonitoringDates } from "./monitoringDates";
import { withoutAsOfHeadDates } from "./asOfHeadDates";
import { withoutSupersededLabels } from "./versionWording";
import { withoutDecisionDates } from "./decisionDate";
import { lastChangeLow, withoutLastChange } from "./lastChangeDate";
import { withFinalSheet } from "./finalSheet";
import { withoutArchiveRivals } from "./archiveMarks";
import { withoutCorrectionSheets } from "./correctionSheets";
import { withoutPartSheets } from "./partSheets";
import { withoutLocationHeadRows } from "./locationHeadRow";
import { foreignSheetLows } from "./reportCopies";
import { agreeOnOneValue } from "./agreeingValues";
import { withoutOverviewCopies } from "./overviewSheets";
import { withoutRoundedBesideFormula } from "./roundedBesideFormula";
import { findSentenceRows } from "./sentenceRow";
import { withoutExcludingLabels } from "./excludingLabels";
import { withoutPartYearLabels } from "./partYear";
import { withoutDeductions } from "./deductions";
import { budgetByFormula } from "./budgetByFormula";
import { budgetByParts } from "./budgetByParts";
import { FEDERAL_TWINS, shareFederalPart } from "./federalPartTwin";
import { findBudgetMatrix } from "./budgetMatrix";
import { findTitleColumnMatrix } from "./titleColumnMatrix";
import { ELB_TWINS, shareElbTwin } from "./elbTwin";
import { withoutPartsUnderTotal } from "./partsUnderTotal";
import { isPreviousYearAverage } from "./elbAverage";
import { customersAsOfMonth } from "./monthlyCustomers";
import { findCells } from "./findCells";
import { matchLabel } from "./matchLabel";
import { findColumnTotals } from "./findColumnTotal";
import { findShareRow } from "./findShareRow";
import { findMonthStrips } from "./findMonthStrip";
import { findFoe } from "./findFoe";
import { findLearned, type LearnedCandidate } from "./findLearned";
import { findGenderColumns, findHeadRow, findTransposed } from "./findTransposed";
import { findGroupCornerHeads } from "./groupCornerHeads";
import { findFigureHeadMatrix } from "./figureHeadMatrix";
import { findFigurePartHeads } from "./figurePartHeads";
import { findGenderGroupHeads } from "./genderGroupHeads";
import { findGroupColumnTables } from "./groupColumnTable";
import { findGroupSheetFigures, withoutOtherGroupSheets } from "./groupSheets";
import { findMasterDataRows } from "./masterDataRow";
import { findGenderRows } from "./genderRows";
import { iqByFormula, quotientOf, sameShare } from "./formulas";
import { findTwoColumn } from "./findTwoColumn";
import { findWeitere } from "./findWeitere";
import { findLongLists } from "./longList";
import { olderVersions } from "./versions";
import { withSupersededSheets } from "./supersededSheets";
import { newestProgramme, otherProgrammeLow, programmeBlocks } from "./programmeYears";
import { tickedOptionLow } from "./tickedOptions";
import { signOffDateLow } from "./signOffDates";
import { reportStandLow } from "./reportStand";
import { otherScopeLow } from "./otherScope";
import { perHeadRateLow } from "./perHeadRate";
import { pastStaffLow, withoutPastStaff } from "./pastStaffLabel";
import { preferAreaTableTotal } from "./areaTableTotal";
import { withoutFederalAfterMove } from "./federalAfterMove";
import { findStaffNounTotals } from "./staffNounTotal";
import { findSlashPairRows } from "./slashPairRow";
import { findLabelAboveTiles } from "./labelAboveTiles";
import { preferProgrammeStaff } from "./staffPlanColumn";
import { preferPlanYearLabels } from "./planYearLabel";
import { withoutPlanYearElsewhere } from "./planYearElsewhere";
import { findTwoFigureSentences } from "./twoFigureSentence";
import { withTocLows } from "./tableOfContents";
import { supplementLow } from "./supplementCodes";
import { buildGrids, type SheetGrid } from "./grid";
import { withoutRoundedRivals, withTypedText } from "./typedProposal";
import { withoutChangeLogs } from "./changeLog";
import { LABELS } from "./labels";
import { fold, yearsIn } from "./normalize";
import { inferPlanYear } from "./planYear";
import { confirmWeakPlanYear } from "./weakPlanYear";
import { liftLoneEntries } from "./loneEntries";
import { roleOf } from "./roles";
import type { ExistingName, MapperOptions, MappingResult, MissingName, Proposal } from "./types";

export * from "./types";
export {
  LABELS_SETTING_KEY,
  addLearned,
  forgetLearned,
  genericReason,
  headerAboveCell,
  isGenericLabel,
  labelOfCell,
  learnFromAssignment,
  learnFromProposal,
  learnedFile,
  learnedKey,
  mergeLearned,
  type LearnedLabelFile,
  type LearnOutcome,
} from "./learned";
export { compareWithLast, labelsFromLast, type FromLast, type LastComparison, type LastName } from "./fromLast";
export { LABELS, type LabelSpec, type Role } from "./labels";
export { tokenize, type Token } from "./tokens";
export { CONCEPTS, COMPOSITES } from "./vocabulary";
export { MAPPER_MARKER, MAX_NAME_COMMENT, isMarkedByAddIn, markerComment, replacedDefinitions, type ReplacedDefinition } from "./marker";
export { normalizeLabel, fold } from "./normalize";
export { FRACTIONAL_COUNTS } from "./values";
export { TWO_COLUMN_TABLES } from "./findTwoColumn";

const JOBCENTER_TITLE = /^((kommunales\s+)?[a-z]*jobcenter|jc)\s+\S/;
/**
 * "Träger:" or "Grundsicherungsstelle:" beside the Jobcenter's name on a cover sheet labels it (the Jobcenter is its Träger's joint body).
 * Not a vocabulary word: "Träger" also heads staff tables ("Träger | Köpfe | VZÄ") and names Maßnahmeträger.
 */
const TRAEGER_LABEL = /^(traeger|grundsicherungstraeger|traeger der grundsicherung|grundsicherungsstelle|stelle der grundsicherung)\s*:?$/;
/** A label made only of naming words ("Name", "Bezeichnung:", "Träger / Jobcenter", "Name des JC", "Name der gE") beside the Jobcenter's name labels it too. */
const NAMING_WORDS = new Set(["name", "bezeichnung", "dienststelle", "traeger", "grundsicherungstraeger", "grundsicherungsstelle", "jobcenter", "jc", "des", "der", "stelle", "grundsicherung", "gemeinsame", "einrichtung", "ge"]);
const isNamingLabel = (folded: string) => {
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((w) => NAMING_WORDS.has(w)) && words.some((w) => !["des", "der", "jobcenter", "jc"].includes(w));
};

/** Cells holding the Jobcenter's name itself ("Jobcenter Ilm-Kreis"), without a label: a fallback. */
function jobcenterTitles(sheets: SheetGrid[], claims: Claims, foreign: Map<number, Low>, otherYear: (c: Candidate) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const sheet of sheets) {
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      for (const c of sheet.filledColumns(r)) {
        const t = sheet.ownText(r, c);
        if (!t || t.length > 60 || claims.has(sheet.index, r, c)) continue;
        if (isInlineTraegerName(t)) {
          const ref = sheet.ref({ row: r, col: c });
          out.push({ name: "AIP_Jobcenter", sheet: sheet.index, ref, label: t, labelCell: ref, value: t, lows: [], order: orderOf(sheet.index, r, c) });
          continue;
        }
        // "Kreisjobcenter Hohenfels": a compound ending in the word names a Jobcenter too.
        if (!/jobcenter\b|\bjc\b/.test(fold(t))) continue;
        // Built only for a cell that may become a candidate: most filled cells are no Jobcenter's name.
        const ref = sheet.ref({ row: r, col: c });
        const left = sheet.filledColumns(r).filter((x) => x < c).pop();
        const leftText = left !== undefined ? sheet.ownText(r, left) : undefined;
        // Beside "Träger:" the name may lead with its Träger ("Landkreis X – Kommunales Jobcenter"); alone it must start with "Jobcenter".
        // A list's number cell ("0.1 | Jobcenter | JC X") is no cell of the row's content (./outlineGroup.ts).
        // So is a category list's area cell ("Allgemein | Jobcenter | Jobcenter Gera", ./areaColumn.ts).
        const cellsInRow = sheet.filledColumns(r).length - (opensWithListNumber(sheet, r) ? 1 : 0) - (sheet.listAreaColumn(r) === sheet.filledColumns(r)[0] ? 1 : 0);
        const bare = leftText !== undefined && (isBareJobcenterLabel(leftText, t, cellsInRow, headsNumberColumns(sheet, r, left!, c)) || isJobcenterLeadIn(leftText, t, cellsInRow, headsNumberColumns(sheet, r, left!, c)));
        if (leftText !== undefined && (bare || TRAEGER_LABEL.test(fold(leftText).trim()) || isNamingLabel(fold(leftText)))) {
          out.push({ name: "AIP_Jobcenter", sheet: sheet.index, ref, label: leftText, labelCell: sheet.ref({ row: r, col: left! }), value: t, lows: [], order: orderOf(sheet.index, r, c) });
          continue;
        }
        if (!JOBCENTER_TITLE.test(fold(t)) || namesTheWhole(t)) continue;
        out.push({
          name: "AIP_Jobcenter",
          sheet: sheet.index,
          ref,
          label: t,
          labelCell: ref,
          value: t,
          lows: [{ id: "ohne-beschriftung", text: "Die Zelle enthält den Namen selbst, ohne Beschriftung „Jobcenter“ daneben." }],
          fallback: true,
          order: sheet.index * 1e9 + r * 20_000 + c,
        });
      }
    }
  }
  // The only title cell that is plainly the name ("Jobcenter Weimarer Land"), in its sheet's title block, needs no label (./titleBlockName.ts).
  // Report excerpts and another year's programme (a kept copy "Cockpit 2024") hold no rival title.
  const titles = out.filter((c) => c.fallback && !foreign.has(c.sheet) && !otherYear(c));
  const kept = settleTitleNames(
    titles,
    (c) => sheets.find((x) => x.index === c.sheet),
    (c) => parseCell(splitAddress(c.ref).range.replace(/\$/g, "")),
  );
  return out.filter((c) => !titles.includes(c) || kept.includes(c));
}

/** A candidate's value with the number format of its cell (for comparing two readings of one figure). */
function valueAt(grids: SheetGrid[], c: Candidate): { value: unknown; format?: string } {
  const g = grids.find((x) => x.index === c.sheet);
  const cell = g ? parseCell(splitAddress(c.ref).range.replace(/\$/g, "")) : undefined;
  return { value: c.value, format: g && cell ? g.format(cell.row, cell.col) : undefined };
}

const joinLows = (lows: Low[]) => lows.map((l) => l.text).join(" ");

function toProposal(c: Candidate, extra: Low[] = []): Proposal {
  const lows = [...extra, ...c.lows];
  const base: Proposal = { name: c.name, ref: c.ref, confidence: lows.length ? "low" : "high", label: c.label, labelCell: c.labelCell, value: c.value };
  // The percent-unit note holds whatever else makes the proposal low: joined into the reason, and its id kept
  // so hosts show the value as typed (−2,5, not −250,0 %).
  if (lows.length) return { ...base, reasonId: lows[0].id, reason: [joinLows(lows), c.note].filter(Boolean).join(" "), ...(c.noteId ? { noteId: c.noteId } : {}) };
  return c.noteId ? { ...base, noteId: c.noteId, note: c.note } : base;
}

/**
 * Propose a mapping for the contract names not in `existingNames` (names given as strings count as
 * workbook-scoped; sheet-scoped ones are not "existing": the check reports them, and a proposal may fix them).
 */
export function proposeMapping(
  snapshot: { sheets: import("./types").SheetCells[] },
  existingNames: readonly (ExistingName | string)[] = [],
  options: MapperOptions = {},
): MappingResult {
  const notes = snapshot.sheets.filter((s) => s.skipped).map((s) => `Blatt „${s.name}“ wurde nicht durchsucht: ${s.skipped}`);
  const grids = buildGrids(snapshot.sheets);
  const defined = new Set(
    existingNames
      .map((n) => (typeof n === "string" ? { name: n } : n))
      .filter((n) => !n.scope || n.scope.kind === "workbook")
      .map((n) => n.name.toUpperCase()),
  );
  const claims = new Claims();
  const candidates: Candidate[] = [];
  // Last year's programme kept beside this year's: the newest programme is the one being planned.
  const programmes = programmeBlocks(grids);
  const newest = newestProgramme(programmes);
  const inferred = inferPlanYear(grids);
  const planYear =
    newest !== undefined && (!inferred || newest > inferred.year)
      ? { year: newest, from: `neuestes Programm der Mappe (${programmes.filter((b) => b.year === newest).map((b) => b.where).join(", ")})`, headersOnly: false }
      : inferred;
  // Long-format lists first (./longList.ts): their rows are read as rows of one list, never as single labels.
  for (const g of grids) candidates.push(...findLongLists(g, claims, planYear?.year));
  // The budget matrix with the titles as column heads, stages as rows (./titleColumnMatrix.ts); before the head
  // readers, which would take its sum column as a figure.
  for (const g of grids) candidates.push(...findTitleColumnMatrix(g, claims));
  for (const g of grids) candidates.push(...findFoe(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findTwoColumn(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findWeitere(g, planYear?.year));
  for (const g of grids) candidates.push(...findTransposed(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findGroupCornerHeads(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findGenderColumns(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findGenderLabelColumn(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findSplitLabels(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findOutlineTables(g, claims, planYear?.year));
  // Gender columns under a section row naming the figure, role rows below it (./genderColumnsSectionTitle.ts).
  for (const g of grids) candidates.push(...findGenderColumnsSectionTitle(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findFigureHeadMatrix(g, claims, planYear?.year));
  // Figures merged over their parts' heads ("IQ" over "gesamt | Männer | Frauen"), roles in the rows (./figurePartHeads.ts).
  for (const g of grids) candidates.push(...findFigurePartHeads(g, claims, planYear?.year));
  // Gender groups over role heads, figures in the rows (./genderGroupHeads.ts).
  for (const g of grids) candidates.push(...findGenderGroupHeads(g, claims, planYear?.year));
  // Customer figures with the Personengruppen as column heads, the years as rows (./groupColumnTable.ts).
  for (const g of grids) candidates.push(...findGroupColumnTables(g, claims, planYear?.year));
  // A sheet per Personengruppe: its labels read with the sheet's group (./groupSheets.ts).
  candidates.push(...findGroupSheetFigures(grids, claims, planYear?.year));
  for (const g of grids) candidates.push(...findGenderRows(g, claims, planYear?.year));
  // Master data as one head row over one record (./masterDataRow.ts).
  for (const g of grids) candidates.push(...findMasterDataRows(g, claims));
  for (const g of grids) candidates.push(...findHeadRow(g, claims, planYear?.year));
  // The budget as a matrix of titles and stages, or one budget row with its parts as heads (./budgetMatrix.ts).
  for (const g of grids) candidates.push(...findBudgetMatrix(g, claims, planYear?.year));
  const labelOnly = new Map<string, { at: string; why: string[] }>();
  for (const g of grids) {
    candidates.push(
      ...findCells(g, {
        planYear: planYear?.year,
        claims,
        labelOnly: (spec, cell, label, why) => {
          for (const name of Object.values(spec.names)) if (name && !labelOnly.has(name)) labelOnly.set(name, { at: `„${label}“ (${cell})`, why });
        },
      }),
    );
  }
  for (const g of grids) candidates.push(...findColumnTotals(g, claims, planYear?.year));
  // "Beschäftigte gesamt" under "Köpfe | VZÄ": the staff's VZÄ, doubted until the area total restates it (./staffNounTotal.ts).
  for (const g of grids) candidates.push(...findStaffNounTotals(g, claims));
  for (const g of grids) candidates.push(...findShareRow(g, claims));
  for (const g of grids) candidates.push(...findMonthStrips(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findSentenceRows(g, claims, planYear?.year));
  for (const g of grids) candidates.push(...findTwoFigureSentences(g, claims, planYear?.year));
  // The municipal staff share named by its body beside the BA's (./bodyShare.ts).
  candidates.push(...bodyShares(grids, candidates));
  for (const g of grids) candidates.push(...findSlashPairRows(g, claims, planYear?.year));
  // Dashboard tiles with the label above the value and "Vorjahr:" lines under them (./labelAboveTiles.ts).
  for (const g of grids) candidates.push(...findLabelAboveTiles(g, claims, planYear?.year));
  // Report excerpts and comparisons of Jobcenters (./reportCopies.ts): other figures than the programme's.
  const foreign = foreignSheetLows(grids);
  const inOtherProgramme = (c: Candidate) => otherProgrammeLow(programmes, c.sheet, parseCell(splitAddress(c.ref).range.replace(/\$/g, "")).row, planYear?.year) !== undefined;
  candidates.push(...jobcenterTitles(grids, claims, foreign, inOtherProgramme));
  // The workbook's own words (./learned.ts): the user tied these labels to their names, so they win over the label data.
  const learnedByName = new Map<string, LearnedCandidate[]>();
  if (options.learnedLabels?.length) {
    for (const g of grids) {
      if (snapshot.sheets[g.index]?.visibility && snapshot.sheets[g.index].visibility !== "visible") continue;
      for (const c of findLearned(g, options.learnedLabels, planYear?.year)) learnedByName.set(c.name, [...(learnedByName.get(c.name) ?? []), c]);
    }
  }

  const sheetYears = snapshot.sheets.map((s) => yearsIn(fold(s.name)));
  // An earlier version of a sheet kept beside the current one ("Ziele (Stand Mai)" | "Ziele (Stand Oktober)").
  // A sheet named or titled as superseded ("Fassung Sep (ersetzt)", "nicht mehr gültig"): ./supersededSheets.ts.
  const older = withSupersededSheets(grids, withFinalSheet(grids, olderVersions(grids)));
  // A figure of a programme for another year than the planning year ("AIP 2024 (beschlossen)" in a 2025 workbook).
  const programmeLowOf = (c: Candidate): Low | undefined => {
    const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
    return otherProgrammeLow(programmes, c.sheet, at.row, planYear?.year);
  };
  const byName = new Map<string, Candidate[]>();
  // Whether the workbook holds plain euros beside amounts in thousands (./statedUnit.ts): read once, when asked.
  let mixed: boolean | undefined;
  const mixedUnits = () => (mixed ??= holdsPlainEuros(grids));
  // A change history's old and copied values are never a source (./changeLog.ts); a summary sheet's copy of
  // another sheet's cell is its source, or not sure (./copySource.ts).
  for (const found of liftLoneEntries(confirmWeakPlanYear(withTocLows(grids, withoutCheckRows(grids, withoutChangeLogs(grids, withStatisticsBlocks(grids, resolveCopies(grids, withoutOtherGroupSheets(grids, candidates)))))), planYear))) {
    const lows = [older.get(found.sheet), foreign.get(found.sheet), supplementLow(grids, found), programmeLowOf(found), tickedOptionLow(grids, found), signOffDateLow(grids, found), reportStandLow(grids, found), otherScopeLow(found), perHeadRateLow(found), helperSheetLow(grids, found), exampleLow(grids, found), pastStaffLow(found), lastChangeLow(grids, found), statedUnitLow(grids, found, mixedUnits), chartDataLow(grids, found)].filter((l): l is Low => l !== undefined);
    const c = lows.length ? { ...found, lows: [...found.lows, ...lows] } : found;
    byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  }

  const chosen = new Map<string, { best: Candidate; extra: Low[]; all?: Candidate[] }>();
  const existing: string[] = [];
  const missingReasons: MissingName[] = [];
  for (const entry of CONTRACT) {
    if (defined.has(entry.name.toUpperCase())) {
      existing.push(entry.name);
      continue;
    }
    const learned = learnedByName.get(entry.name) ?? [];
    const learnedHere = learned.filter((c) => c.sameContext);
    // Last year's staff below the staff plan is no rival to the plan's figures, even to a total row (./pastStaffLabel.ts).
    // "ca. 140 VZÄ" on the cover beside the staff table's 139,8: the exact figure wins (./typedProposal.ts).
    const all = learned.length ? (learnedHere.length ? learnedHere : learned) : withoutRoundedRivals(withoutPastStaff(byName.get(entry.name) ?? []), grids);
    const primary = all.filter((c) => !c.fallback);
    let pool = primary.length ? primary : all;
    // A weak label outside its area ("Frauen" on the customer sheet) is no rival to one inside it.
    const inContext = pool.filter((c) => !c.lows.some((l) => l.id === "kontext"));
    if (inContext.length > 0) pool = inContext;
    // A value of the wrong type ("Nachhaltigkeit der Integrationen | 63,2 %" for a count) is not the figure: no rival to one that fits.
    const typed = pool.filter((c) => !c.lows.some((l) => l.id === "typ"));
    if (typed.length > 0) pool = typed;
    // A figure of one area found in another area's block ("darunter Langzeitleistungsbezieher" among the customer
    // structure, for the LZB target) is no rival to a clean one in the figure's own area, also when clean itself
    // ("LZB absolut" under "2024 | 2023" on the customer sheet beside "Bestand LZB" under "Ist 2024" in the targets).
    const home = areaOf(entry.name)?.id;
    // What the area and planning-year-sheet rules set aside (./typedTwice.ts).
    const setAside: Candidate[] = [];
    if (home) {
      const areaOfCandidate = (c: Candidate) => {
        const g = grids.find((x) => x.index === c.sheet);
        const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
        return g?.areaAt(at.row, at.col);
      };
      // Dashboard copies of a candidate (./copies.ts) are no rivals and take no side here.
      const sources = withoutCopies(pool, grids);
      const elsewhere = sources.filter((c) => {
        const a = areaOfCandidate(c);
        return a !== undefined && a !== home;
      });
      const inHome = sources.filter((c) => areaOfCandidate(c) === home);
      if (elsewhere.length > 0 && inHome.some((c) => c.lows.length === 0) && inHome.length + elsewhere.length === sources.length) {
        // A key-data summary ("Eckdaten für Trägerversammlung") holds no figure of another area of its own: its
        // equal typed number may be the one the user keeps (./typedTwice.ts); a customer section's LZB is its own.
        setAside.push(...elsewhere.filter((c) => areaOfCandidate(c) === "eckdaten"));
        pool = inHome;
      }
    }
    // A dashboard cell "=Daten!C5" repeats the figure of Daten!C5: the source is the figure, the copy no rival.
    // A visible archive copy ("Archiv 2024 – nicht mehr aktuell") beside the own sheets (./archiveMarks.ts).
    pool = withoutArchiveRivals(pool);
    // A print copy or rounded presentation ("Werte eingefügt aus …", "gerundet") beside its sources (./copyWording.ts).
    pool = withoutCopyTitledRivals(pool, grids);
    // Rows under a figure's row adding up to it are its parts (./partsUnderTotal.ts).
    pool = withoutPartsUnderTotal(pool);
    // A budget monitoring sheet's Soll beside the programme's own figure (./budgetMonitoringSheets.ts).
    pool = withoutBudgetMonitoringSheets(pool, grids);
    pool = withoutLocationHeadRows(withoutPartSheets(withoutReportSheets(withoutMonthSheets(withoutDeductions(withoutPartYearLabels(withoutExcludingLabels(withoutCopies(pool, grids)))), grids), grids), grids), grids);
    // Equal numbers typed beside an input sheet's ("nur hier ändern!"): the input is the source (./copyWording.ts).
    pool = preferInputSheet(pool, grids);
    // Key figures repeated on an overview sheet beside the area's own sheet (./overviewSheets.ts).
    pool = withoutOverviewCopies(pool, grids);
    // A draft's or old version's figure beside the final one's (./versionWording.ts).
    pool = withoutLastChange(entry.name, withoutSupersededLabels(withoutCorrectionSheets(pool, grids)));
    // A decision's date ("Beschluss der TV vom") beside a "Stand" of its own (./decisionDate.ts).
    pool = withoutDecisionDates(entry.name, pool);
    // The monitoring's dates later in the planning year (./monitoringDates.ts).
    pool = withoutMonitoringDates(entry.name, pool, byName.get("AIP_Stand") ?? [], planYear?.year);
    // Each row's as-of date under a "Stichtag" head beside the figures (./asOfHeadDates.ts).
    if (entry.kind === "date") pool = withoutAsOfHeadDates(pool, grids);
    // Posts, targets and actual staff beside the programme's planned staff (./staffPlanColumn.ts).
    pool = preferAreaTableTotal(preferProgrammeStaff(entry.name, pool));
    // The VH's federal part with the move beside the allotted one (./federalAfterMove.ts).
    pool = withoutFederalAfterMove(entry.name, pool, (n) => byName.get(n) ?? []);
    // A budget row of another year beside the planning year's (./planYearLabel.ts).
    pool = preferPlanYearLabels(entry.name, pool, planYear?.year);
    // "Wir planen 1.240 Integrationen." beside last year's integrations: no rival (./planYearElsewhere.ts).
    pool = withoutPlanYearElsewhere(pool);
    // Last year's copy kept beside this year's ("Ziele 2023" next to "Ziele 2024"): the planning year's sheet wins.
    if (planYear) {
      const onPlanSheet = pool.filter((c) => sheetYears[c.sheet]?.includes(planYear.year));
      const onOtherYear = pool.filter((c) => (sheetYears[c.sheet] ?? []).some((y) => y !== planYear.year));
      if (onPlanSheet.length > 0 && onPlanSheet.length + onOtherYear.length === pool.length) {
        setAside.push(...onOtherYear.filter((c) => !onPlanSheet.includes(c)));
        pool = onPlanSheet;
      }
    }
    // The same number typed twice, or a rounded copy of a computed one, among what those rules set aside.
    // A typed number beside the formula it shows rounded, on one sheet (./roundedBesideFormula.ts).
    pool = withoutRoundedBesideFormula(pool, grids);
    const twice = settleTypedTwice(grids, [...new Map(pool.map((c) => [c.ref, c])).values()], setAside);
    pool = twice.pool;
    // The same cell found through two labels is one candidate.
    const unique = [...new Map(pool.map((c) => [c.ref, c])).values()];
    if (unique.length === 0) {
      missingReasons.push(missingReason(entry.name, entry.meaning, labelOnly.get(entry.name), planYear));
      continue;
    }
    unique.sort((a, b) => a.lows.length - b.lows.length || a.order - b.order);
    const best = unique[0];
    const extra: Low[] =
      unique.length > 1 && !agreeOnOneValue(unique)
        ? [{ id: "mehrdeutig", text: `${unique.length} Fundstellen (${unique.map((c) => c.ref).join(", ")}); vorgeschlagen ist ${best.ref}.` }]
        : twice.low
          ? [twice.low]
          : [];
    chosen.set(entry.name, { best, extra, all: unique });
  }
  // The eLb twin (./elbTwin.ts): one number under two names, both sure at its one cell. A copy of its cell
  // ("=O6" in a block of AIP figures beside the month strip) is that cell, no other place (./copies.ts).
  const twinRef = shareElbTwin(chosen, (n) => withoutCopies(byName.get(n) ?? [], grids), missingReasons, defined, (c) => isPreviousYearAverage(grids, c, planYear?.year), (sure) => customersAsOfMonth(grids, sure));
  // The allocated VWT is the Verwaltungshaushalt's federal part too, by its composition or its sum (./federalPartTwin.ts).
  const federalRef = shareFederalPart(chosen, (n) => byName.get(n) ?? [], missingReasons, defined, grids);
  // One cell for two names: neither is sure.
  const byRef = new Map<string, string[]>();
  for (const [name, { best }] of chosen) byRef.set(best.ref, [...(byRef.get(best.ref) ?? []), name]);
  const twins = (ref: string, names: string[], twinAt: string | undefined, pair: readonly string[]) => ref === twinAt && names.length === 2 && pair.every((n) => names.includes(n));
  for (const [ref, names] of byRef) {
    if (names.length < 2 || twins(ref, names, twinRef, ELB_TWINS) || twins(ref, names, federalRef, FEDERAL_TWINS)) continue;
    // Two names of one number by definition, read so from one cell (./budgetMatrix.ts): both stand.
    if (names.length === 2 && names.every((n, i) => chosen.get(n)!.best.twinOf === names[1 - i])) continue;
    // One clean reading (label, type and context agree) beats readings that do not fit: those get no proposal.
    const clean = names.filter((n) => chosen.get(n)!.best.lows.length === 0 && chosen.get(n)!.extra.length === 0);
    if (clean.length === 1) {
      for (const name of names.filter((n) => n !== clean[0])) {
        chosen.delete(name);
        missingReasons.push({ name, reasonId: "mehrdeutig", reason: `Die einzige Fundstelle ${ref} gehört zu ${clean[0]}.` });
      }
      continue;
    }
    for (const name of names) {
      const others = names.filter((n) => n !== name).join(", ");
      chosen.get(name)!.extra.unshift({ id: "mehrdeutig", text: `Dieselbe Zelle ${ref} passt auch zu ${others}.` });
    }
  }
  // Formulas as evidence: the quotient of the chosen integrations and ELB is the previous year's IQ.
  // Only sure evidence counts: both operands chosen without doubt.
  const sure = (n: string) => {
    const c = chosen.get(n);
    return c && c.best.lows.length === 0 && c.extra.length === 0 ? c.best : undefined;
  };
  const byFormula = iqByFormula(grids, sure("ZIE_Integrationen_VJ"), sure("ZIE_ELB_VJ"));
  if (byFormula && !defined.has("ZIE_IQ_VJ")) {
    const current = chosen.get("ZIE_IQ_VJ");
    const why = `Die Formel in ${byFormula.ref} teilt die Integrationen durch die ELB.`;
    if (!current) {
      chosen.set("ZIE_IQ_VJ", { best: byFormula, extra: [] });
      const at = missingReasons.findIndex((m) => m.name === "ZIE_IQ_VJ");
      if (at >= 0) missingReasons.splice(at, 1);
    } else if (current.best.ref === byFormula.ref) {
      // The formula tells the year the label did not.
      chosen.set("ZIE_IQ_VJ", { best: { ...current.best, lows: current.best.lows.filter((l) => l.id !== "jahr") }, extra: current.extra });
    } else if (byFormula.lows.length === 0 && (current.all ?? [current.best]).every((c) => c.ref === byFormula.ref || sameShare(valueAt(grids, c), valueAt(grids, byFormula)))) {
      // The contract's ZIE_IQ_VJ is the quotient itself (integrations / ELB of the previous year): a table's
      // typed "Ist" IQ that agrees with it (within its rounding) corroborates the formula, which is proposed.
      chosen.set("ZIE_IQ_VJ", { best: byFormula, extra: [] });
    } else {
      current.extra.unshift({ id: "mehrdeutig", text: `Auch passend: ${byFormula.ref}. ${why}` });
    }
  }
  // The Eingliederungsbudget as the formula allocation − move (./budgetByFormula.ts) or the sum of its parts
  // (./budgetByParts.ts), when no label gave it.
  const ebByFormula =
    chosen.has("BUD_EB_Gesamt") || defined.has("BUD_EB_GESAMT")
      ? undefined
      : (budgetByFormula(grids, sure("BUD_EGT_Zuteilung"), sure("BUD_VH_Umschichtung")) ?? budgetByParts(grids, sure("BUD_EB_Vorbindungen"), sure("BUD_EB_Neubewilligungen")));
  if (ebByFormula && ![...chosen.values()].some((c) => c.best.ref === ebByFormula.ref)) {
    chosen.set("BUD_EB_Gesamt", { best: ebByFormula, extra: [] });
    const at = missingReasons.findIndex((m) => m.name === "BUD_EB_Gesamt");
    if (at >= 0) missingReasons.splice(at, 1);
  }
  // The other way round: a sure previous-year IQ that is a quotient ("=C12/C13") tells the year of its
  // operands, so integrations and ELB there whose only doubt was their year are the previous year's.
  const iqVj = sure("ZIE_IQ_VJ");
  const iqSheet = iqVj ? grids.find((g) => g.index === iqVj.sheet) : undefined;
  if (iqVj && iqSheet) {
    const at = parseCell(splitAddress(iqVj.ref).range.replace(/\$/g, ""));
    const f = iqSheet.formula(at.row, at.col);
    const q = f ? quotientOf(f) : undefined;
    for (const [name, cell] of q ? ([["ZIE_Integrationen_VJ", q.num], ["ZIE_ELB_VJ", q.den]] as const) : []) {
      const c = chosen.get(name);
      if (!c || c.extra.length > 0 || c.best.ref !== iqSheet.ref(cell) || !c.best.lows.every((l) => l.id === "jahr")) continue;
      chosen.set(name, { ...c, best: { ...c.best, lows: [] } });
    }
  }
  const proposals = CONTRACT.filter((c) => chosen.has(c.name)).map((c) => {
    const { best, extra } = chosen.get(c.name)!;
    return withTypedText(toProposal(best, extra), best, grids);
  });
  const rank = new Map(CONTRACT.map((c, i) => [c.name, i]));
  missingReasons.sort((a, b) => rank.get(a.name)! - rank.get(b.name)!);
  notes.push(...outdatedLabelNotes(proposals));
  return {
    proposals,
    existing,
    missing: missingReasons.map((m) => m.name),
    missingReasons,
    ...(planYear ? { planningYear: { year: planYear.year, from: planYear.from } } : {}),
    notes,
  };
}

function missingReason(name: string, meaning: string, labelOnly: { at: string; why: string[] } | undefined, planYear: ReturnType<typeof inferPlanYear>): MissingName {
  if (name === "AIP_Planjahr") {
    return {
      name,
      reasonId: "nicht-gefunden",
      reason: planYear
        ? `Das Planjahr ${planYear.year} steht in keiner Zelle als Zahl neben „Planjahr“, nur in Überschriften (${planYear.from}); eine Zelle mit ${planYear.year} anlegen.`
        : "Keine Zelle „Planjahr“ mit einer Jahreszahl gefunden.",
    };
  }
  if (labelOnly) {
    if (labelOnly.why.length) {
      return { name, reasonId: "kein-wert", reason: `Beschriftung ${labelOnly.at} gefunden, aber kein passender Wert daneben: ${labelOnly.why.join("; ")}.` };
    }
    return { name, reasonId: "kein-wert", reason: `Beschriftung ${labelOnly.at} gefunden, aber kein passender Wert daneben.` };
  }
  if (name === "AIP_Stand") return { name, reasonId: "nicht-gefunden", reason: "Kein Datum (als Excel-Datum) neben „Stand“ oder „Datum“ gefunden." };
  if (name === "AIP_Jobcenter") return { name, reasonId: "nicht-gefunden", reason: "Keine Zelle mit dem Namen des Jobcenters gefunden." };
  return { name, reasonId: "nicht-gefunden", reason: `Keine Beschriftung gefunden, die zu „${meaning}“ passt.` };
}

/** The labels the mapper knows, for docs and hosts: per spec its names and example labels. */
export function labelTable(): Array<{ names: string[]; examples: string[]; memberExamples: string[]; context?: string }> {
  return LABELS.map((l) => ({
    names: [...new Set(Object.values(l.names).filter((n): n is string => !!n))],
    examples: l.examples,
    memberExamples: l.memberExamples ?? [],
    ...(l.context ? { context: l.context } : {}),
  }));
}

/**
 * The contract names a phrase could denote, best first (for texts outside a grid: the programme document's
 * sentences, "Integrationsquote (IQ) beträgt" → ZIE_IQ). A year in the phrase picks the role like a header
 * does when `planYear` is given. Pure; learned labels are not used.
 */
export function matchLabelText(text: string, ctx: { planYear?: number } = {}): Array<{ name: string; score: number }> {
  const m = matchLabel(text);
  const role = roleOf(fold(text), ctx.planYear);
  const out = new Map<string, number>();
  for (const spec of m.standalone) {
    if (role === "none") continue;
    const name = spec.names[role ?? spec.plain.role] ?? spec.names[spec.plain.role] ?? Object.values(spec.names)[0];
    const score = m.scores.get(spec.id)?.score ?? 0;
    if (name && (out.get(name) ?? -1) < score) out.set(name, score);
  }
  return [...out].map(([name, score]) => ({ name, score })).sort((a, b) => b.score - a.score);
}

export { planNames, normalizeRef, type MappingOverrides, type NameAssignment } from "./apply";
export { labelsMarkdown, LABELS_DOC_START, LABELS_DOC_END } from "./labelsDoc";
// For the check's header-based FOE_Tabelle and percent-unit rule (issue 10 §2): the same words and tests.
export { FOE_PART, FOE_TOTAL, INSTRUMENT_WORDS } from "./labels";
export { COLUMN_WORDS, readColumn, type ColumnKind, type ColumnRole } from "../columnRoles";
export { roleOf } from "./roles";
export { yearsIn, withoutYears } from "./normalize";
export { judgeValue, type Judgement } from "./values";

/** The labels the mapper found, checked for outdated terms like every text cell the check reads (issue 8). */
function outdatedLabelNotes(proposals: readonly Proposal[]): string[] {
  const notes: string[] = [];
  for (const p of proposals) {
    for (const hit of findOutdatedTerms(p.label)) {
      const [y, m, d] = hit.term.since.split("-").map(Number);
      // As hinweis/instrument-veraltet words it: a replaced provision (FAV → EvL, § 16e re-enacted) is no renaming.
      const what =
        hit.term.kind === "colloquial"
          ? `ist umgangssprachlich; amtlich heißt es „${hit.term.current}“`
          : hit.term.kind === "replaced"
            ? `gibt es seit dem ${d}.${m}.${y} nicht mehr: ersetzt (nicht umbenannt) durch „${hit.term.current}“${hit.term.added ? `, dazu kam ${hit.term.added}` : ""}`
            : `heißt seit dem ${d}.${m}.${y} „${hit.term.current}“`;
      notes.push(`Beschriftung „${p.label}“ (${p.labelCell}, ${p.name}): „${hit.found}“ ${what} (${hit.term.basis}).`);
    }
  }
  return notes;
}
