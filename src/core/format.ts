// German number formatting for messages (16,0 %, 9.994.076 €, 115,0 VZÄ, −2,5 %) and the reading of
// Excel number formats, which tells the rules how precisely a printed figure was rounded.

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

/** The true minus sign reads better than a hyphen in German typography ("−2,5 %"). */
const MINUS = "\u2212";

/** 9994076 → "9.994.076", (115, 1) → "115,0", (-2.5, 1) → "−2,5". Never prints "−0". */
export function formatNumberDe(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return String(x);
  const text = formatter(decimals).format(x);
  if (/^-0(,0*)?$/.test(text)) return text.slice(1);
  return text.replace("-", MINUS);
}

/**
 * A count: whole numbers without decimals; otherwise as many decimals as needed (122,5; 1/3 → 0,333),
 * and more than 3 when fewer would make the figure look whole or zero (12,0000001; −0,0004), because the
 * message is often about exactly that: a count that is not a whole number.
 */
export function formatCountDe(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return formatNumberDe(x);
  const decimals = decimalsNeeded(x, 3);
  return formatNumberDe(x, Number.isInteger(Number(x.toFixed(decimals))) ? decimalsShowingFraction(x) : decimals);
}

/** A fraction as percent: (0.16, 1) → "16,0 %". */
export function formatPercentDe(fraction: number, decimals = 1): string {
  return `${formatNumberDe(fraction * 100, decimals)} %`;
}

/** A relative change with its sign: (0.063, 1) → "+6,3 %", (-0.025, 1) → "−2,5 %". */
export function formatChangeDe(fraction: number, decimals = 1): string {
  const text = formatPercentDe(fraction, decimals);
  return text.startsWith(MINUS) || /^0(,0*)? %$/.test(text) ? text : `+${text}`;
}

/** A difference of shares in percentage points: (0.0022, 2) → "0,22 %-Pkt.". */
export function formatPointsDe(fraction: number, decimals = 2): string {
  return `${formatNumberDe(fraction * 100, decimals)} %-Pkt.`;
}

/** Euros: whole euros without cents, otherwise with two decimals: "9.994.076 €". */
export function formatEuroDe(x: number): string {
  return `${formatNumberDe(x, Number.isInteger(x) ? 0 : 2)} €`;
}

/** Full-time equivalents with one decimal: "115,0 VZÄ". */
export function formatVzaeDe(x: number): string {
  return `${formatNumberDe(x, 1)} VZÄ`;
}

/** Fewest decimals at which x no longer rounds to a whole number; 20 is as far as toFixed goes here. */
function decimalsShowingFraction(x: number): number {
  for (let d = 1; d < 20; d++) if (!Number.isInteger(Number(x.toFixed(d)))) return d;
  return 20;
}

function decimalsNeeded(x: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return max;
}

/** What an Excel number format prints: decimals and whether it is a percent format. */
export interface PrintedPrecision {
  decimals: number;
  percent: boolean;
}

/**
 * Reads the first section of a number format ("0.0%", "#,##0 \"€\"", "+0.0%;-0.0%;0.0%"). Returns
 * undefined for formats that do not fix the decimals ("General", "@", dates), since such a cell shows
 * (nearly) its full value.
 */
export function printedPrecision(format: string | undefined): PrintedPrecision | undefined {
  if (!format) return undefined;
  const section = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#?]/.test(section) || /[dmyhs]/i.test(section.replace(/[Ee][+-]/g, ""))) return undefined;
  const dot = section.indexOf(".");
  const decimals = dot < 0 ? 0 : (/^[0#?]*/.exec(section.slice(dot + 1))?.[0].length ?? 0);
  return { decimals, percent: section.includes("%") };
}

/**
 * Half a unit of the last printed digit, in stored units: "0.0%" → 0.0005, "0.0" → 0.05, "#,##0" → 0.5.
 * A value typed as printed may differ from the true figure by up to this much.
 */
export function halfUnitOf(format: string | undefined): number | undefined {
  const p = printedPrecision(format);
  if (!p) return undefined;
  return 0.5 * 10 ** -(p.decimals + (p.percent ? 2 : 0));
}

/** Decimals of percent a format prints ("0.0%" → 1); fallback when it is not a percent format. */
export function percentDecimals(format: string | undefined, fallback = 1): number {
  const p = printedPrecision(format);
  return p && p.percent ? p.decimals : fallback;
}

/** Longest cell text quoted in a message; longer texts are cut with "…" so a message stays one readable line. */
export const MAX_QUOTED_TEXT = 60;

/** A cell's text in German quotes, cut to {@link MAX_QUOTED_TEXT} characters. */
export function quoteTextDe(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return `„${oneLine.length > MAX_QUOTED_TEXT ? `${oneLine.slice(0, MAX_QUOTED_TEXT - 1)}…` : oneLine}“`;
}
