// verlauf/iq-ziel: the year-end projection of the IQ from the months reported so far, against the target.
import { IQ_GROUPS, iqProgress } from "../../verlauf/compute";
import type { Rule, RuleReport } from "../types";
import { monthDe, monthEn } from "./months";

const GROUP_DE = "gesamt=Integrationsquote|frauen=Integrationsquote Frauen|maenner=Integrationsquote Männer";
const GROUP_EN = "gesamt=Integration rate|frauen=Integration rate women|maenner=Integration rate men";

export const verlaufIqZiel: Rule = {
  meta: {
    id: "verlauf/iq-ziel",
    family: "verlauf",
    severity: "warning",
    title: "Hochgerechnete Integrationsquote verfehlt das Ziel",
    titleEn: "Projected integration rate misses the target",
    description:
      "Aus dem Verlaufsblatt: Jahresfortschrittswert (JFW) bis zum letzten vollständig gemeldeten Monat m (Integrationen der Monate 1..m über dem mittleren ELB-Bestand der Vormonate Dezember..m−1), derselbe Wert des Vorjahres über dieselben Monate, und die Hochrechnung zum Jahresende IQ_VJ × JFW_m / JFW_VJ_m. IQ_VJ ist der JFW des Vorjahres über alle 12 Monate, wenn `MON_*_VJ` vollständig ist, sonst `ZIE_IQ_VJ` (bzw. der Vorjahreswert nach Geschlecht). Das ist eine einfache Hochrechnung mit dem Saisonverlauf des Vorjahres, kein Verfahren der BA. Liegt sie um mehr als `toleranz` (Standard 0,3 %-Pkt.) unter `ZIE_IQ`, gibt es eine Warnung – ebenso für Frauen und Männer, wo deren Reihen stehen.",
    // The total's names decide whether the rule ran; men and women are checked in addition where their series stand.
    names: ["MON_Integrationen", "MON_ELB", "MON_Integrationen_VJ", "MON_ELB_VJ", "ZIE_IQ", "ZIE_IQ_VJ"],
    nameGroups: [["MON_Integrationen", "MON_ELB", "MON_Integrationen_VJ", "MON_ELB_VJ", "ZIE_IQ"]],
    params: {
      toleranz: { default: 0.003, description: "So weit darf die Hochrechnung unter dem Ziel liegen, als Bruch (0,003 = 0,3 %-Pkt.)" },
    },
    messages: {
      verfehlt: {
        de: `{group, select, ${GROUP_DE}}: Hochrechnung zum Jahresende {projection, percent, 2} liegt {gap, points, 2} unter dem Ziel {target, percent, 1} (Monate Januar bis ${monthDe("month")}: JFW {jfw, percent, 2} ggü. {jfwVj, percent, 2} im Vorjahr, {change, change}; Hochrechnung IQ_VJ × JFW_m / JFW_VJ_m = {iqVj, percent, 2} × {jfw, percent, 2} / {jfwVj, percent, 2}; Toleranz {toleranz, points, 1})`,
        en: `{group, select, ${GROUP_EN}}: year-end projection {projection, percent, 2} is {gap, points, 2} below the target {target, percent, 1} (months January to ${monthEn("month")}: JFW {jfw, percent, 2} vs {jfwVj, percent, 2} in the previous year, {change, change}; projection IQ_PY × JFW_m / JFW_PY_m = {iqVj, percent, 2} × {jfw, percent, 2} / {jfwVj, percent, 2}; tolerance {toleranz, points, 1})`,
      },
    },
  },
  check(ctx) {
    const { view } = ctx;
    const reports: RuleReport[] = [];
    for (const g of IQ_GROUPS) {
      const target = view.figure(g.target);
      const p = iqProgress(view.monthly, g, { target: target?.value, iqVj: view.figure(g.iqVj)?.value });
      if (!p || !target || p.projection === undefined || p.jfwVj === undefined || p.iqVj === undefined) continue;
      const gap = target.value - p.projection;
      if (gap <= ctx.params.toleranz + 1e-12) continue;
      const integ = view.monthly.series.get(g.integ)!;
      reports.push({
        messageId: "verfehlt",
        data: { group: g.key, month: p.month, jfw: p.jfw, jfwVj: p.jfwVj, change: p.change ?? 0, iqVj: p.iqVj, projection: p.projection, target: target.value, gap, toleranz: ctx.params.toleranz },
        names: [g.integ, g.elb, `${g.integ}_VJ`, `${g.elb}_VJ`, g.target, ...(p.iqVjSource === "ziel" ? [g.iqVj] : [])],
        cells: [integ.cells[p.month - 1], target.cell, ...(p.iqVjSource === "ziel" ? [view.figure(g.iqVj)!.cell] : [])],
      });
    }
    return reports;
  },
};
