// abstimmung/vzae-summe: the VZÄ total equals the sum of the VZÄ by area.
import { floatSlack } from "../helpers";
import type { Rule } from "../types";

export const abstimmungVzaeSumme: Rule = {
  meta: {
    id: "abstimmung/vzae-summe",
    family: "abstimmung",
    severity: "error",
    title: "VZÄ gesamt ≠ Summe der Bereiche",
    titleEn: "Total FTE ≠ sum of the areas",
    description:
      "PER_VZAE_Gesamt muss gleich der Summe der VZÄ-Spalte von PER_VZAE_Bereiche sein; Abweichungen bis `toleranzen.vzae` (Standard 0,05, die halbe letzte Stelle bei einer Nachkommastelle) gelten als Rundung. Im Beispiel 2024: 42,5 + 39,8 + 19,1 + 5,5 + 8,1 = 115,0 VZÄ.",
    names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
    messages: {
      summe: {
        de: "VZÄ gesamt ({total, vzae}) ≠ Summe der Bereiche ({sum, vzae}), Differenz {difference, vzae}",
        en: "Total FTE ({total, vzae}) ≠ sum of the areas ({sum, vzae}), difference {difference, vzae}",
      },
    },
  },
  check(ctx) {
    const total = ctx.view.figure("PER_VZAE_Gesamt");
    const table = ctx.view.table("PER_VZAE_Bereiche");
    if (!total || !table) return [];
    let sum = 0;
    const cells: string[] = [];
    for (let r = 0; r < table.rows; r++) {
      const x = table.num(r, "vzae");
      if (x === undefined) return []; // a broken area is reported by typen/*
      sum += x;
      cells.push(table.cell(r, "vzae"));
    }
    // Unlike shares (rounded displays of ratios, see anteile-summe), VZÄ per area are planned figures typed
    // exactly with one decimal, so their sum carries no rounding of its own: only the total's last digit
    // (toleranzen.vzae) is allowed, and a difference of 0,1 VZÄ is real.
    const diff = total.value - sum;
    if (Math.abs(diff) <= ctx.settings.toleranzen.vzae + floatSlack(sum)) return [];
    return [
      {
        messageId: "summe",
        data: { total: total.value, sum, difference: diff },
        names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
        cells: [total.cell, ...cells],
      },
    ];
  },
};
