// Two-column tables: label and figure per row (PER_VZAE_Bereiche: VZÄ per area; KUN_BG_Groesse: share
// per household size). Found by a heading naming the table, or by rows whose labels are typical for it;
// the table ends at the first blank row, a total row, or the next label belonging to another name. The
// label is the first text column and the value the last number column (labels in B, values in D is fine); of several
// number columns in a VZÄ table the total column ("Jobcenter gesamt"), and without one the table is unsure.
import { textAbove } from "./benchmarkColumns";
import { columnsBeforeSpacer } from "./spacerColumn";
import { withoutShareColumns } from "./shareColumns";
import { planColumnBesideIst, planYearColumnBesideEarlier } from "./planBesideIst";
import { planColumnBesideInYearIst } from "./inYearStaffIst";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { COLUMN_WORDS, isTotalLabel, readColumn } from "../columnRoles";
import { germanTerms } from "./englishTerms";
import { BARE_SIZE } from "./bareSizeRows";
import { fold, isCodeText } from "./normalize";
import { labelKey } from "./labelCells";
import { matchLabel } from "./matchLabel";
import { judgeValue } from "./values";
import { unitContradiction } from "./unitAfterValue";
import { namedByTotalAbove } from "./totalAbove";
import { contractName } from "../contract";
import { jobcenterOverNames } from "./jobcenterNamedColumn";
import { staffColumns } from "./staffColumns";
import { settleEdge } from "./tableEdge";
import { isAreaHeadUnderStaffTitle } from "./areaCornerHead";
import { isAreaNameHead } from "./areaNameHead";
import { endsAreaRun, withoutPartWord } from "./areaRunRows";
import { BG_WITH_SIZE, onlyPercentUnitsBetween, rowsNameBgSizes } from "./bgSizeRows";
import { SIZE_WORDS, customerYearColumn, headsShares, namesHouseholdsOnly } from "./bgSizeWords";
import { unitColumnBetween } from "./unitColumnBetween";
import { withoutOutlineNumber } from "./outlineNumber";
import { isCategoryColumn } from "./categoryColumn";
import { leavesCategory } from "./areaColumn";
import { bgShareColumn } from "./bgShareColumn";
import { isNoteRow } from "./noteLine";
import { staffTableColumns, totalOverParts } from "./staffTableColumns";
import { isStaffHeadRow, KNOWN_ROWS_UNDER_STAFF_HEADS, totalOnTop } from "./staffHeadRow";
import { planVzaeColumn } from "./planVzaeColumn";
import { totalScopeLow } from "./totalScope";
import { repeatsHeadingAbove, sideHeadingLabelCol } from "./sideHeading";
import { oneAreaTeamsLow } from "./oneAreaTeams";

interface TableSpec {
  name: string;
  heading: RegExp;
  row: RegExp;
  /** A total row right after the table may stand for this name (low). */
  totalName?: string;
  /** Rows typical only under a heading that names the table (./bareSizeRows.ts). */
  headedRow?: RegExp;
}


export const TWO_COLUMN_TABLES: readonly TableSpec[] = [
  {
    name: "PER_VZAE_Bereiche",
    // An area may be a Sachgebiet or Abteilung in a municipal body's wording ("Stellen nach Sachgebieten (VZÄ)").
    // Abbreviated too: "VZÄ n. Ber.", "Stellen je Ber."; by teams or capacities ("Stellenplan (Soll) nach Teams",
    // "Kapazitäten nach Organisationseinheit"). "Aufteilung VZÄ" splits them by area too, unless it names
    // another split (by Träger, BA/Kommune, gender).
    heading: /((vzae|vollzeitaequivalent\w*|personalkapazitaet\w*|kapazitaet\w*|stellen\w*|personal\w*).*\b(nach|je|pro|n)\b.*((fach)?bereich\w*|\bber\b|sachgebiet\w*|abteilung\w*|organisationseinheit\w*|\bteams?\b)|\bnach (fach)?bereichen\b|personalkapazitaeten|stellenverteilung|^(fach|organisations|arbeits|aufgaben)?bereich(e|en)?$|^organisationseinheit\w*$|^(sachgebiet|abteilung)(e|en)?$|^(?!.*\b(traeger\w*|ba|kommun\w*|geschlecht\w*|frauen|maenner)\b).*(\b(auf|ver)teilung (der )?(vzae|vollzeitaequivalent\w*|stellen)\b|\b(vzae|vollzeitaequivalent\w*|stellen) ?-?(auf|ver)teilung\b))/,
    // A team named by its customers ("U25-Team", "U25 / Jugendberufsagentur") is an area too, not their share.
    // The areas' office abbreviations: "M&I"/"M+I"/"MuI" (Markt und Integration), "LB" (Leistungsbereich), "sonst. op./adm.".
    // Folding drops "&" ("Markt & Integration" arrives as "markt integration") but keeps "+".
    row: /(^(m ?[&+u]? ?i|m und i|lb|sonst op|sonst adm|weitere)$|markt (und |u |\+ )?integration|leistung|operativ|administrativ|weitere bereiche|eingangszone|fallmanagement|arbeitgeber ?service|vermittlung|widerspruch|zentrale dienste|service ?center|telefonie|bildung und teilhabe|geschaeftsfuehrung|stabsstelle|controlling|aussendienst|unterhalt|reha|jugendberufsagentur|\bteam\b)/,
    totalName: "PER_VZAE_Gesamt",
  },
  {
    name: "KUN_BG_Groesse",
    // "Bedarfsgemeinschaften nach Größe", "BG nach Zahl der Personen", "Bedarfsgemeinschaften je Anzahl Mitglieder", "BG n. Größe".
    heading: /(\b(bedarfsgemeinschaft\w*|bgs?)\b.*\b(nach|je|n)\b.*\b(groesse|personen\w*|anzahl|zahl|mitglied\w*|koepfe)\b|bg ?groesse|groesse der (bg|bedarfsgemeinschaften)|haushaltsgroesse|personen (je|pro) bg|bg nach groesse|haushalte nach groesse)/,
    // "1 P.", "3+ P.": the person cut to its letter in a short customer sheet.
    // Also rows naming the BG with its size ("BG mit 2 Personen", "Einpersonen-Bedarfsgemeinschaften", ./bgSizeRows.ts).
    row: new RegExp(`${/^(\d+|ein|eine|zwei|drei|vier|fuenf)( ?\+| und mehr| oder mehr| u m| mehr)? ?(person(en)?|pers|p)( und mehr| oder mehr| u m)?( bg| haushalt)?$|^(single|einzelperson|alleinstehende?|ein personen|mehrpersonen)\w*( bg)?$/.source}|${BG_WITH_SIZE.source}|${SIZE_WORDS.source}`),
    headedRow: BARE_SIZE,
  },
];

/** Whether a folded label is a typical row of the table, also after a leading part word ("dv. M&I", ./areaRunRows.ts). */
function isTypicalRow(spec: TableSpec, key: string): boolean {
  return spec.row.test(germanTerms(key)) || spec.row.test(germanTerms(withoutPartWord(key)));
}

interface Run {
  headingRow?: number;
  headingCol?: number;
  labelCol: number;
  first: number;
  last: number;
  valueCol: number;
  known: number;
  total?: { row: number; value: number; label: string };
}

/** The last number column of a row right of `col`, or -1. */
function lastNumberCol(sheet: SheetGrid, row: number, col: number): number {
  let found = -1;
  for (let c = col + 1; c <= sheet.lastCol; c++) {
    if (sheet.number(row, c) !== undefined) found = c;
    else if (sheet.ownText(row, c) !== undefined && found >= 0) break;
  }
  return found;
}

/**
 * A row whose label names a figure of its own and holds a value of that figure's type ("Durchschnittliche Zahl
 * der erwerbsfähigen Leistungsberechtigten" | 4.480 holds "leistung" like a staff area's row): a table guessed
 * from its rows alone must not take it. "Markt und Integration" | 42,5 VZÄ stays an area row (42,5 is no count
 * of integrations), and under a heading that names the table the typical row pattern wins anyway.
 */
function namesFigure(sheet: SheetGrid, row: number, labelCol: number): boolean {
  const key = labelKey(sheet, row, labelCol);
  const specs = key === undefined ? [] : matchLabel(key).standalone;
  if (specs.length === 0) return false;
  const col = sheet.filledColumns(row).find((c) => c > labelCol && sheet.number(row, c) !== undefined);
  if (col === undefined) return true;
  // "… Personal | 4,0 | VZÄ": the unit after the value says it counts no heads (./unitAfterValue.ts).
  return specs.some((s) => {
    const name = Object.values(s.names)[0]!;
    return judgeValue(name, sheet.value(row, col), sheet.format(row, col), false).ok && !unitContradiction(sheet, row, col, contractName(name)?.kind);
  });
}

function runFrom(sheet: SheetGrid, spec: TableSpec, first: number, labelCol: number, claims: Claims, headless = false): Run | undefined {
  let last = first - 1;
  let known = 0;
  const valueCols: number[] = [];
  let total: Run["total"];
  for (let r = first; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r) || claims.has(sheet.index, r, labelCol)) break;
    // The next category of a list's area column ends the table, before its "… gesamt" reads as the total (./areaColumn.ts).
    if (leavesCategory(sheet, first, r, labelCol)) break;
    // "Anm.: inkl. 2 VZÄ …" between two areas: the table goes on under the note (./noteLine.ts).
    if (r > first && isNoteRow(sheet, r, labelCol) && r < sheet.lastRow && !sheet.rowBlank(r + 1)) continue;
    const key = labelKey(sheet, r, labelCol);
    const vc = lastNumberCol(sheet, r, labelCol);
    if (key === undefined || vc < 0) break;
    // "Anteil BA / Kommune | 76 % | 24 %" under the areas: a row of two figures, no further area (./areaRunRows.ts).
    if (endsAreaRun(sheet.ownText(r, labelCol))) break;
    // The shared total-row words, as namen/tabelle-fortgesetzt reads them ("VZÄ gesamt", "Summe", "Insgesamt").
    if (isTotalLabel(key)) {
      total = { row: r, value: sheet.number(r, vc)!, label: sheet.ownText(r, labelCol)! };
      break;
    }
    // The next name's label ends the table; under a heading that names the table only when its value fits that
    // name ("Markt & Integration | 27,6" under "VZÄ nach Bereichen" is an area, no count of integrations).
    if (!isTypicalRow(spec, key) && matchLabel(key).standalone.length > 0 && (headless || namesFigure(sheet, r, labelCol))) break;
    if (headless && namesFigure(sheet, r, labelCol)) break;
    if (isTypicalRow(spec, key) || (!headless && spec.headedRow?.test(key))) known++;
    valueCols.push(vc);
    last = r;
  }
  if (last < first) return undefined;
  return { labelCol, first, last, valueCol: Math.max(...valueCols), known, total };
}

/** The rows of a run, first to last (a note line among them holds no number: ./planVzaeColumn.ts skips it). */
const rowsOf = (run: Run) => Array.from({ length: run.last - run.first + 1 }, (_, i) => run.first + i);

/** Typical rows a table without a heading needs when its total row names it instead. */
const KNOWN_ROWS_UNDER_NAMING_TOTAL = 3;

/**
 * A table without a heading whose total row names its figure ("VZÄ gesamt", "Summe Stellen (VZÄ)", not a bare
 * "Summe") under at least three typical rows: the total row names the table as a heading would.
 */
function namedByTotal(spec: TableSpec, run: Run): boolean {
  if (!spec.totalName || !run.total || run.known < KNOWN_ROWS_UNDER_NAMING_TOTAL) return false;
  const m = matchLabel(run.total.label).standalone;
  return m.length === 1 && Object.values(m[0].names).includes(spec.totalName);
}

/** The cells holding a label (with its key), in reading order. */
function labelCells(sheet: SheetGrid): { r: number; c: number; key: string }[] {
  const cells: { r: number; c: number; key: string }[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const key = labelKey(sheet, r, c);
      if (key) cells.push({ r, c, key });
    }
  }
  return cells;
}

export function findTwoColumn(sheet: SheetGrid, claims: Claims, planYear?: number): Candidate[] {
  const out: Candidate[] = [];
  // Both passes of both tables start only at label cells; most cells of a big sheet are numbers, so they are listed once.
  const labels = labelCells(sheet);
  for (const spec of TWO_COLUMN_TABLES) {
    const runs: Run[] = [];
    const seen = new Set<number>();
    // 1. Under a heading that names the table (skipping a column-header row "Bereich | VZÄ").
    for (const { r, c } of labels) {
      // A remark in brackets does not change what the heading names ("Bereich (Jobcenter gesamt)", "Bereiche (Stand 31.12.)").
      // An outline number before it ("2.3 Organisationseinheit") is no part of what it names (./outlineNumber.ts).
      const heading = withoutOutlineNumber(sheet.ownText(r, c)!);
      const named = spec.heading.test(germanTerms(fold(heading))) || spec.heading.test(germanTerms(fold(heading.replace(/\([^)]*\)/g, " "))));
      // "Haushalte (Bedarfsgemeinschaften) 2026" over size rows only (./bgSizeWords.ts).
      const householdsOnly = !named && spec.name === "KUN_BG_Groesse" && namesHouseholdsOnly(heading) && headsShares(sheet, r, c);
      // "Personal | Köpfe | VZÄ": a head row naming the VZÄ heads the table too (./staffHeadRow.ts).
      const staffHeads = !named && spec.name === "PER_VZAE_Bereiche" && (isStaffHeadRow(sheet, r, c) || isAreaHeadUnderStaffTitle(sheet, r, c) || isAreaNameHead(sheet, r, c));
      if (!named && !staffHeads && !householdsOnly) continue;
      // The same heading right above: one category written into each row (./sideHeading.ts).
      if (named && repeatsHeadingAbove(sheet, r, c)) continue;
      // One blank row may stand between the heading and its rows ("Bereiche (VZÄ)", blank, "M&I | 40,5").
      let first = r + 1 < sheet.lastRow && sheet.rowBlank(r + 1) ? r + 2 : r + 1;
      const top = staffHeads ? totalOnTop(sheet, first, c) : undefined;
      if (top !== undefined) first++;
      let labelCol = c;
      const next = sheet.filledColumns(first);
      if (next.length > 0 && next.every((col) => sheet.ownText(first, col) !== undefined)) first++;
      // The label column is the first text that is no code (a Nr. or Kostenstelle column stands left of it).
      // Of side-by-side blocks ("Budget" in A, "Organisationseinheit | VZÄ" in E), the heading's own block: from its column on.
      const isLabelText = (col: number) => sheet.ownText(first, col) !== undefined && !isCodeText(sheet.ownText(first, col)!);
      const filledCols = sheet.filledColumns(first);
      const firstFilled = filledCols.find((col) => col >= c && isLabelText(col)) ?? filledCols.find(isLabelText);
      if (firstFilled !== undefined) labelCol = firstFilled;
      // "VZÄ nach Bereichen" merged down beside the areas: the rows start in the heading's own row (./sideHeading.ts).
      const side = named ? sideHeadingLabelCol(sheet, r, c, (key) => spec.row.test(germanTerms(key)), (rr, cc) => labelKey(sheet, rr, cc)) : undefined;
      if (side !== undefined) {
        first = r;
        labelCol = side;
      }
      const run = runFrom(sheet, spec, first, labelCol, claims);
      if (run && staffHeads && run.known < KNOWN_ROWS_UNDER_STAFF_HEADS) continue;
      if (householdsOnly && (!run || run.known < 2 || run.known !== run.last - run.first + 1)) continue;
      if (run && top !== undefined && !run.total) run.total = { row: top, value: sheet.number(top, run.valueCol) ?? NaN, label: sheet.ownText(top, labelCol)! };
      if (run && !seen.has(run.first)) {
        seen.add(run.first);
        runs.push({ ...run, headingRow: r, headingCol: c });
      }
    }
    // 2. Runs of typical row labels without a heading.
    for (const { r, c, key } of labels) {
      if (!isTypicalRow(spec, key) || runs.some((x) => r >= x.first && r <= x.last && x.labelCol === c)) continue;
      let first = r;
      if (namesFigure(sheet, r, c)) continue;
      while (first - 1 >= sheet.r0 && !sheet.rowBlank(first - 1) && lastNumberCol(sheet, first - 1, c) >= 0 && labelKey(sheet, first - 1, c)) {
        if (namesFigure(sheet, first - 1, c)) break;
        first--;
      }
      const run = runFrom(sheet, spec, first, c, claims, true);
      if (run && run.known >= 2 && !seen.has(run.first)) {
        seen.add(run.first);
        runs.push(run);
      }
    }
    for (const run of runs) {
      if (isCategoryColumn(sheet, run.first, run.last, run.labelCol, run.known)) continue;
      const lows: Low[] = [];
      let headsCol: number | undefined;
      // Several number columns ("Bereich | Jobcenter gesamt | GS Nord | GS Süd"): the contract table has two columns,
      // and the VZÄ of the whole Jobcenter stand in the total column; without one, which column is meant is unsure.
      const numberCols = new Set<number>();
      // Only the row's own numbers: past a text cell another block begins (a cockpit's targets beside the areas).
      for (let r = run.first; r <= run.last; r++) for (const c of sheet.filledColumns(r)) if (c > run.labelCol && c <= lastNumberCol(sheet, r, run.labelCol) && sheet.number(r, c) !== undefined) numberCols.add(c);
      // A column left empty across the rows and heads ends the table: a memo column beyond it is not its (./spacerColumn.ts).
      if (spec.name === "PER_VZAE_Bereiche" && numberCols.size > 1) {
        const kept = columnsBeforeSpacer(sheet, rowsOf(run), [run.headingRow ?? run.first - 1, run.first - 1, (run.headingRow ?? run.first - 1) - 1], [...numberCols]);
        if (kept.length < numberCols.size) {
          numberCols.clear();
          for (const c of kept) numberCols.add(c);
          run.valueCol = Math.max(...kept);
          if (run.total) run.total = { ...run.total, value: sheet.number(run.total.row, run.valueCol) ?? NaN };
        }
      }
      if (spec.name === "PER_VZAE_Bereiche" && numberCols.size > 1) {
        const headOf = (c: number) => [run.headingRow, run.first - 1].map((r) => (r === undefined || r < sheet.r0 ? undefined : sheet.ownText(r, c))).find((t) => t !== undefined);
        const sorted = [...numberCols].sort((a, b) => a - b);
        // "Bereich | Eisenach | Bad Salzungen | Ruhla | Jobcenter": the Jobcenter's column adding up the places' (./jobcenterNamedColumn.ts).
        const totalCol = sorted.find((c) => readColumn(headOf(c) ?? "").kind === "total") ?? totalOverParts(sorted, headOf) ?? jobcenterOverNames(sorted, headOf, rowsOf(run), (r, c) => sheet.number(r, c));
        const inPercent = (c: number) => /%/.test(sheet.format(run.first, c) ?? "");
        const staff = staffColumns(sorted, headOf) ?? staffTableColumns(sorted, headOf, inPercent);
        let planned: ReturnType<typeof planVzaeColumn>;
        // "Bereich | VZÄ Plan | Köpfe": of one VZÄ column beside head counts, the VZÄ column is the table's.
        const heads = sorted.map((c) => fold(headOf(c) ?? ""));
        const vzaeCols = sorted.filter((_, i) => COLUMN_WORDS.vzae.test(heads[i]) && !COLUMN_WORDS.heads.test(heads[i]));
        // "Bereich | VZÄ | Anteil": the share column divides the same VZÄ (./shareColumns.ts).
        const valueCols = withoutShareColumns(sorted, headOf, (c) => /%/.test(sheet.format(run.first, c) ?? ""));
        // "VZÄ Plan 2025 | VZÄ Ist 2024", "Stellen 2025 | Stellen 2024" in a 2025 programme, or "VZÄ 2026 | VZÄ Ist 03/2026"
        // (./planBesideIst.ts, ./inYearStaffIst.ts).
        // "Ist 2026 | Plan 2027 | Veränderung" (the sheet's head row, over "VZÄ gesamt" on top of the areas): the change
        // column derives from the two, no third reading of the VZÄ; the plan column beside the Ist is the table's.
        const headFar = (c: number) => headOf(c) ?? textAbove(sheet, run.first, c);
        const notChange = sorted.filter((c) => readColumn(headFar(c) ?? "").kind !== "change");
        const changeAside = notChange.length > 1 && notChange.length < sorted.length;
        const planCol = planColumnBesideIst(sorted, headOf) ?? planYearColumnBesideEarlier(sorted, headOf, planYear) ?? planColumnBesideInYearIst(sorted, headOf) ?? (changeAside ? planColumnBesideIst(notChange, headFar) : undefined);
        const onlyHeadsBeside = sorted.every((c, i) => vzaeCols.includes(c) || (COLUMN_WORDS.heads.test(heads[i]) && !COLUMN_WORDS.vzae.test(heads[i])));
        if (totalCol !== undefined) run.valueCol = totalCol;
        else if (staff) {
          run.valueCol = staff.vzae;
          headsCol = staff.heads;
        } else if (vzaeCols.length === 1 && onlyHeadsBeside) run.valueCol = vzaeCols[0];
        else if (valueCols.length === 1 && !COLUMN_WORDS.heads.test(fold(headOf(valueCols[0]) ?? ""))) run.valueCol = valueCols[0];
        else if (planCol !== undefined) run.valueCol = planCol;
        // "VZÄ Plan 2025 | Köpfe Plan 2025 | VZÄ Ist 31.12.2024": of the VZÄ columns beside head counts, the plan's.
        else if (onlyHeadsBeside && vzaeCols.length > 1 && planColumnBesideIst(vzaeCols, headOf) !== undefined) run.valueCol = planColumnBesideIst(vzaeCols, headOf)!;
        // "Köpfe | Ist-VZÄ 2024 | Soll-VZÄ 2025 | dav. BA": the planning year's VZÄ column (./planVzaeColumn.ts).
        else if ((planned = planVzaeColumn(sorted, headOf, inPercent, planYear, rowsOf(run), (r, c) => sheet.number(r, c)))) {
          run.valueCol = planned.vzae;
          headsCol = planned.heads;
        } else lows.push({ id: "spalte", text: "Die Tabelle hat mehrere Zahlenspalten und keine Gesamtspalte; welche die VZÄ je Bereich hält, bitte prüfen." });
        if (run.total) {
          const value = sheet.number(run.total.row, run.valueCol);
          run.total = value === undefined ? undefined : { ...run.total, value };
        }
      }
      if (spec.name === "KUN_BG_Groesse" && numberCols.size > 1) {
        const shareCol = bgShareColumn(sheet, [run.headingRow, run.first - 1], [...numberCols]);
        const yearCol = shareCol === undefined ? customerYearColumn(sheet, run.first, [...numberCols], planYear) : undefined;
        if (shareCol !== undefined) run.valueCol = shareCol;
        // "Merkmal | 2025 | 2026 (Prognose)" over "BG 1 Person | 57 % | 58 %": the customers' year (./bgSizeWords.ts).
        else if (yearCol !== undefined) run.valueCol = yearCol;
        // Two years' shares side by side ("2025 | 2024" far above): which one is the table's, the user says.
        else if (rowsNameBgSizes(rowsOf(run).map((r) => labelKey(sheet, r, run.labelCol)))) lows.push({ id: "spalte", text: "Die Tabelle hat mehrere Zahlenspalten; welche die Anteile je BG-Größe hält, bitte prüfen." });
      }
      // A typical row at the edge that also names a figure: the total row decides whether it belongs to the table.
      const isTypical = (r: number) => {
        if (r > sheet.lastRow || sheet.rowBlank(r) || sheet.number(r, run.valueCol) === undefined) return false;
        const key = labelKey(sheet, r, run.labelCol);
        return key !== undefined && !isTotalLabel(key) && isTypicalRow(spec, key);
      };
      const edgeLow = settleEdge(run, { typical: isTypical, number: (r, c) => sheet.number(r, c) }, sheet.r0);
      if (edgeLow) lows.push(edgeLow);
      const rowsName = spec.name === "KUN_BG_Groesse" && rowsNameBgSizes(rowsOf(run).map((r) => labelKey(sheet, r, run.labelCol)));
      if (run.headingRow === undefined && !namedByTotal(spec, run) && !namedByTotalAbove(sheet, spec.totalName, run) && !rowsName) lows.push({ id: "tabelle", text: "Die Tabelle hat keine Überschrift, die sie benennt; erkannt an den Zeilen." });
      else if (run.known === 0) lows.push({ id: "tabelle", text: "Keine Zeile nennt einen typischen Eintrag dieser Tabelle." });
      const kindName = spec.name === "KUN_BG_Groesse" ? "KUN_Anteil_LZB" : "PER_VZAE_Gesamt";
      for (let r = run.first; r <= run.last; r++) {
        if (isNoteRow(sheet, r, run.labelCol)) continue;
        const v = sheet.value(r, run.valueCol);
        const j = judgeValue(kindName, v, sheet.format(r, run.valueCol), false);
        if (!j.ok) {
          lows.push({ id: "typ", text: `Zeile ${r + 1}: ${j.text}` });
          break;
        }
      }
      // A head count column ("Personal nach Bereichen | Köpfe") is no VZÄ table.
      const valueHead = [run.headingRow, run.first - 1].map((r) => (r === undefined || r < sheet.r0 ? undefined : sheet.ownText(r, run.valueCol))).find((t) => t !== undefined);
      if (spec.name === "PER_VZAE_Bereiche" && valueHead !== undefined && readColumn(valueHead).kind === "heads") {
        lows.push({ id: "typ", text: `Die Werte stehen unter „${valueHead}“, das sind Köpfe, keine VZÄ.` });
      }
      const percentUnits = spec.name === "KUN_BG_Groesse" && onlyPercentUnitsBetween(sheet, run.first, run.last, run.labelCol, run.valueCol);
      if (!percentUnits && unitColumnBetween(sheet, run.first, run.last, run.labelCol, run.valueCol)) {
        lows.push({ id: "tabelle", text: "Zwischen Beschriftung und Wert steht eine Spalte mit Einheiten; ob die Liste als zweispaltige Tabelle gemeint ist, bitte prüfen." });
      }
      // Under a title or on a sheet naming last year's staff ("Stellenplan 2025 (Ist …)", "Personal VJ"): last year's areas, no rival (./totalScope.ts).
      const scope = spec.name === "PER_VZAE_Bereiche" ? totalScopeLow(sheet, run.headingRow ?? run.first - 1, run.labelCol, planYear, "current", (rr, cc) => matchLabel(labelKey(sheet, rr, cc) ?? "").standalone.length > 0) : undefined;
      if (scope) lows.push(scope);
      const oneArea = spec.name === "PER_VZAE_Bereiche" ? oneAreaTeamsLow(sheet, run) : undefined;
      if (oneArea) lows.push(oneArea);
      claims.add(sheet.index, run.first, run.labelCol, run.last, run.valueCol);
      const headingText = run.headingRow !== undefined ? sheet.ownText(run.headingRow, run.headingCol!)! : sheet.ownText(run.first, run.labelCol)!;
      const labelCell = run.headingRow !== undefined ? sheet.ref({ row: run.headingRow, col: run.headingCol! }) : sheet.ref({ row: run.first, col: run.labelCol });
      out.push({
        name: spec.name,
        sheet: sheet.index,
        ref: sheet.ref({ row: run.first, col: run.labelCol }, { row: run.last, col: run.valueCol }),
        label: headingText,
        labelCell,
        value: run.last - run.first + 1,
        lows,
        order: orderOf(sheet.index, run.first, run.labelCol),
        ...(scope?.id === "jahr" ? { past: true } : {}),
      });
      if (spec.totalName && run.total) {
        // Only its label and value: another column's total there ("Köpfe" left of "VZÄ") stays free for its own head.
        claims.add(sheet.index, run.total.row, run.labelCol, run.total.row, run.labelCol);
        claims.add(sheet.index, run.total.row, run.valueCol, run.total.row, run.valueCol);
        // The total row right under a table that is sure and whose rows add up to it is that table's total (issue 13
        // §2): for the VZÄ table that is PER_VZAE_Gesamt. Still a fallback, so any other label naming it wins.
        let sum = 0;
        for (let r = run.first; r <= run.last; r++) sum += sheet.number(r, run.valueCol) ?? (isNoteRow(sheet, r, run.labelCol) ? 0 : NaN);
        const addsUp = lows.length === 0 && Math.abs(sum - run.total.value) <= 0.05;
        out.push({
          name: spec.totalName,
          sheet: sheet.index,
          ref: sheet.ref({ row: run.total.row, col: run.valueCol }),
          label: run.total.label,
          labelCell: sheet.ref({ row: run.total.row, col: run.labelCol }),
          value: run.total.value,
          lows: addsUp ? [] : [{ id: "summenzeile", text: "Genommen aus der Summenzeile der VZÄ-Tabelle, nicht aus einer eigenen Beschriftung; die Zeilen ergeben diese Summe nicht oder die Tabelle ist unsicher." }],
          fallback: true,
          ...(addsUp ? { addsUpTable: true } : {}),
          order: orderOf(sheet.index, run.total.row, run.labelCol),
        });
        // The same total row under the head count column is the staff's head count, when its rows add up to it too.
        const heads = headsCol === undefined ? undefined : sheet.number(run.total.row, headsCol);
        if (headsCol !== undefined && heads !== undefined) {
          let headSum = 0;
          for (let r = run.first; r <= run.last; r++) headSum += sheet.number(r, headsCol) ?? (isNoteRow(sheet, r, run.labelCol) ? 0 : NaN);
          out.push({
            name: "PER_Beschaeftigte",
            sheet: sheet.index,
            ref: sheet.ref({ row: run.total.row, col: headsCol }),
            label: run.total.label,
            labelCell: sheet.ref({ row: run.total.row, col: run.labelCol }),
            value: heads,
            lows: addsUp && Math.abs(headSum - heads) <= 0.05 ? [] : [{ id: "summenzeile", text: "Genommen aus der Summenzeile der Köpfe-Spalte, nicht aus einer eigenen Beschriftung; die Zeilen ergeben diese Summe nicht oder die Tabelle ist unsicher." }],
            fallback: true,
            order: orderOf(sheet.index, run.total.row, run.labelCol),
          });
        }
      }
    }
  }
  return out;
}
