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

export const abstimmungVzaeSumme: Rule = {
  meta: {
    id: "abstimmung/vzae-summe",
    family: "abstimmung",
    severity: "error",
    title: "VZÄ gesamt ≠ Summe der Bereiche",
    titleEn: "Total FTE ≠ sum of the areas",
    description:
      "PER_VZAE_Gesamt muss gleich der Summe der VZÄ-Spalte von PER_VZAE_Bereiche sein; Abweichungen bis `toleranzen.vzae` (Standard 0,05, die halbe letzte Stelle bei einer Nachkommastelle) gelten als Rundung. VZÄ dürfen eine oder zwei Nachkommastellen haben (499,97); ist das Gesamt eingetippt und druckt sein Zahlenformat weniger Stellen (z. B. ganze VZÄ), gilt dessen halbe letzte Stelle, wenn sie größer ist. Die Meldung zeigt so viele Nachkommastellen, wie Formate und Werte haben. Im Beispiel 2024: 42,5 + 39,8 + 19,1 + 5,5 + 8,1 = 115,0 VZÄ.",
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
    // Unlike shares (rounded displays of ratios, see anteile-summe), VZÄ per area are planned figures typed
    // exactly with one decimal, so their sum carries no rounding of its own: only the total's last digit
    // (toleranzen.vzae, or the half-unit of its format where that is coarser) is allowed, and a difference of
    // 0,1 VZÄ is real.
    const diff = total.value - sum;
    const tolerance = Math.max(ctx.settings.toleranzen.vzae, total.formula ? 0 : (halfUnitOf(total.format) ?? 0));
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
