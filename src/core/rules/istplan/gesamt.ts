// istplan/gesamt: the Gesamt row of FOE_Tabelle equals the sum of the instrument rows, for Ist and Plan.
import { FIGURE_COLUMNS, foeStructure } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanGesamt: Rule = {
  meta: {
    id: "istplan/gesamt",
    family: "istplan",
    severity: "error",
    title: "Gesamt ≠ Summe der Instrumente",
    titleEn: "Total ≠ sum of the instruments",
    description:
      "In FOE_Tabelle muss die Gesamtzeile (Ebene 0) in Ist und in Plan die Summe der Instrumente (Ebene 1) sein; darunter-Zeilen (Ebene 2) zählen nicht mit, sie sind schon im Instrument enthalten. Leere Zellen der Instrumente zählen als 0; ist die Gesamtzelle leer, obwohl die Instrumente Werte haben, wird das ebenfalls gemeldet. Anzahlen sind ganz, daher gibt es keine Toleranz. Im Beispiel 2024: Ist 875, Plan 869, beide gleich der Summe.",
    names: ["FOE_Tabelle"],
    messages: {
      leer: {
        de: "FOE_Tabelle: Gesamt {column, select, ist=Ist|plan=Plan} ist leer, die Instrumente ergeben {sum, count}",
        en: "FOE_Tabelle: total {column, select, ist=actual|plan=plan} is empty, the instruments add up to {sum, count}",
      },
      summe: {
        de: "FOE_Tabelle: Gesamt {column, select, ist=Ist|plan=Plan} ({total, count}) ≠ Summe der Instrumente ({sum, count}), Differenz {difference, count}",
        en: "FOE_Tabelle: total {column, select, ist=actual|plan=plan} ({total, count}) ≠ sum of the instruments ({sum, count}), difference {difference, count}",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s || !s.complete || s.gesamtRows.length !== 1) return [];
    const { table } = s;
    const g = s.gesamtRows[0];
    const reports: RuleReport[] = [];
    for (const key of FIGURE_COLUMNS) {
      let sum = 0;
      let broken = false;
      for (const r of s.instrumentRows) {
        if (!table.isValid(r, key)) broken = true;
        sum += table.num(r, key) ?? 0;
      }
      if (broken || !table.isValid(g, key)) continue;
      const total = table.num(g, key);
      if (total === undefined) {
        if (sum === 0) continue;
        reports.push({
          messageId: "leer",
          data: { column: key, sum },
          names: ["FOE_Tabelle"],
          cells: [table.cell(g, key)],
        });
        continue;
      }
      if (Math.abs(total - sum) < 1e-9) continue;
      reports.push({
        messageId: "summe",
        data: { column: key, total, sum, difference: total - sum },
        names: ["FOE_Tabelle"],
        cells: [table.cell(g, key)],
      });
    }
    return reports;
  },
};
