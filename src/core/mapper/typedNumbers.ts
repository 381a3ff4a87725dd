// Values as people type them: a text cell holding one figure ("11.482.300 ", "'7.590.120" from a CSV import,
// "9.870.000 €", "59,4 %", "186 MA", "187,5 VZÄ", "1.705.000¹", "76 %*", "ca. 1.050", "'14.11.2025", "15.11.25")
// is read as that number before any finder looks, as a reader reads it. The reading of one printed figure is the
// programme document's (../document/numbers.ts, parseCellNumber); done once per cell when the grids are built.
// The text stays known (the proposal shows it and says that the check reports it, typen/zahl).
// Not one figure, so left as text: ranges ("16–17 %", "1.100–1.150"), bounds (">= 17 %"), two shares
// ("70 % / 30 %"), words ("Prognose: 560"), thousands or millions ("rd. 3,1 Mio. €"), and a bare year ("2026"),
// which heads columns as text.
import { parseCellNumber } from "../document/numbers";
import { MONTH_NAME } from "./monthNames";
import { dateToSerial } from "../excelDate";
import type { CellValue } from "../snapshot";

export interface TypedNumber {
  value: number;
  /** The number format the text shows ("#,##0", "0.0%", "dd.mm.yyyy"). */
  format: string;
  /** Typed as rounded ("ca. 1.050", "rd. 900", "~ 12"): a figure given exactly elsewhere wins over it. */
  approx: boolean;
  /** The unit typed after it ("VZÄ", "MA", "BG", "Köpfe", "Pers."): what the number counts. */
  unit?: string;
  /** Nothing but the figure ("542.000", "20,4 %"): no mark says why it is text (see typedNumberValues). */
  plain: boolean;
}

/** Cheap gate: the texts worth parsing start like a figure (digit, sign, apostrophe, "ca."/"rd."/"~"). */
const MAY_BE_FIGURE = /^(?:['’`]|[+\-−–]\s?|(?:ca\.?|rd\.?|rund|circa|etwa|~)\s*)?\d/i;
const APOSTROPHE = /^['’`]/;
const APPROX = /^(?:ca\.?|rd\.?|rund|circa|etwa|~)\s*/i;
/** Footnote marks after the figure: "1.705.000¹", "76 %*", "3.700²". */
const FOOTNOTE = /\s?[\u00b9\u00b2\u00b3\u2070-\u2079*]+$/;
/** A unit of people or posts after the figure ("186 MA", "1.024 BG", "204 Köpfe", "168 Pers.", "187,5 VZÄ"). */
const UNIT = /\s(MA|BG|Köpfe|Pers\.|VZÄ)$/;
/** Amounts in thousands or millions are another unit than the contract's euros: no reading. */
const SCALED = /tsd|tausend|mio|mrd/i;
const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
/** A bare whole number ("550", "12"): outline numbers and heads look alike, so read only where a value stands. */
const BARE_INTEGER = /^\d+$/;
const YEAR = /^(?:199\d|20\d\d)$/;
/** A bare number of four or more digits without separators ("4100", "68511"): a code (Kostenstelle, Titel), unless marked. */
const CODE = /^\d{4,}$/;

/** "Nov. 2024", "November 2024": a month typed as text, beside its label (read as the month's first day). */
const MONTH_YEAR = new RegExp(String.raw`^(${MONTH_NAME})[a-zä]*\.?\s+((?:19|20)\d\d)$`, "i");
const MONTHS = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];

/** The month a label's value names ("Datenstand | Nov. 2024"), as a date; undefined for any other text. */
export function typedMonth(text: string): number | undefined {
  const m = MONTH_YEAR.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase().replace("ae", "ä"));
  return month < 0 ? undefined : dateToSerial(new Date(Date.UTC(Number(m[2]), month, 1)));
}

const decimalsFormat = (base: string, decimals: number) => (decimals > 0 ? `${base}.${"0".repeat(decimals)}` : base);

function typedDate(t: string): TypedNumber | undefined {
  const m = DATE.exec(t);
  if (!m) return undefined;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCDate() !== d || y < 1990 || y > 2100) return undefined;
  return { value: dateToSerial(date), format: "dd.mm.yyyy", approx: false, plain: false };
}

/**
 * The figure a text cell shows, or undefined when it shows none (or not one). `valuePlace`: the cell stands
 * right of a filled cell in its row (a bare whole number is read only there: at a row's start it numbers);
 * `loneValue`: besides, it is one of only two filled cells of its row (label and value).
 */
export function typedNumber(text: string, valuePlace: boolean, loneValue = valuePlace): TypedNumber | undefined {
  let t = text.trim();
  if (t.length > 32 || !MAY_BE_FIGURE.test(t) || SCALED.test(t)) return undefined;
  const quoted = APOSTROPHE.test(t);
  if (quoted) t = t.slice(1).trim();
  const approx = APPROX.exec(t);
  if (approx) t = t.slice(approx[0].length);
  t = t.replace(FOOTNOTE, "").trim();
  const unit = UNIT.exec(t)?.[1];
  if (unit) t = t.slice(0, -unit.length).trim();
  const date = typedDate(t);
  // "31.12.2023 | 31.12.2024 | Plan 2025" heads columns: a text date is a value only beside its label (or quoted).
  if (date) return approx || (!quoted && !loneValue) ? undefined : { ...date, plain: false };
  if (BARE_INTEGER.test(t) && !valuePlace && !quoted) return undefined;
  // "'2026": a year forced to text by the import is that year's number (a bare "2026" may head a column).
  if (quoted && YEAR.test(t)) return { value: Number(t), format: "0", approx: false, plain: false };
  const n = parseCellNumber(t);
  if (!n || n.points || n.approx) return undefined;
  const plain = !quoted && !approx && !unit && !n.euro && !FOOTNOTE.test(text.trim());
  if (plain && CODE.test(t)) return undefined;
  if (n.percent) return { value: Number((n.value / 100).toPrecision(12)), format: decimalsFormat("0", n.decimals).concat("%"), approx: approx !== null, plain };
  const base = n.raw.includes(".") || n.euro ? "#,##0" : "0";
  const format = decimalsFormat(base, n.decimals) + (n.euro ? ' "€"' : "");
  return { value: n.value, format, approx: approx !== null, plain, ...(unit ? { unit } : {}) };
}

export interface TypedText {
  text: string;
  approx: boolean;
  unit?: string;
}

export interface TypedCells {
  values: CellValue[][];
  numberFormats?: string[][];
  /** Per converted cell ("row,col", relative): its text and whether it was typed as rounded. */
  typed: Map<string, TypedText>;
}

/**
 * A sheet's values with every text figure read as its number; the same arrays when there is none. A plain text
 * figure ("542.000", "20,4 %") is read only in a column typed as figures throughout (an export or import: no
 * number in it, several text figures and more of them than words); alone or among numbers it is one cell typed wrongly, which the user should
 * look at, and among remarks ("Notiz": "15,2 %") it is a remark: it stays text (a low proposal, or none).
 */
export function typedNumberValues(values: CellValue[][], numberFormats: string[][] | undefined): TypedCells {
  const found: Array<{ r: number; c: number; n: TypedNumber }> = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    let filledLeft = false;
    let filled = 0;
    let first: CellValue | undefined;
    for (const v of row) if (v !== null && v !== undefined && v !== "") first = filled++ === 0 ? v : first;
    // "Stand | 15.11.25": two cells, a word label and the value ("Dez 2023 | Dez 2024" are two heads).
    const labelled = filled === 2 && typeof first === "string" && typedMonth(first) === undefined && typedNumber(first, false) === undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const here = filledLeft;
      if (v !== null && v !== undefined && v !== "") filledLeft = true;
      if (typeof v !== "string") continue;
      // A month as a value stands alone right of its label; month heads of a strip stand in a row of many.
      // …and no number right below it ("Personal | Dez 2024" over the staff figures is a head).
      const lone = here && labelled && typeof values[r + 1]?.[c] !== "number";
      const month = lone ? typedMonth(v) : undefined;
      const n = month !== undefined ? { value: month, format: "mmm yyyy", approx: false, plain: false } : typedNumber(v, here, lone);
      if (n) found.push({ r, c, n });
    }
  }
  const typed = new Map<string, TypedText>();
  if (found.length === 0) return { values, numberFormats, typed };
  const figureColumn = figureColumns(values, found);
  const outValues = values.slice();
  const outFormats = values.map((_, i) => (numberFormats?.[i] ?? []).slice());
  for (const { r, c, n } of found) {
    if (n.plain && !figureColumn(c)) continue;
    if (outValues[r] === values[r]) outValues[r] = values[r].slice();
    outValues[r][c] = n.value;
    outFormats[r][c] = n.format;
    typed.set(`${r},${c}`, { text: values[r][c] as string, approx: n.approx, ...(n.unit ? { unit: n.unit } : {}) });
  }
  return typed.size ? { values: outValues, numberFormats: outFormats, typed } : { values, numberFormats, typed };
}

/** Columns typed as figures throughout: no number, two text figures at least, and more of them than other texts. */
function figureColumns(values: CellValue[][], found: ReadonlyArray<{ c: number }>): (col: number) => boolean {
  const figures = new Map<number, number>();
  for (const { c } of found) figures.set(c, (figures.get(c) ?? 0) + 1);
  const words = new Map<number, number>();
  const numbers = new Set<number>();
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number") numbers.add(c);
      else if (typeof v === "string" && v.trim() !== "" && figures.has(c)) words.set(c, (words.get(c) ?? 0) + 1);
    }
  }
  // `words` counted every text of the column, the figures among them too.
  return (col) => !numbers.has(col) && (figures.get(col) ?? 0) >= 2 && (figures.get(col) ?? 0) * 2 > (words.get(col) ?? 0);
}
