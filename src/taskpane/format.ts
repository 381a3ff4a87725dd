// Number and date formatting for the pane, in the pane's language (16,0 % / 16.0%, 9.994.076 € / €9,994,076).
import { localeFor, type Language } from "./i18n";

export interface Formatters {
  percent(x: number | undefined): string;
  /** A relative change, always signed: +6,3 % / −2,5 %. */
  change(x: number | undefined): string;
  count(x: number | undefined): string;
  money(x: number | undefined): string;
  dateTime(iso: string): string;
}

export function formattersFor(language: Language, noValue = "–"): Formatters {
  const locale = localeFor(language);
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const or = (f: Intl.NumberFormat) => (x: number | undefined) => (x === undefined ? noValue : f.format(x));
  return {
    percent: or(percent),
    // Intl writes a hyphen; the engine's messages and the printed AIP use the minus sign.
    change: (x) => or(change)(x).replace("-", "\u2212"),
    count: or(count),
    money: or(money),
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
  };
}
