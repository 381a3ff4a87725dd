// Number formatting for messages, German (16,0 %, 9.994.076 €, 115,0 VZÄ, −2,5 %) and English (16.0%,
// €9,994,076, 115.0 FTE, −2.5%), and the reading of Excel number formats, which tells the rules how
// precisely a printed figure was rounded.

import { serialToDate } from "./excelDate";

/** Languages of messages and hosts. */
export type Lang = "de" | "en";

export const LANGS: readonly Lang[] = ["de", "en"];

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  de: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** The shortest decimal digits of a non-negative finite double below 1e21, without exponent ("0.0000001"). */
function plainDigits(abs: number): string {
  const text = String(abs);
  const e = text.indexOf("e");
  if (e < 0) return text;
  // Only tiny numbers are printed with an exponent below 1e21: "1.5e-7" → "0.00000015".
  const [mantissa, exponent] = [text.slice(0, e), -Number(text.slice(e + 1))];
  return `0.${"0".repeat(exponent - 1)}${mantissa.replace(".", "")}`;
}

/** Add one to the last digit of a string of digits ("0999" → "1000"). */
function incrementDigits(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/**
 * What `new Intl.NumberFormat("de-DE" | "en-GB", { minimum/maximumFractionDigits: decimals }).format(x)`
 * gives, without Intl: the first Intl formatter of a process costs ≈ 25 ms of ICU set-up, more than the
 * whole check of a workbook. Like ICU it rounds the shortest decimal form of the double (1.005 → 1,01)
 * half away from zero (test/core/format.test.ts compares both over many random numbers).
 */
function formatFixed(x: number, decimals: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const abs = Math.abs(x);
  if (abs >= 1e21) return new Intl.NumberFormat(lang === "en" ? "en-GB" : "de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
  const [intPart, fracPart = ""] = plainDigits(abs).split(".");
  let digits = intPart + fracPart.slice(0, decimals).padEnd(decimals, "0");
  if (fracPart.length > decimals && fracPart[decimals] >= "5") digits = incrementDigits(digits);
  const whole = digits.slice(0, digits.length - decimals) || "0";
  const fraction = digits.slice(digits.length - decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  return `${sign}${grouped}${decimals > 0 ? decimal + fraction : ""}`;
}

/** The true minus sign reads better than a hyphen in German typography ("−2,5 %"). */
const MINUS = "\u2212";

/** 9994076 → "9.994.076" (en "9,994,076"), (115, 1) → "115,0", (-2.5, 1) → "−2,5". Never prints "−0". */
export function formatNumber(x: number, decimals = 0, lang: Lang = "de"): string {
  if (!Number.isFinite(x)) return String(x);
  const text = formatFixed(x, decimals, lang);
  if (/^-0([.,]0*)?$/.test(text)) return text.slice(1);
  return text.replace("-", MINUS);
}

export const formatNumberDe = (x: number, decimals = 0): string => formatNumber(x, decimals, "de");

/**
 * A count: whole numbers without decimals; otherwise as many decimals as needed (122,5; 1/3 → 0,333),
 * and more than 3 when fewer would make the figure look whole or zero (12,0000001; −0,0004), because the
 * message is often about exactly that: a count that is not a whole number.
 */
export function formatCount(x: number, lang: Lang = "de"): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return formatNumber(x, 0, lang);
  const decimals = decimalsNeeded(x, 3);
  return formatNumber(x, Number.isInteger(Number(x.toFixed(decimals))) ? decimalsShowingFraction(x) : decimals, lang);
}

/** A fraction as percent: (0.16, 1) → "16,0 %" (en "16.0%"). */
export function formatPercent(fraction: number, decimals = 1, lang: Lang = "de"): string {
  const n = formatNumber(fraction * 100, decimals, lang);
  return lang === "en" ? `${n}%` : `${n} %`;
}

/** A relative change with its sign: (0.063, 1) → "+6,3 %", (-0.025, 1) → "−2,5 %". */
export function formatChange(fraction: number, decimals = 1, lang: Lang = "de"): string {
  const text = formatPercent(fraction, decimals, lang);
  return text.startsWith(MINUS) || /^0([.,]0*)? ?%$/.test(text) ? text : `+${text}`;
}

/** A difference of shares in percentage points: (0.0022, 2) → "0,22 %-Pkt." (en "0.22 pp"). */
export function formatPoints(fraction: number, decimals = 2, lang: Lang = "de"): string {
  const n = formatNumber(fraction * 100, decimals, lang);
  return lang === "en" ? `${n} pp` : `${n} %-Pkt.`;
}

/** Euros: whole euros without cents, otherwise with two decimals: "9.994.076 €" (en "€9,994,076", "−€5"). */
export function formatEuro(x: number, lang: Lang = "de", decimals: number = Number.isInteger(x) ? 0 : 2): string {
  const n = formatNumber(x, decimals, lang);
  if (lang === "de") return `${n} €`;
  return n.startsWith(MINUS) ? `${MINUS}€${n.slice(1)}` : `€${n}`;
}

/** Full-time equivalents with one decimal: "115,0 VZÄ" (en "115.0 FTE"). */
export function formatVzae(x: number, lang: Lang = "de"): string {
  return `${formatNumber(x, 1, lang)} ${lang === "en" ? "FTE" : "VZÄ"}`;
}

/** An Excel serial date: 15.01.2024 in German, 2024-01-15 in English (unambiguous across English locales). */
export function formatDate(serial: number, lang: Lang = "de"): string {
  const d = serialToDate(serial);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()].map((x) => String(x).padStart(2, "0"));
  return lang === "en" ? `${y}-${m}-${day}` : `${day}.${m}.${y}`;
}

export const formatCountDe = (x: number): string => formatCount(x, "de");
export const formatPercentDe = (fraction: number, decimals = 1): string => formatPercent(fraction, decimals, "de");
export const formatChangeDe = (fraction: number, decimals = 1): string => formatChange(fraction, decimals, "de");
export const formatPointsDe = (fraction: number, decimals = 2): string => formatPoints(fraction, decimals, "de");
export const formatEuroDe = (x: number): string => formatEuro(x, "de");
export const formatVzaeDe = (x: number): string => formatVzae(x, "de");

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
  let p = precisionOf.get(format);
  if (p === undefined && !precisionOf.has(format)) {
    p = readPrecision(format);
    if (precisionOf.size < MAX_FORMATS) precisionOf.set(format, p);
  }
  // A copy out, so no caller can change what the next one gets.
  return p && { ...p };
}

// A workbook uses a handful of number formats, read for every figure by the view and the rules: each once.
// Bounded, since a file can bring any number of formats.
const precisionOf = new Map<string, PrintedPrecision | undefined>();
const MAX_FORMATS = 5000;

function readPrecision(format: string): PrintedPrecision | undefined {
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

/** A cell's text in the language's quotes („…“, en “…”), cut to {@link MAX_QUOTED_TEXT} characters. */
export function quoteText(text: string, lang: Lang = "de"): string {
  const oneLine = text.replace(/\s+/g, " ");
  const cut = oneLine.length > MAX_QUOTED_TEXT ? `${oneLine.slice(0, MAX_QUOTED_TEXT - 1)}…` : oneLine;
  return lang === "en" ? `“${cut}”` : `„${cut}“`;
}

export const quoteTextDe = (text: string): string => quoteText(text, "de");
