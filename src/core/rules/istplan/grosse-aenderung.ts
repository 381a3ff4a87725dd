// istplan/grosse-aenderung: a large change between Ist and Plan needs a Begründung. The absolute threshold
// grows with the table, so that a Jobcenter with 20 000 Förderungen is not warned of every +20.
import { foeStructure, foeTotals, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanGrosseAenderung: Rule = {
  meta: {
    id: "istplan/grosse-aenderung",
    family: "istplan",
    severity: "warning",
    title: "Große Änderung Ist → Plan ohne Begründung",
    titleEn: "Large change actual → plan without justification",
    description:
      "Ändert sich eine Zeile der Förderübersicht vom Ist zum Plan um mindestens `relativ` (Standard 25 %) UND um mindestens die absolute Schwelle, braucht sie eine Begründung in der Spalte Begründung (hat die Tabelle keine, wird jede solche Zeile gemeldet). Die absolute Schwelle ist das Größere von `absolut` (Standard 20 Förderungen) und `anteilGesamt` (Standard 1 %) des größeren der beiden Gesamtwerte Ist und Plan – ohne lesbare Gesamtzeile der Summen der Instrumente –, sie wächst also mit der Tabelle: bei 20.000 Förderungen sind es 200. Beide Schwellen zusammen verhindern Lärm bei kleinen Zeilen (3 → 0 ist −100 %, aber nur 3 Förderungen) und bei großen (541 → 489 sind 52 Förderungen, aber nur −9,6 %). Ist das Ist 0, zählt jede Änderung ab der absoluten Schwelle. Im Beispiel 2024 (Gesamt 875, 1 % = 8,75, Schwelle also 20) ist die Begründungsspalte leer, und GaBe steigt von 16 auf 55 (+39, +243,8 %): die Regel meldet diese Zeile, denn die Tabelle begründet sie nicht. Die Erklärung liegt nahe: die Ganzheitliche Betreuung (§ 16k SGB II, „GaBe“) gibt es erst seit dem 1.7.2023, das Ist 2023 umfasst also ein halbes Jahr eines neuen Instruments; eine Begründung in der Zeile sollte das sagen.",
    names: ["FOE_Tabelle"],
    params: {
      relativ: { default: 0.25, description: "Mindeständerung relativ zum Ist, als Bruch (0,25 = 25 %)" },
      absolut: { default: 20, description: "Mindeständerung in Förderungen (untere Grenze der absoluten Schwelle)" },
      anteilGesamt: {
        default: 0.01,
        description: "Die absolute Schwelle ist mindestens dieser Anteil des größeren Gesamtwerts (Ist oder Plan), als Bruch (0,01 = 1 %); 0 schaltet die Skalierung ab",
      },
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
      ohneBegruendungSkaliert: {
        de: "FOE_Tabelle: {row, row, instrument} Plan {plan, count} ggü. Ist {ist, count} ({delta, signed}, {change, change}) ohne Begründung (Schwellen: {relativ, percent, 0} und {absolut, count} Förderungen = {anteilGesamt, percent} von {basis, count})",
        en: "FOE_Tabelle: {row, row, instrument} plan {plan, count} vs actual {ist, count} ({delta, signed}, {change, change}) without justification (thresholds: {relativ, percent, 0} and {absolut, count} measures = {anteilGesamt, percent} of {basis, count})",
      },
      ohneBegruendungAbNullSkaliert: {
        de: "FOE_Tabelle: {row, row, instrument} Plan {plan, count} ggü. Ist {ist, count} ({delta, signed}) ohne Begründung (Schwellen: {relativ, percent, 0} und {absolut, count} Förderungen = {anteilGesamt, percent} von {basis, count})",
        en: "FOE_Tabelle: {row, row, instrument} plan {plan, count} vs actual {ist, count} ({delta, signed}) without justification (thresholds: {relativ, percent, 0} and {absolut, count} measures = {anteilGesamt, percent} of {basis, count})",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const { relativ, anteilGesamt } = ctx.params;
    // The table's size: the larger of Gesamt Ist and Plan (or of the instruments' sums without Gesamt).
    const totals = foeTotals(s);
    const basis = Math.max(totals.ist ?? 0, totals.plan ?? 0);
    // Rounded up to whole Förderungen (changes are whole), which decides the same as the exact product.
    const scaled = Math.ceil(anteilGesamt * basis - 1e-9);
    // In the message data `absolut` is the threshold applied: the parameter, or the scaled one above it.
    const absolut = Math.max(ctx.params.absolut, scaled);
    const isScaled = scaled > ctx.params.absolut;
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      const ist = table.num(r, "ist");
      const plan = table.num(r, "plan");
      if (ist === undefined || plan === undefined || !table.isBlank(r, "begruendung")) continue;
      const delta = plan - ist;
      const relative = ist === 0 ? (delta === 0 ? 0 : Infinity) : Math.abs(delta) / ist;
      if (Math.abs(delta) < absolut || relative < relativ) continue;
      const messageId = `${ist === 0 ? "ohneBegruendungAbNull" : "ohneBegruendung"}${isScaled ? "Skaliert" : ""}`;
      reports.push({
        messageId,
        data: {
          ...rowData(table, r),
          plan,
          ist,
          delta,
          ...(ist === 0 ? {} : { change: delta / ist }),
          relativ,
          absolut,
          ...(isScaled ? { anteilGesamt, basis } : {}),
        },
        names: ["FOE_Tabelle"],
        cells: table.hasColumn("begruendung") ? [table.cell(r, "plan"), table.cell(r, "begruendung")] : [table.cell(r, "plan")],
      });
    }
    return reports;
  },
};
