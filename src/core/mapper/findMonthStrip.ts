// A monthly strip: "Bestand eLb | Dez 23 | Jan 24 | … | Nov 24 | Ø" over "Anzahl | 7810 | … | 7813". The head
// row's first cell names the figure, the months say its year, the closing column is the year's figure: the
// average (Ø, JDW) of a stock (eLb, LZB), the sum of a flow (integrations). A strip of the year before the
// planning year gives that figure's previous-year value.
import type { Candidate, Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { judgeValue } from "./values";

const MONTH = /^(jan|januar|feb|februar|maerz|maer|mrz|mar|apr|april|mai|jun|juni|jul|juli|aug|august|sep|sept|september|okt|oktober|nov|november|dez|dezember)\.?\s*'?(\d{2}|\d{4})?$/;
const AVERAGE = /^(jdw|jd|jahresdurchschnitt\w*|durchschnitt\w*|mittelwert|o)$/;
const SUM = /^(summe|jahressumme|gesamt|insgesamt)$/;
/** Fewer months are no strip (a quarter's columns beside a total are a table). */
const MIN_MONTHS = 6;
/** Figures counted over the year (summed), not stocks (averaged). */
const FLOWS = new Set(["ZIE_Integrationen_VJ"]);

function monthYear(text: string): { month: true; year?: number } | undefined {
  const m = MONTH.exec(fold(text).trim());
  if (!m) return undefined;
  const y = m[2] === undefined ? undefined : m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return { month: true, year: y };
}

function aggregateOf(text: string): "average" | "sum" | undefined {
  const t = text.trim();
  if (t === "Ø" || t === "⌀") return "average";
  const f = fold(t).trim();
  return AVERAGE.test(f) && f !== "o" ? "average" : SUM.test(f) ? "sum" : undefined;
}

export function findMonthStrips(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  if (planYear === undefined) return [];
  const out: Candidate[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    const filled = sheet.filledColumns(r);
    if (filled.length < MIN_MONTHS + 2) continue;
    const labelCol = filled[0];
    const label = sheet.ownText(r, labelCol);
    const aggCol = filled[filled.length - 1];
    const aggText = sheet.ownText(r, aggCol);
    if (!label || !aggText) continue;
    const kind = aggregateOf(aggText);
    const months = filled.slice(1, -1).map((c) => monthYear(sheet.ownText(r, c) ?? ""));
    if (!kind || months.length < MIN_MONTHS || months.some((m) => m === undefined)) continue;
    const years = months.map((m) => m!.year).filter((y): y is number => y !== undefined);
    if (years.length !== months.length || Math.max(...years) !== planYear - 1) continue;
    // The value row right below: numbers under the months and the closing column, its label naming no figure.
    const v = r + 1;
    const value = sheet.value(v, aggCol);
    const rowLabel = sheet.ownText(v, labelCol);
    if (typeof value !== "number" || (rowLabel !== undefined && matchLabel(rowLabel).standalone.length > 0)) continue;
    if (filled.slice(1, -1).filter((c) => typeof sheet.value(v, c) === "number").length < MIN_MONTHS) continue;
    const specs = matchLabel(label).standalone.filter((s) => s.names.previous?.startsWith("ZIE_"));
    if (specs.length !== 1) continue;
    const name = specs[0].names.previous!;
    if ((kind === "sum") !== FLOWS.has(name) || claims.has(sheet.index, v, aggCol)) continue;
    if (!judgeValue(name, value, sheet.format(v, aggCol), false).ok) continue;
    out.push({
      name,
      sheet: sheet.index,
      ref: sheet.ref({ row: v, col: aggCol }),
      label: `${label} ${aggText}`,
      labelCell: sheet.ref({ row: r, col: labelCol }),
      value,
      lows: [],
      order: sheet.index * 1e9 + v * 20_000 + aggCol,
    });
  }
  return out;
}
