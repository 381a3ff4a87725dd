// hinweis/kosten-je-eintritt: an instrument's Neubewilligungen per entry moves a lot between Ist and Plan.
// Only Neubewilligungen pay for the year's entries; Vorbindungen pay for entries of earlier years.
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const hinweisKostenJeEintritt: Rule = {
  meta: {
    id: "hinweis/kosten-je-eintritt",
    family: "istplan",
    severity: "info",
    title: "Neubewilligungen je Eintritt ändern sich stark",
    titleEn: "New approvals per entry change a lot",
    description:
      "Führt FOE_Tabelle Neubewilligungen für Ist und Plan (Geldspalten, am Kopf erkannt), rechnet die Regel je Instrument die Neubewilligungen je Eintritt (Neubewilligungen / Eintritte; Vorbindungen bezahlen Eintritte früherer Jahre und zählen nicht) und gibt einen Hinweis, wenn sich der Betrag zwischen Ist und Plan um mehr als `schwelle` (Standard 50 %) ändert – teurere oder billigere Maßnahmen, oder eine Zahl, die nicht stimmt. Nur Zeilen, in denen alle vier Werte stehen und die Eintritte größer als 0 sind. Die Quelle 2024 nennt keine Mittel je Instrument.",
    names: ["FOE_Tabelle"],
    countsOnlyWith: (view) => {
      const t = view.table("FOE_Tabelle");
      return !!t && t.hasColumn("neubewilligungenIst") && t.hasColumn("neubewilligungenPlan");
    },
    params: { schwelle: { default: 0.5, description: "Änderung der Neubewilligungen je Eintritt als Bruch (0,5 = 50 %)" } },
    messages: {
      aenderung: {
        de: "FOE_Tabelle, {row, row, instrument}: Neubewilligungen je Eintritt Plan {plan, euro} ggü. Ist {ist, euro} ({change, change})",
        en: "FOE_Tabelle, {row, row, instrument}: new approvals per entry plan {plan, euro} vs actual {ist, euro} ({change, change})",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s || !s.table.hasColumn("neubewilligungenIst") || !s.table.hasColumn("neubewilligungenPlan")) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (const r of s.instrumentRows) {
      const [entriesIst, entriesPlan] = [table.num(r, "ist"), table.num(r, "plan")];
      const [moneyIst, moneyPlan] = [table.num(r, "neubewilligungenIst"), table.num(r, "neubewilligungenPlan")];
      if (!entriesIst || !entriesPlan || moneyIst === undefined || moneyPlan === undefined || moneyIst <= 0) continue;
      const ist = Math.round(moneyIst / entriesIst);
      const plan = Math.round(moneyPlan / entriesPlan);
      const change = moneyPlan / entriesPlan / (moneyIst / entriesIst) - 1;
      if (Math.abs(change) <= ctx.params.schwelle + 1e-12) continue;
      reports.push({
        messageId: "aenderung",
        data: { ...rowData(table, r), ist, plan, change },
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "neubewilligungenIst"), table.cell(r, "neubewilligungenPlan")],
      });
    }
    return reports;
  },
};
