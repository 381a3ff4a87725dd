// abstimmung/foe-mittel: money per instrument in FOE_Tabelle (issue 15). Each money column's Gesamt row equals
// the sum of the instruments; the plan's money reconciles with the Eingliederungsbudget: a column headed
// Vorbindungen or Neubewilligungen with that part, a column naming neither (Mittel, Budget, Kosten, €) with
// BUD_EB_Gesamt – above the budget an error, below it a warning (the budget also pays what the table leaves out).
import { FOE_MONEY_COLUMNS } from "../../contract";
import { floatSlack } from "../../resolve/budget";
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

const BUDGET_OF = { vorbindungen: "BUD_EB_Vorbindungen", neubewilligungen: "BUD_EB_Neubewilligungen", mittel: "BUD_EB_Gesamt" } as const;

export const abstimmungFoeMittel: Rule = {
  meta: {
    id: "abstimmung/foe-mittel",
    family: "abstimmung",
    severity: "error",
    title: "Mittel je Instrument passen nicht zum Eingliederungsbudget",
    titleEn: "Funds per instrument do not fit the integration budget",
    description:
      "Führt FOE_Tabelle Geldspalten (am Kopf erkannt wie Ist und Plan: „Vorbindungen“, „Neubewilligungen“, „Mittel“, „Budget“, „Kosten“, „Ausgaben“, „€“, „in Euro“, mit Ist/Plan oder Jahr; ohne beides gilt eine Geldspalte als Plan), muss ihre Gesamtzeile die Summe der Instrumente sein, „darunter“-Zeilen dürfen zusammen nicht mehr als ihr Instrument haben und „davon“-Zeilen müssen es genau aufteilen (wie bei den Förderungen; Fehler). Die Plan-Spalte wird mit dem Haushalt abgeglichen: eine Spalte „Vorbindungen“ mit BUD_EB_Vorbindungen, „Neubewilligungen“ mit BUD_EB_Neubewilligungen (auch wenn sie die einzige Geldspalte ist), nur eine Spalte, die keines von beiden nennt, mit BUD_EB_Gesamt. Liegt die Tabelle um mehr als `toleranzen.betrag` über dem Haushalt, ist das ein Fehler; darunter eine Warnung, denn das Budget bezahlt auch Instrumente, die eine Tabelle weglassen kann. Die Quelle 2024 nennt Mittel nur im Haushalt, nicht je Instrument.",
    names: ["FOE_Tabelle", ...new Set(Object.values(BUDGET_OF))],
    countsOnlyWith: (view) => {
      const t = view.table("FOE_Tabelle");
      return !!t && FOE_MONEY_COLUMNS.some((m) => t.hasColumn(m.key));
    },
    messages: {
      summe: {
        de: "FOE_Tabelle, Spalte {column, column, table}: Gesamt {total, euro} ≠ Summe der Instrumente {sum, euro}, Differenz {difference, euro}",
        en: "FOE_Tabelle, column {column, column, table}: total {total, euro} ≠ sum of the instruments {sum, euro}, difference {difference, euro}",
      },
      darunter: {
        de: "FOE_Tabelle, Spalte {column, column, table}: „darunter“ unter {row, row, instrument} zusammen {sum, euro}, mehr als das Instrument ({total, euro})",
        en: "FOE_Tabelle, column {column, column, table}: “of which” rows under {row, row, instrument} add up to {sum, euro}, more than the instrument ({total, euro})",
      },
      davon: {
        de: "FOE_Tabelle, Spalte {column, column, table}: „davon“ unter {row, row, instrument} zusammen {sum, euro} ≠ {total, euro}",
        en: "FOE_Tabelle, column {column, column, table}: “thereof” rows under {row, row, instrument} add up to {sum, euro} ≠ {total, euro}",
      },
      ueber: {
        de: "FOE_Tabelle, Spalte {column, column, table}: {total, euro} liegen {difference, euro} über {budget} ({budgetValue, euro})",
        en: "FOE_Tabelle, column {column, column, table}: {total, euro} are {difference, euro} above {budget} ({budgetValue, euro})",
      },
      unter: {
        de: "FOE_Tabelle, Spalte {column, column, table}: {total, euro} liegen {difference, euro} unter {budget} ({budgetValue, euro}); bezahlt das Budget Instrumente, die die Tabelle nicht nennt?",
        en: "FOE_Tabelle, column {column, column, table}: {total, euro} are {difference, euro} below {budget} ({budgetValue, euro}); does the budget pay instruments the table does not list?",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const tolerance = ctx.settings.toleranzen.betrag;
    const reports: RuleReport[] = [];
    for (const m of FOE_MONEY_COLUMNS) {
      if (!table.hasColumn(m.key)) continue;
      const values = s.instrumentRows.map((r) => table.num(r, m.key));
      if (values.every((v) => v === undefined)) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      const g = s.gesamtRows.length === 1 ? s.gesamtRows[0] : undefined;
      const gesamt = g === undefined ? undefined : table.num(g, m.key);
      const data = { table: "FOE_Tabelle", column: m.key };
      if (gesamt !== undefined && s.complete && Math.abs(gesamt - sum) > tolerance + floatSlack(gesamt, sum)) {
        reports.push({ messageId: "summe", data: { ...data, total: gesamt, sum, difference: gesamt - sum }, names: ["FOE_Tabelle"], cells: [table.cell(g!, m.key)] });
      }
      // "darunter" parts stay within their instrument's money, "davon" parts add up to it (as for counts).
      for (const [groups, id] of [[s.darunter, "darunter"], [s.davon, "davon"]] as const) {
        for (const [parent, rows] of groups) {
          const total = table.num(parent, m.key);
          const parts = rows.map((r) => table.num(r, m.key));
          if (total === undefined || parts.every((p) => p === undefined)) continue;
          const partSum = parts.reduce<number>((a, p) => a + (p ?? 0), 0);
          const slack = tolerance + floatSlack(total, partSum);
          if (id === "darunter" ? partSum <= total + slack : Math.abs(partSum - total) <= slack) continue;
          reports.push({ messageId: id, data: { ...data, ...rowData(table, parent), sum: partSum, total }, names: ["FOE_Tabelle"], cells: [table.cell(parent, m.key), ...rows.map((r) => table.cell(r, m.key))] });
        }
      }
      if (m.year !== "plan") continue;
      const budget = ctx.view.figure(BUDGET_OF[m.kind]);
      if (!budget) continue;
      const total = gesamt ?? sum;
      const difference = total - budget.value;
      if (Math.abs(difference) <= tolerance + floatSlack(total, budget.value)) continue;
      const cells = [...(g !== undefined && gesamt !== undefined ? [table.cell(g, m.key)] : []), budget.cell];
      reports.push({
        messageId: difference > 0 ? "ueber" : "unter",
        data: { ...data, total, difference: Math.abs(difference), budget: budget.name, budgetValue: budget.value },
        names: ["FOE_Tabelle", budget.name],
        cells,
        ...(difference < 0 ? { milder: true } : {}),
      });
    }
    return reports;
  },
};
