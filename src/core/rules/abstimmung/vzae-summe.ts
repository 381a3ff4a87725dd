// abstimmung/vzae-summe: the VZÄ total equals the sum of the VZÄ by area.
import { halfUnitOf, printedPrecision } from "../../format";
import { floatSlack } from "../helpers";
import type { Rule } from "../types";

/**
 * Decimals to print VZÄ with in a message: at least one, as many as the cells' formats print, and as many as
 * the figures need (499,97), at most three, so a two-decimal plan is not shown rounded to one.
 */
export function vzaeDecimals(values: readonly number[], formats: readonly (string | undefined)[]): number {
  let d = 1;
  for (const f of formats) {
    const p = printedPrecision(f);
    if (p && !p.percent) d = Math.max(d, p.decimals);
  }
  for (const v of values) {
    let need = 0;
    while (need < 3 && Math.abs(Math.round(v * 10 ** need) - v * 10 ** need) > 1e-6) need++;
    d = Math.max(d, need);
  }
  return Math.min(d, 3);
}

/**
 * How far the VZÄ total may be from the sum of the areas by rounding alone: the sum of the half-units of the
 * typed cells whose format fixes the decimals (formula results are exact), and at least `fallback` when a
 * typed cell has a format that does not say how it is rounded.
 */
export function vzaeTolerance(cells: ReadonlyArray<{ formula: boolean; format: string | undefined }>, fallback: number): number {
  let known = 0;
  let unknown = false;
  for (const c of cells) {
    if (c.formula) continue;
    const h = halfUnitOf(c.format);
    if (h === undefined) unknown = true;
    else known += h;
  }
  return unknown ? Math.max(known, fallback) : known;
}

export const abstimmungVzaeSumme: Rule = {
  meta: {
    id: "abstimmung/vzae-summe",
    family: "abstimmung",
    severity: "error",
    title: "VZÄ gesamt ≠ Summe der Bereiche",
    titleEn: "Total FTE ≠ sum of the areas",
    description:
      "PER_VZAE_Gesamt muss gleich der Summe der VZÄ-Spalte von PER_VZAE_Bereiche sein. VZÄ dürfen eine oder zwei Nachkommastellen haben (499,97). Rundung nach dem Zahlenformat wie bei Anteilen: eine eingetippte Zahl steht für jeden Wert, der gleich gedruckt wird, darf also um eine halbe letzte Stelle ihres Formats abweichen (0,0 → 0,05; 0,00 → 0,005; 0 → 0,5); die Differenz darf so groß sein wie die Summe dieser Rundungen von Gesamt und Bereichen. Formelergebnisse gelten als genau. Hat eine eingetippte Zelle ein Format, das die Nachkommastellen nicht festlegt (Standard), gilt für die Differenz mindestens `toleranzen.vzae` (Standard 0,05). Beispiele: Gesamt und fünf Bereiche mit 0,00 eingetippt: bis 0,03 VZÄ, also 500,00 zu 499,97 passt, 500,02 nicht; mit 0,0: bis 0,3 VZÄ. Die Meldung zeigt so viele Nachkommastellen, wie Formate und Werte haben. Im Beispiel 2024 ist das Gesamt die Formel =SUMME(B12:B16): 42,5 + 39,8 + 19,1 + 5,5 + 8,1 = 115,0 VZÄ.",
    names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
    messages: {
      summe: {
        de: "VZÄ gesamt ({total, number, decimals} VZÄ) ≠ Summe der Bereiche ({sum, number, decimals} VZÄ), Differenz {difference, number, decimals} VZÄ",
        en: "Total FTE ({total, number, decimals} FTE) ≠ sum of the areas ({sum, number, decimals} FTE), difference {difference, number, decimals} FTE",
      },
    },
  },
  check(ctx) {
    const total = ctx.view.figure("PER_VZAE_Gesamt");
    const table = ctx.view.table("PER_VZAE_Bereiche");
    if (!total || !table) return [];
    let sum = 0;
    const cells: string[] = [];
    const values: number[] = [total.value];
    const formats: (string | undefined)[] = [total.format];
    for (let r = 0; r < table.rows; r++) {
      const x = table.num(r, "vzae");
      if (x === undefined) return []; // a broken area is reported by typen/*
      sum += x;
      cells.push(table.cell(r, "vzae"));
      values.push(x);
      formats.push(table.format(r, "vzae"));
    }
    // Rounding judged by format, as for shares (anteile-summe): a typed VZÄ stands for anything that prints
    // the same, so total and areas may each be off by half a unit of their last printed digit and the
    // difference by the sum of those; a formula result is exact. Only cells whose format does not say how
    // they are rounded (General) fall back to toleranzen.vzae, which stays what it always was: an allowance
    // for the difference as a whole.
    const diff = total.value - sum;
    const tolerance = vzaeTolerance(
      [
        { formula: total.formula, format: total.format },
        ...[...Array(table.rows).keys()].map((r) => ({ formula: table.isFormula(r, "vzae"), format: table.format(r, "vzae") })),
      ],
      ctx.settings.toleranzen.vzae,
    );
    if (Math.abs(diff) <= tolerance + floatSlack(sum)) return [];
    return [
      {
        messageId: "summe",
        data: { total: total.value, sum, difference: diff, decimals: vzaeDecimals(values, formats) },
        names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
        cells: [total.cell, ...cells],
      },
    ];
  },
};
