// quer/eintritte-text-tabelle: the planned entries in the text agree with the Plan total of FOE_Tabelle.
import { foeStructure } from "../../resolve/foe";
import type { Rule } from "../types";

export const querEintritteTextTabelle: Rule = {
  meta: {
    id: "quer/eintritte-text-tabelle",
    family: "quer",
    severity: "warning",
    title: "Planeintritte im Text ≠ Plan der Förderübersicht",
    titleEn: "Planned entries in the text ≠ plan of the support overview",
    description:
      "Die im Text genannten Planeintritte (FOE_Eintritte_Plan) müssen der Plan-Summe der Förderübersicht (Gesamtzeile von FOE_Tabelle) entsprechen (Parameter `toleranz`, Standard 0). Im veröffentlichten AIP 2024 nennt der Text 458 Planeintritte, ausdrücklich als „eine erste Aufstellung“, die Tabelle 869: Text und Tabelle geben verschiedene Planungsstände wieder. Eine Warnung, denn vor der Trägerversammlung sollte das Programm einen Stand nennen.",
    names: ["FOE_Eintritte_Plan", "FOE_Tabelle"],
    needsAllNames: true,
    params: { toleranz: { default: 0, description: "erlaubte Abweichung in Förderungen" } },
    messages: {
      abweichung: {
        de: "Planeintritte im Text ({text, count}) ≠ Summe Plan der Förderübersicht ({plan, count}): Text und Tabelle geben verschiedene Planungsstände wieder",
        en: "Planned entries in the text ({text, count}) ≠ plan total of the support overview ({plan, count}): text and table give different planning states",
      },
    },
  },
  check(ctx) {
    const text = ctx.view.figure("FOE_Eintritte_Plan");
    const s = foeStructure(ctx.view);
    if (!text || !s || s.gesamtRows.length !== 1) return [];
    const g = s.gesamtRows[0];
    const plan = s.table.num(g, "plan");
    if (plan === undefined || Math.abs(text.value - plan) <= ctx.params.toleranz + 1e-9) return [];
    return [
      {
        messageId: "abweichung",
        data: { text: text.value, plan },
        names: ["FOE_Eintritte_Plan", "FOE_Tabelle"],
        cells: [text.cell, s.table.cell(g, "plan")],
      },
    ];
  },
};
