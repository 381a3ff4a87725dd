// hinweis/ziel-implikation: what the targets imply with the planned ELB stock (ZIE_ELB): the integrations
// ZIE_IQ × ZIE_ELB against the previous year's, and the LZB share ZIE_LZB / ZIE_ELB against today's.
import { figures } from "../helpers";
import type { Rule, RuleReport } from "../types";
import { mentions } from "../../coverage";

const INTEGRATIONS = ["ZIE_ELB", "ZIE_IQ", "ZIE_Integrationen_VJ"] as const;
const LZB = ["ZIE_ELB", "ZIE_LZB", "KUN_Anteil_LZB"] as const;

export const hinweisZielImplikation: Rule = {
  meta: {
    id: "hinweis/ziel-implikation",
    family: "ziele",
    severity: "info",
    title: "Was die Ziele mit dem geplanten ELB-Bestand bedeuten",
    titleEn: "What the targets imply with the planned ELB stock",
    description:
      "Steht der geplante durchschnittliche ELB-Bestand des Planjahres in der Mappe (ZIE_ELB, optional), rechnet die Regel aus, was die Ziele bedeuten: ZIE_IQ × ZIE_ELB Integrationen und ZIE_LZB / ZIE_ELB als Anteil der Langzeitleistungsbeziehenden am Bestand. Ein Hinweis, wenn die Integrationen um mehr als `integrationen` (Standard 10 %) von ZIE_Integrationen_VJ abweichen – ein IQ-Ziel unter dem Vorjahr kann bei sinkendem Bestand deutlich weniger Integrationen bedeuten – oder der LZB-Anteil um mehr als `lzbAnteil` (Standard 5 %-Punkte) von KUN_Anteil_LZB. Die Übersicht zeigt beide Werte. Die Quelle 2024 nennt keinen geplanten Bestand; mit 4.560 ELB (wie im Vorjahr) wären es 0,16 × 4.560 = 730 Integrationen (−2,7 %) und 2.721 / 4.560 = 59,7 % LZB (56,1 % heute): kein Hinweis.",
    names: [...new Set([...INTEGRATIONS, ...LZB])],
    nameGroups: [INTEGRATIONS, LZB],
    countsOnlyWith: mentions("ZIE_ELB"),
    params: {
      integrationen: { default: 0.1, description: "Abweichung der Integrationen vom Vorjahr als Bruch (0,1 = 10 %)" },
      lzbAnteil: { default: 0.05, description: "Abweichung des LZB-Anteils vom heutigen in Prozentpunkten als Bruch (0,05 = 5 %-Punkte)" },
    },
    messages: {
      integrationen: {
        de: "Mit dem geplanten ELB-Bestand ({elb, number}) bedeutet die Ziel-IQ {iq, percent} rund {implied, count} Integrationen, {change, change} gegenüber den {vj, count} des Vorjahres",
        en: "With the planned ELB stock ({elb, number}) the target rate {iq, percent} means about {implied, count} integrations, {change, change} against the previous year's {vj, count}",
      },
      lzbAnteil: {
        de: "Mit dem geplanten ELB-Bestand ({elb, number}) ist das LZB-Ziel ({lzb, number}) ein Anteil von {share, percent} am Bestand, heute sind es {today, percent} ({points, points})",
        en: "With the planned ELB stock ({elb, number}) the LZB target ({lzb, number}) is a share of {share, percent} of the stock, against {today, percent} today ({points, points})",
      },
    },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    const i = figures(ctx.view, ...INTEGRATIONS);
    if (i && i.ZIE_ELB.value > 0 && i.ZIE_Integrationen_VJ.value > 0) {
      const implied = i.ZIE_IQ.value * i.ZIE_ELB.value;
      const change = implied / i.ZIE_Integrationen_VJ.value - 1;
      if (Math.abs(change) > ctx.params.integrationen + 1e-12) {
        reports.push({
          messageId: "integrationen",
          data: { elb: i.ZIE_ELB.value, iq: i.ZIE_IQ.value, implied: Math.round(implied), change, vj: i.ZIE_Integrationen_VJ.value },
          names: [...INTEGRATIONS],
          cells: INTEGRATIONS.map((n) => i[n].cell),
        });
      }
    }
    const l = figures(ctx.view, ...LZB);
    if (l && l.ZIE_ELB.value > 0) {
      const share = l.ZIE_LZB.value / l.ZIE_ELB.value;
      const points = share - l.KUN_Anteil_LZB.value;
      if (Math.abs(points) > ctx.params.lzbAnteil + 1e-12) {
        reports.push({
          messageId: "lzbAnteil",
          data: { elb: l.ZIE_ELB.value, lzb: l.ZIE_LZB.value, share, today: l.KUN_Anteil_LZB.value, points },
          names: [...LZB],
          cells: LZB.map((n) => l[n].cell),
        });
      }
    }
    return reports;
  },
};
