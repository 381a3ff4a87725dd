// How the demo grid shows a cell: the stored value under its number format, the way Excel would roughly
// display it (16,4 %, 9.994.076 €, 115,0, 21.02.2024). Only the formats the example workbook uses.
import { isCellError } from "../core/snapshot";
import type { ModelCell } from "../core/workbookModel";
import { localeFor, type Language } from "../taskpane/i18n";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function cellText(cell: ModelCell | undefined, language: Language): string {
  if (!cell || cell.value === null) return "";
  const v = cell.value;
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  if (typeof v === "string") return v;
  const locale = localeFor(language);
  const format = cell.numberFormat ?? "General";
  if (/[dy]{2}/i.test(format) && !/[#0]/.test(format.replace(/y+|d+|m+/gi, ""))) {
    return new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).format(new Date(EXCEL_EPOCH_MS + v * 86400000));
  }
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  if (format.includes("%")) {
    return new Intl.NumberFormat(locale, {
      style: "percent",
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: format.startsWith("+") ? "exceptZero" : "auto",
    }).format(v);
  }
  if (format.includes("€")) {
    return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: decimals }).format(v);
  }
  if (format === "0" || format === "General") return String(v).replace(".", language === "de" ? "," : ".");
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format.includes(","),
  }).format(v);
}
