// istplan/grosse-aenderung: a large change between Ist and Plan needs a Begründung.
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanGrosseAenderung: Rule = {
  meta: {
    id: "istplan/grosse-aenderung",
    family: "istplan",
    severity: "warning",
    title: "Große Änderung Ist → Plan ohne Begründung",
    titleEn: "Large change actual → plan without justification",
    description:
      "Ändert sich eine Zeile der Förderübersicht vom Ist zum Plan um mindestens `relativ` (Standard 25 %) UND um mindestens `absolut` Förderungen (Standard 20), braucht sie eine Begründung in der Spalte Begründung. Beide Schwellen zusammen verhindern Lärm bei kleinen Zeilen (3 → 0 ist −100 %, aber nur 3 Förderungen) und bei großen (541 → 489 sind 52 Förderungen, aber nur −9,6 %). Ist das Ist 0, zählt jede Änderung ab der absoluten Schwelle. Im Beispiel 2024 ist die Begründungsspalte leer, und GaBe steigt von 16 auf 55 (+39, +243,8 %): die Regel meldet diese Zeile – ein echter Befund der veröffentlichten Tabelle, die die Verdreifachung nicht erklärt.",
    names: ["FOE_Tabelle"],
    params: {
      relativ: { default: 0.25, description: "Mindeständerung relativ zum Ist, als Bruch (0,25 = 25 %)" },
      absolut: { default: 20, description: "Mindeständerung in Förderungen" },
    },
    messages: {
      ohneBegruendung: {
        de: "FOE_Tabelle: {row, row, instrument} Plan {plan, count} ggü. Ist {ist, count} ({delta, signed}, {change, change}) ohne Begründung (Schwellen: {relativ, percent, 0} und {absolut, count} Förderungen)",
        en: "FOE_Tabelle: {row, row, instrument} plan {plan, count} vs actual {ist, count} ({delta, signed}, {change, change}) without justification (thresholds: {relativ, percent, 0} and {absolut, count} measures)",
      },
      ohneBegruendungAbNull: {
        de: "FOE_Tabelle: {row, row, instrument} Plan {plan, count} ggü. Ist {ist, count} ({delta, signed}) ohne Begründung (Schwellen: {relativ, percent, 0} und {absolut, count} Förderungen)",
        en: "FOE_Tabelle: {row, row, instrument} plan {plan, count} vs actual {ist, count} ({delta, signed}) without justification (thresholds: {relativ, percent, 0} and {absolut, count} measures)",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      const ist = table.num(r, "ist");
      const plan = table.num(r, "plan");
      if (ist === undefined || plan === undefined || !table.isBlank(r, "begruendung")) continue;
      const delta = plan - ist;
      const relative = ist === 0 ? (delta === 0 ? 0 : Infinity) : Math.abs(delta) / ist;
      if (Math.abs(delta) < ctx.params.absolut || relative < ctx.params.relativ) continue;
      const thresholds = { relativ: ctx.params.relativ, absolut: ctx.params.absolut };
      reports.push({
        messageId: ist === 0 ? "ohneBegruendungAbNull" : "ohneBegruendung",
        data: { ...rowData(table, r), plan, ist, delta, ...(ist === 0 ? {} : { change: delta / ist }), ...thresholds },
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "plan"), table.cell(r, "begruendung")],
      });
    }
    return reports;
  },
};
