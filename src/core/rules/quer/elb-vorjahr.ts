// quer/elb-vorjahr: the ELB stock appears twice (Ziele and Kunden); the two may differ a little, as the IQ
// denominator averages December to November and the customer stock the calendar year.
import { figures, floatSlack } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_ELB_VJ", "KUN_ELB"] as const;

export const querElbVorjahr: Rule = {
  meta: {
    id: "quer/elb-vorjahr",
    family: "quer",
    severity: "warning",
    title: "ELB-Bestand in Zielen und Kundenstruktur verschieden",
    titleEn: "Stock of benefit recipients differs between targets and customer structure",
    description:
      "Der durchschnittliche ELB-Bestand steht zweimal in der Mappe: als Nenner der IQ (ZIE_ELB_VJ) und in der Kundenstruktur (KUN_ELB). Beide dürfen verschieden sein: der Nenner der IQ ist in der Statistik der BA der Durchschnitt der Monate Dezember bis November (jeweils der Monat vor den Integrationen), der Kundenbestand meist der des Kalenderjahres. Gemeldet wird erst, wenn sie um mehr als `relativ` (Standard 1 % des größeren Bestands) und mehr als `toleranz` Personen (Standard 0) voneinander abweichen. Beide sind Bestände und dürfen Nachkommastellen haben. Im Beispiel 2024: beide 4.560.",
    names: NAMES,
    needsAllNames: true,
    params: {
      toleranz: { default: 0, description: "erlaubte Abweichung in Personen" },
      relativ: { default: 0.01, description: "erlaubte Abweichung als Bruch des größeren Bestands (0,01 = 1 %)" },
    },
    messages: {
      abweichung: {
        de: "ELB im Vorjahr bei den Zielen ({ziele, count}) ≠ ELB-Bestand der Kundenstruktur ({kunden, count}): Abweichung {difference, count} ({relative, percent}), erlaubt {relativ, percent} (Dezember–November ggü. Kalenderjahr)",
        en: "Benefit recipients able to work in the previous year in the targets ({ziele, count}) ≠ stock in the customer structure ({kunden, count}): difference {difference, count} ({relative, percent}), allowed {relativ, percent} (December–November vs calendar year)",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const a = f.ZIE_ELB_VJ.value;
    const b = f.KUN_ELB.value;
    const difference = Math.abs(a - b);
    const larger = Math.max(Math.abs(a), Math.abs(b));
    const slack = floatSlack(a, b);
    // Either allowance suffices: the parameters keep their meaning, the relative one only adds to it.
    if (difference <= ctx.params.toleranz + slack || difference <= ctx.params.relativ * larger + slack) return [];
    return [
      {
        messageId: "abweichung",
        data: { ziele: a, kunden: b, difference, relative: larger > 0 ? difference / larger : 0, relativ: ctx.params.relativ },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
