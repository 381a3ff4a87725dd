// The head row of a long-format list ("Bereich | Kennzahl | Jahr | Wert | Einheit | Bemerkung"): one row per
// figure and year. A reader knows it by its heads and its cells: a label column of texts, a year column whose
// cells are years, a value column of numbers; an area, a kind (Plan/Ist), a unit and a region column may stand
// beside them. Found wherever it sits on a sheet; its rows run down to the next blank row.
import type { SheetGrid } from "./grid";
import { fold, isYearNumber } from "./normalize";
import { isRolePeriodColumn, isYearedPartColumn, PART_HEAD, PERIOD_HEAD } from "./longListPeriod";
import { isRemarkHead } from "./remarkColumns";
import { wordLabelColumn } from "./longListCodeLabel";

export interface LongListHead {
  row: number;
  /** First and last data row. */
  from: number;
  to: number;
  /** First and last column of the head row. */
  left: number;
  right: number;
  label: number;
  year: number;
  value: number;
  area?: number;
  kind?: number;
  unit?: number;
  /** The "Ausprägung" column: the row's part of the figure (./longListPeriod.ts). */
  part?: number;
  /** The year column holds role texts ("Ziel 2025", "Vorjahr 2024") rather than bare years (./longListPeriod.ts). */
  period?: boolean;
  /** A column naming Jobcenters, regions or locations: the rows may be another body's figures. */
  region?: number;
  regionHead?: string;
}

// Heads by their first word (folded); a head with words after it ("Wert (EUR)", "Jahr (JJJJ)") reads by the first.
export const LABEL_HEAD = /^(kennzahl|kennzahlen|kennziffer|kennz|merkmal|merkmale|strukturmerkmal\w*|indikator|indikatoren|groesse|messgroesse|kenngroesse|steuerungsgroesse|bezeichnung|position|sachverhalt|kpi|measure|metric|indicator)\b/;
const YEAR_HEAD = /^(jahr|berichtsjahr|bezugsjahr|zeitraum|periode|period|year|haushaltsjahr)\b/;
const VALUE_HEAD = /^(wert|werte|betrag|anzahl|value|amount|zahl)\b/;
export const AREA_HEAD = /^(bereich|themenbereich|thema|themenfeld|handlungsfeld|kategorie|rubrik|gruppe|abschnitt|kapitel|area)\b/;
const KIND_HEAD = /^(art|wertart|werttyp|datenart|status|version|szenario|scenario|typ)\b/;
const UNIT_HEAD = /^(einheit|masseinheit|unit)\b/;
const REGION_HEAD = /^(jobcenter|jc|region|standort|kreis|landkreis|dienststelle|geschaeftsstelle|agentur|traeger|gebiet|kommune|bundesland|regionalschluessel|rs)\b/;
/** Data rows a list must have to be read as one (fewer: a small table the other finders read). */
const MIN_ROWS = 3;

/** A year in a cell: a year number, or a text that is only a year ("2024"). */
export function yearAt(sheet: SheetGrid, row: number, col: number): number | undefined {
  const n = sheet.number(row, col);
  if (n !== undefined) return isYearNumber(n) ? n : undefined;
  const t = sheet.ownText(row, col);
  return t !== undefined && /^(19|20)\d\d$/.test(t.trim()) ? Number(t.trim()) : undefined;
}

/** The one column whose head matches `re` (two such heads: none, the list is not understood). */
function only(heads: Array<[number, string]>, re: RegExp): number | undefined {
  const hits = heads.filter(([, t]) => re.test(t));
  return hits.length === 1 ? hits[0][0] : undefined;
}

/** The long list headed by `row`, or undefined when the row is no such head or the cells below do not fit it. */
export function longListHeadAt(sheet: SheetGrid, row: number): LongListHead | undefined {
  const cols = sheet.filledColumns(row);
  // Another block beside the list in the same rows: the head ends at its first empty column.
  const whole = headOver(sheet, row, cols);
  if (whole) return whole;
  let end = 1;
  while (end < cols.length && cols[end] === cols[end - 1] + 1) end++;
  return end < cols.length ? headOver(sheet, row, cols.slice(0, end)) : undefined;
}

function headOver(sheet: SheetGrid, row: number, cols: number[]): LongListHead | undefined {
  if (cols.length < 3 || cols.some((c) => sheet.ownText(row, c) === undefined)) return undefined;
  const heads = cols.map((c) => [c, fold(sheet.ownText(row, c)!).trim()] as [number, string]);
  const part = only(heads, PART_HEAD);
  // "Kennzahl | Merkmal | Ausprägung": beside a part column the second label head names the kind of part.
  const labels = heads.filter(([, t]) => LABEL_HEAD.test(t));
  const value = only(heads, VALUE_HEAD);
  let to = row;
  while (to + 1 <= sheet.lastRow && !sheet.rowBlank(to + 1)) to++;
  // "MERKMAL | MERKMAL_TXT": a key column beside its text, the text is the label (./longListCodeLabel.ts).
  const wordLabel = labels.length === 2 && part === undefined ? wordLabelColumn(sheet, row + 1, to, labels[0][0], labels[1][0]) : undefined;
  const label = wordLabel ?? (labels.length === 1 || (labels.length === 2 && part !== undefined) ? labels[0][0] : undefined);
  // "Merkmal | Ausprägung | Wert" over "Anteil LZB | 2024", "Alleinerziehende | Anzahl 2023": the part holds the year.
  const year = only(heads, YEAR_HEAD) ?? only(heads, PERIOD_HEAD) ?? (part !== undefined && isYearedPartColumn(sheet, row + 1, to, part, MIN_ROWS) ? part : undefined);
  if (label === undefined || year === undefined || value === undefined || new Set([label, year, value]).size < 3) return undefined;
  let years = 0;
  let values = 0;
  let period = false;
  for (let r = row + 1; r <= to; r++) {
    // A year column holds years or nothing: a period of months or a date says the list is of another kind,
    // unless the column states each row's role in words (./longListPeriod.ts).
    if (sheet.value(r, year) !== null && yearAt(sheet, r, year) === undefined) period = true;
    if (yearAt(sheet, r, year) !== undefined) years++;
    if (sheet.number(r, value) !== undefined) values++;
  }
  if (period && year !== part && !isRolePeriodColumn(sheet, row + 1, to, year, MIN_ROWS)) return undefined;
  if ((!period && years < MIN_ROWS - 1) || values < MIN_ROWS) return undefined;
  const dimension = labels.length === 2 ? labels.find(([c]) => c !== label)![0] : undefined;
  const others = heads.filter(([c]) => c !== label && c !== year && c !== value && c !== part && c !== dimension && !isRemarkHead(sheet.ownText(row, c)));
  const region = only(others, REGION_HEAD);
  return {
    row,
    from: row + 1,
    to,
    left: cols[0],
    right: cols[cols.length - 1],
    label,
    year,
    value,
    area: only(others, AREA_HEAD),
    kind: only(others, KIND_HEAD),
    unit: only(others, UNIT_HEAD),
    ...(part !== undefined ? { part } : {}),
    ...(period ? { period } : {}),
    ...(region !== undefined ? { region, regionHead: sheet.ownText(row, region) } : {}),
  };
}
