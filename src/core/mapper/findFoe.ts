// The Förderung table (FOE_Tabelle): a header row with an Ist and a Plan/Soll column (any years), the
// instruments in a text column to their left, and a "Gesamt"/"Insgesamt"/"Summe" row first or last.
// "Summe …"/"Zwischensumme" rows inside are subtotals. An Excel table (ListObject) holding the header row
// gives the range. The proposed ref includes the header row: the check finds the columns by header.
import { entriesByYears } from "./foeYearHeads";
import { parseRange } from "../address";
import { isTotalLabel, readColumn } from "../columnRoles";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { FOE_PART, FOE_TOTAL, INSTRUMENT_WORDS } from "./labels";
import { fold, isCodeText, isYearNumber, normalizeLabel, rememberText, withoutYears, yearsIn } from "./normalize";
import { sumSignKey } from "./sumSign";
import { isShortCode } from "./codeColumn";
import { matchLabel } from "./matchLabel";
import { labelKey } from "./labelCells";
import { levelOfLabel } from "../resolve/labels";
import { foeHeaderKey } from "../resolve/tableLayout";
import { twoRowHead } from "../resolve/twoRowHead";
import { endAtClosingTotal, goesOnAfterBlank } from "./closingTotal";
import { staffUnitPair } from "./staffUnitHeads";
import { namesStaffArea } from "./staffAreaName";
import { rightOfUpperHead } from "./upperHeadRow";
import { isHelperColumn } from "./helperColumns";
import { isForecastColumn } from "./foeForecastColumn";
import { isInYearMonitoringColumn } from "./foeMonitoringColumn";
import { rivalPlanLow } from "./foePlanAlternatives";
import { isRemark, isSentence } from "./remark";

const IST = /(^|\s)ist(\s|$|\d)|^ist\w*/;
const PLAN = /(^|\s)(plan|soll|planung|planwert|sollwert)(\s|$|\d)|^(plan|soll)\w*/;
const CHANGE = /veraenderung|abweichung|differenz|delta/;
const FOOTER = /^(erstellt|quelle|stand|anmerkung|hinweis|fussnote|\*)/;

interface Header {
  row: number;
  ist: number;
  plan: number;
  /** Found by bare years (previous and planning year) instead of Ist/Plan words. */
  byYears?: boolean;
  /**
   * Found by "Vorjahr"/"VJ" and "Planjahr"/"Ziel" instead of Ist and Plan/Soll: never sure. The check reads only
   * Ist and Plan/Soll (columnRoles.ts "strict"), since a bare "Vorjahr" may hold last year's plan, not its Ist.
   */
  byRoleWords?: boolean;
  /**
   * A two-row header: a group heading ("Plan 2025") over its columns ("Standort A | Standort B | gesamt"), or
   * the kinds over their years ("Ist | Plan" over "2025 | 2026").
   */
  rows: 1 | 2;
}

/**
 * The second row of a two-row header: text only, with a total column under or after the plan heading
 * ("gesamt"); the plan is that column. Undefined when row r+1 is not such a row.
 */
function subHeaderPlan(sheet: SheetGrid, r: number, plan: number): number | undefined {
  const next = r + 1;
  const cols = sheet.filledColumns(next);
  if (cols.length < 2 || cols.some((c) => sheet.ownText(next, c) === undefined)) return undefined;
  const total = cols.filter((c) => c >= plan && isTotalLabel(sheet.ownText(next, c)!));
  return total.length === 1 ? total[0] : undefined;
}

/**
 * Whether row r+1 holds the years of the Ist and Plan columns of row r ("Ist | Plan" over "2025 | 2026"), as the
 * check's table layout reads such a head (../resolve/twoRowHead.ts): then the data start below it.
 */
function yearRowBelow(sheet: SheetGrid, r: number, ist: number, plan: number): boolean {
  if (r + 1 > sheet.lastRow) return false;
  const cols = [...Array(sheet.lastCol - sheet.c0 + 1).keys()].map((i) => sheet.c0 + i);
  const rows = [r, r + 1];
  const head = twoRowHead(
    rows.map((row) => cols.map((c) => sheet.value(row, c))),
    rows.map((row) => cols.map((c) => sheet.format(row, c))),
  );
  return head !== undefined && foeHeaderKey(head.head[ist - sheet.c0]) === "ist" && foeHeaderKey(head.head[plan - sheet.c0]) === "plan";
}

const yearOf = (sheet: SheetGrid, r: number, c: number): number | undefined => {
  const n = sheet.number(r, c);
  if (n !== undefined) return isYearNumber(n) ? n : undefined;
  const t = sheet.ownText(r, c);
  if (!t || t.length > 30) return undefined;
  const years = yearsIn(fold(t));
  return years.length === 1 ? years[0] : undefined;
};

/** A header text's role in the loose reading (none for a change column): remembered, every row's cells are read. */
const looseKind = rememberText((t: string) => (t.length <= 40 && !CHANGE.test(fold(t)) ? readColumn(t).kind : undefined));

function headersOf(sheet: SheetGrid, planYear: number | undefined): Header[] {
  const out: Header[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length < 2) continue;
    let ist = -1;
    let plan = -1;
    for (const c of cols) {
      const t = sheet.ownText(r, c);
      if (!t || t.length > 40) continue;
      const f = fold(t);
      if (CHANGE.test(f)) continue;
      if (ist < 0 && IST.test(f)) ist = c;
      // Plan split by location: the "Plan gesamt" column is the plan, as the check's table layout reads it.
      else if (PLAN.test(f) && (plan < 0 || (isTotalLabel(t) && !isTotalLabel(sheet.ownText(r, plan) ?? "")))) plan = c;
    }
    if (ist >= 0 && plan >= 0 && ist !== plan) {
      const sub = subHeaderPlan(sheet, r, plan);
      if (sub === undefined && yearRowBelow(sheet, r, ist, plan)) {
        // The year row is part of this head, no header of its own.
        out.push({ row: r, ist, plan, rows: 2 });
        r++;
        continue;
      }
      out.push(sub !== undefined ? { row: r, ist, plan: sub, rows: 2 } : { row: r, ist, plan, rows: 1 });
      continue;
    }
    // "Vorjahr | Planjahr": the loose reading's roles, only a low proposal (the user renames the header).
    const loose = cols.map((c) => {
      const t = sheet.ownText(r, c);
      return t ? looseKind(t) : undefined;
    });
    const looseIst = cols.filter((_, i) => loose[i] === "ist");
    const loosePlan = cols.filter((_, i) => loose[i] === "plan");
    if (looseIst.length === 1 && loosePlan.length === 1) {
      out.push({ row: r, ist: looseIst[0], plan: loosePlan[0], byRoleWords: true, rows: 1 });
      continue;
    }
    // "2023 | 2024" (or "Eintritte 2023 | Eintritte 2024") without the words Ist/Plan: only with a known planning year.
    if (planYear === undefined) continue;
    const prev = cols.find((c) => yearOf(sheet, r, c) === planYear - 1);
    const cur = cols.find((c) => yearOf(sheet, r, c) === planYear);
    if (prev !== undefined && cur !== undefined && cols.every((c) => sheet.ownText(r, c) !== undefined || yearOf(sheet, r, c) !== undefined)) {
      out.push({ row: r, ist: prev, plan: cur, byYears: true, rows: 1 });
    }
  }
  // "VZÄ Plan 2025 | VZÄ Ist 2024" heads a staff table (./staffUnitHeads.ts).
  return out.filter((h) => !staffUnitPair(sheet.ownText(h.row, h.ist), sheet.ownText(h.row, h.plan)));
}

/**
 * A total row at the table's edge: the mapper's total words, or what the check itself reads as the table's total
 * there (../resolve/labels.ts levelOfLabel: "Ergebnis", "Total" of an Excel table's totals row, "Summe …", "… gesamt").
 */
/** Whether column `c`'s header (either row of a two-row header) is a change or forecast the check's table layout does not read. */
function isTrailingChange(sheet: SheetGrid, h: Header, c: number): boolean {
  const texts = [sheet.text(h.row, c), h.rows === 2 ? sheet.text(h.row + 1, c) : undefined].filter((t): t is string => t !== undefined);
  if (texts.some((t) => readColumn(t).kind === "change") && texts.every((t) => foeHeaderKey(t) === undefined)) return true;
  // A forecast at the edge ("Prognose 2025 (Stand 30.06.)") is no column of the table either (./foeForecastColumn.ts).
  return isForecastColumn(sheet, h.rows === 2 ? [h.row, h.row + 1] : [h.row], c);
}

const FOE_TOTAL_KEY = (key: string) => FOE_TOTAL.test(key) || (key !== "" && levelOfLabel(key, true) === 0);

/** Find Förderung-table candidates on a sheet; their cells are claimed. */
export function findFoe(sheet: SheetGrid, claims: Claims, planYear?: number): Candidate[] {
  const out: Candidate[] = [];
  for (const h of headersOf(sheet, planYear)) {
    const valueLeft = Math.min(h.ist, h.plan);
    let right = Math.max(h.ist, h.plan);
    while (right + 1 <= sheet.lastCol && (sheet.text(h.row, right + 1) !== undefined || (h.rows === 2 && sheet.text(h.row + 1, right + 1) !== undefined))) right++;
    right = rightOfUpperHead(sheet, h.row, [h.ist, h.plan], right);
    // A change column at the table's right edge ("Diff.", "Veränderung") is no column the check reads (its table
    // layout knows Ist, Plan, Ebene, Begründung): the table ends before it, as the check's range would.
    while (right > Math.max(h.ist, h.plan) && isTrailingChange(sheet, h, right)) right--;
    // The first data row (below both header rows of a two-row header).
    const top = h.row + h.rows - 1;

    const table = sheet.tables.find((t) => {
      try {
        const { start, end } = parseRange(t.range.replace(/\$/g, ""));
        return start.row === h.row && start.col <= valueLeft && end.col >= Math.max(h.ist, h.plan);
      } catch {
        return false;
      }
    });

    // Rows below the header until a blank row (within the table's columns) or a footer.
    let last = top;
    let left = valueLeft;
    let gaps = 0;
    if (table) {
      const { start, end } = parseRange(table.range.replace(/\$/g, ""));
      last = end.row;
      left = start.col;
      right = end.col;
    } else {
      for (let r = top + 1; r <= sheet.lastRow; r++) {
        let filled = false;
        for (let c = Math.max(sheet.c0, 0); c <= right && !filled; c++) filled = !sheet.isBlank(r, c);
        if (!filled) break;
        last = r;
      }
      // The instrument column: the column left of the values holding the most texts (codes such as
      // Haushaltsstellen or running numbers are no labels).
      let best = -1;
      let bestCount = 0;
      for (let c = sheet.c0; c < valueLeft; c++) {
        let n = 0;
        for (let r = top + 1; r <= last; r++) {
          const t = sheet.ownText(r, c);
          if (t !== undefined && !isCodeText(t) && !isShortCode(t)) n++;
        }
        if (n > bestCount) {
          best = c;
          bestCount = n;
        }
      }
      if (best < 0) continue;
      left = best;
      // A single blank row followed by more instrument rows: the table goes on (but is only "low").
      for (;;) {
        const next = last + 2;
        const continues =
          next <= sheet.lastRow &&
          sheet.rowBlank(last + 1) &&
          sheet.ownText(next, left) !== undefined &&
          !FOOTER.test(labelKey(sheet, next, left) ?? "") &&
          goesOnAfterBlank(labelKey(sheet, last, left) ?? "", last === top + 1, labelKey(sheet, next, left) ?? "", FOE_TOTAL_KEY) &&
          matchLabel(labelKey(sheet, next, left) ?? "").standalone.length === 0 &&
          sheet.number(next, h.ist) !== undefined &&
          sheet.number(next, h.plan) !== undefined;
        if (!continues) break;
        gaps++;
        last = next;
        while (last + 1 <= sheet.lastRow && !sheet.rowBlank(last + 1) && sheet.ownText(last + 1, left) !== undefined) last++;
      }
      // Footer rows (erstellt:, Quelle:) without figures end the table; so does a footnote or remark in its raw
      // wording ("* Ist 2026 vorläufig …", "¹ …", "Anm.: …") or a sentence, whose marks the label key folds away.
      while (last > top) {
        const key = labelKey(sheet, last, left) ?? "";
        const hasNumber = sheet.number(last, h.ist) !== undefined || sheet.number(last, h.plan) !== undefined;
        const raw = sheet.ownText(last, left) ?? "";
        if (!hasNumber && (FOOTER.test(key) || key === "" || isRemark(raw) || isSentence(raw))) last--;
        else break;
      }
      const keyAt = (r: number) => labelKey(sheet, r, left) ?? "";
      last = endAtClosingTotal(top, last, keyAt, FOE_TOTAL_KEY, (r) => sheet.ownText(r, left));
      // Lookup, error or check columns at the right edge are the controller's helpers, no column of the table.
      const headRows = h.rows === 2 ? [h.row, h.row + 1] : [h.row];
      // So is the planning year's in-year monitoring (./foeMonitoringColumn.ts), of the year the Plan column names.
      const year = headRows.map((r) => readColumn(sheet.text(r, h.plan) ?? "").year).find((y) => y !== undefined) ?? planYear;
      const outside = (c: number) => isTrailingChange(sheet, h, c) || isHelperColumn(sheet, headRows, c, top, last) || isInYearMonitoringColumn(sheet, headRows, c, top, last, year);
      while (right > Math.max(h.ist, h.plan) && outside(right)) right--;
    }
    const dataRows = last - top;
    if (dataRows < 1) continue;

    const labels: string[] = [];
    // "Σ" closing the table: the sum sign is its "Summe" (./sumSign.ts).
    for (let r = top + 1; r <= last; r++) labels.push(sumSignKey(sheet.ownText(r, left), (t) => withoutYears(normalizeLabel(t).core) || undefined) ?? labelKey(sheet, r, left) ?? "");
    // A staff area ("sonstiges operatives Personal") names no figure of its own, yet no instrument either.
    const otherLabels = labels.filter((k) => k && (matchLabel(k).standalone.length > 0 || namesStaffArea(k))).length;
    // "darunter Jugendliche", "hiervon FbW" are parts of an instrument, not instruments of their own.
    const instruments = labels.filter((k) => INSTRUMENT_WORDS.test(k) && !FOE_PART.test(k)).length;
    // A budget or target table with Ist/Plan columns is not the Förderung table; nor is a table of cost types
    // closed by a budget's total ("Personalkosten | Sachkosten | Verwaltungskostenbudget gesamt") naming no instrument.
    if (otherLabels >= 2 && otherLabels > instruments) continue;
    if (instruments === 0 && labels.some((k) => k && matchLabel(k).standalone.some((s) => s.names.current?.startsWith("BUD_")))) continue;
    // Read by the loose role words only where the rows or the sheet say Förderung (no budget or target table claimed).
    if (h.byRoleWords && instruments === 0 && sheet.areaAt(h.row) !== "foerderung") continue;

    const lows: Low[] = [];
    if (h.byYears && !entriesByYears(sheet, h.row, h.ist, h.plan)) lows.push({ id: "tabelle", text: "Der Kopf nennt nur Jahreszahlen, nicht Ist und Plan/Soll." });
    if (h.byRoleWords) {
      lows.push({ id: "tabelle", text: "Der Kopf nennt Vorjahr/Planjahr, nicht Ist und Plan/Soll; die Prüfung liest nur diese Wörter (etwa „Ist 2024“ | „Plan 2025“), denn „Vorjahr“ kann auch den Plan des Vorjahres meinen." });
    }
    // "Plan 2026 Stand 15.09. | Plan 2026 final": two versions of the plan, the check reads one (./foePlanAlternatives.ts).
    const rivalPlan = rivalPlanLow(sheet, h.row, h.plan, (f) => PLAN.test(f));
    if (rivalPlan) lows.push(rivalPlan);
    if (gaps > 0) lows.push({ id: "tabelle", text: `Die Tabelle hat ${gaps} Leerzeile(n); bitte prüfen, wo sie endet.` });
    if (dataRows < 2) lows.push({ id: "tabelle", text: "Die Tabelle hat nur eine Zeile unter dem Kopf." });
    const totalFirst = FOE_TOTAL_KEY(withoutYears(labels[0]));
    const totalLast = FOE_TOTAL_KEY(withoutYears(labels[labels.length - 1]));
    if (!totalFirst && !totalLast) {
      lows.push({ id: "tabelle", text: "Die Tabelle hat keine Zeile „Gesamt“/„Insgesamt“/„Summe“ als erste oder letzte Zeile." });
    }
    let textInValues = 0;
    for (let r = top + 1; r <= last; r++) {
      for (const c of [h.ist, h.plan]) {
        const v = sheet.value(r, c);
        if (v !== null && typeof v !== "number") textInValues++;
      }
    }
    if (textInValues > 0) lows.push({ id: "typ", text: `In den Spalten Ist/Plan stehen ${textInValues} Werte, die keine Zahlen sind.` });
    if (instruments === 0 && sheet.areaAt(h.row) !== "foerderung") {
      lows.push({ id: "kontext", text: "Keine Zeile nennt ein bekanntes Instrument, und das Blatt heißt nicht nach der Förderung." });
    }

    const headerTexts: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = sheet.ownText(h.row, c);
      if (t) headerTexts.push(t);
    }
    claims.add(sheet.index, h.row, left, last, right);
    out.push({
      name: "FOE_Tabelle",
      sheet: sheet.index,
      ref: sheet.ref({ row: h.row, col: left }, { row: last, col: right }),
      label: headerTexts.join(" | "),
      labelCell: sheet.ref({ row: h.row, col: left }),
      value: dataRows,
      lows,
      order: orderOf(sheet.index, h.row, left),
    });
  }
  return out;
}
