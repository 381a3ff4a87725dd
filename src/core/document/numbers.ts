// Figures as German print shows them: "9.994.076", "16,4 %", "+6,3", "−2,5", "rund 16 %". Finds them in a
// sentence (leaving out dates, years, paragraph signs and "18/23"-style references, which state no figure),
// and compares a printed figure with a workbook value at the precision the print shows: 16,4 % agrees with
// 16,447 %, "rund 16 %" too, 16,5 % does not.

export interface PrintedNumber {
  /** The figure as printed, e.g. "16,4 %". */
  raw: string;
  /** Offsets in the text it was found in. */
  start: number;
  end: number;
  /** The printed value (16.4 for "16,4 %"; percent figures stay in percent). */
  value: number;
  /** Decimals printed: the precision of the print. */
  decimals: number;
  /** Printed with "%" or "Prozent". */
  percent: boolean;
  /** Printed with "€" or "Euro". */
  euro: boolean;
  /** Printed with an explicit sign ("+6,3", "−2,5"). */
  signed: boolean;
  /** "rund", "ca.", "etwa", "knapp", "fast", "über" in front: rounded further than its digits show. */
  approx: boolean;
  /** A percentage-point figure ("1,2 % Punkte", "%-Pkt."): a different measure than a share. */
  points: boolean;
}

const MINUS_SIGNS = /[−–-]/;

// Number: optional sign, digits with "." thousands separators or plain, optional "," decimals.
const NUMBER = /(?<![\p{L}\d.,/])([+−–-]\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/]|\.\d|,\d)(\s?(?:%|Prozent\b|v\. ?H\.)|\s?(?:€|Euro\b|EUR\b))?/gu;

// Text that holds digits but states no figure: dates, month/year, report numbers, paragraphs, list numbers.
const NOT_FIGURES = [
  /\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?/g, // 21.02.2024, 01.01.
  /\b\d{1,4}\s?\/\s?\d{2,4}\b/g, // 10/2023, 18/23, 06/2022
  /§+\s*\d+\s?[a-z]?\b/gi, // § 16 i, § 1
  /\b(?:Abs|Nr|Art|Ziff|Seite|S)\.\s?\d+/g,
  /\b[A-Z]\d\b/g, // A2, B1 (language levels)
];

const APPROX = /(?:rund|ca\.?|circa|etwa|knapp|fast|annähernd|ungefähr|über|mehr als|weniger als|unter)\s*$/i;
const POINTS_AFTER = /^\s*(?:%-?\s?)?(?:Punkte|Prozentpunkte|Pkt\.?|%-Pkt\.?)/i;

function masked(text: string): string {
  let out = text;
  for (const re of NOT_FIGURES) out = out.replace(re, (m) => " ".repeat(m.length));
  return out;
}

const isYear = (n: PrintedNumber) => !n.percent && !n.euro && !n.signed && n.decimals === 0 && !n.raw.includes(".") && n.value >= 1950 && n.value <= 2099;

/** The figures a text states, in order; years, dates and references are left out (they state no figure). */
export function findNumbers(text: string): PrintedNumber[] {
  const clean = masked(text);
  const found: PrintedNumber[] = [];
  for (const m of clean.matchAll(NUMBER)) {
    const [whole, sign, int, dec, unit] = m;
    const start = m.index ?? 0;
    const end = start + whole.length;
    const magnitude = Number(int.replace(/\./g, "")) + (dec ? Number(`0.${dec}`) : 0);
    const negative = sign !== undefined && MINUS_SIGNS.test(sign);
    const n: PrintedNumber = {
      raw: text.slice(start, end).trim(),
      start,
      end,
      value: negative ? -magnitude : magnitude,
      decimals: dec ? dec.length : 0,
      percent: unit !== undefined && /%|Prozent|v\./.test(unit),
      euro: unit !== undefined && /€|Euro|EUR/.test(unit),
      signed: sign !== undefined,
      approx: APPROX.test(text.slice(Math.max(0, start - 14), start)),
      points: POINTS_AFTER.test(text.slice(end, end + 20)) || (unit !== undefined && POINTS_AFTER.test(text.slice(start + whole.length - unit.length, end + 20))),
    };
    if (!isYear(n)) found.push(n);
  }
  return found;
}

/** A table cell's figure ("9.994.076", "16,0%", "-2,5", "+6,3", "115,0"), or undefined when the cell is not one number. */
export function parseCellNumber(text: string): PrintedNumber | undefined {
  const t = text.replace(/\u00a0/g, " ").trim();
  if (!t) return undefined;
  const all = findNumbers(t);
  if (all.length !== 1) return undefined;
  const rest = (t.slice(0, all[0].start) + t.slice(all[0].end)).replace(/\s+|VZÄ|Tsd\.?/g, "");
  return rest === "" ? all[0] : undefined;
}

export interface Comparison {
  agrees: boolean;
  /** The workbook value as the print's unit shows it (percent for shares), rounded like the print. */
  shownAsPrinted: number;
}

/**
 * Does a printed figure agree with a workbook value? `percentUnit`: the value is a fraction shown in percent
 * (shares and changes). The value is rounded to the decimals the print shows; a figure said to be
 * approximate ("rund 870") may be rounded further, to its last non-zero digit.
 */
export function compareAsPrinted(printed: PrintedNumber, workbookValue: number, percentUnit: boolean): Comparison {
  const shown = percentUnit ? workbookValue * 100 : workbookValue;
  const rounded = roundTo(shown, printed.decimals);
  if (Math.abs(rounded - printed.value) < 1e-9) return { agrees: true, shownAsPrinted: rounded };
  if (printed.approx && printed.decimals === 0) {
    const zeros = trailingZeros(Math.abs(printed.value));
    const unit = 10 ** zeros;
    if (Math.abs(Math.round(shown / unit) * unit - printed.value) < 1e-9) return { agrees: true, shownAsPrinted: rounded };
  }
  return { agrees: false, shownAsPrinted: rounded };
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // Round half away from zero on the decimal string, as print does (16,45 → 16,5), not on binary noise.
  return Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(12))) / f;
}

function trailingZeros(n: number): number {
  let z = 0;
  while (n >= 10 && n % 10 === 0) {
    n /= 10;
    z++;
  }
  return z;
}
