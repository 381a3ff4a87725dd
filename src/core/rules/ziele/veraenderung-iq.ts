// ziele/veraenderung-iq: the stated change of the IQ agrees with target / previous-year IQ − 1, for the total
// and, where the previous year by gender is given (ZIE_IQ_Maenner_VJ, ZIE_IQ_Frauen_VJ), for men and women.
import { halfUnitOf, percentDecimals } from "../../format";
import { overlaps, shareHalfUnit } from "../helpers";
import type { Rule, RuleReport } from "../types";
import { computedRange, reconcilingRanges } from "./change";

/** Change, target and previous year of each group. */
export const IQ_GROUPS = [
  { group: "gesamt", change: "ZIE_IQ_Veraenderung", target: "ZIE_IQ", previous: "ZIE_IQ_VJ" },
  { group: "maenner", change: "ZIE_IQ_Maenner_Veraenderung", target: "ZIE_IQ_Maenner", previous: "ZIE_IQ_Maenner_VJ" },
  { group: "frauen", change: "ZIE_IQ_Frauen_Veraenderung", target: "ZIE_IQ_Frauen", previous: "ZIE_IQ_Frauen_VJ" },
] as const;

const GROUP_DE = "{group, select, gesamt=IQ|maenner=IQ Männer|frauen=IQ Frauen}";
const GROUP_EN = "{group, select, gesamt=integration rate|maenner=integration rate of men|frauen=integration rate of women}";
const HEAD_DE = `Veränderung ${GROUP_DE} ggü. Vorjahr: angegeben {stated, change, decimals}, berechnet {computed, change, decimals} (Ziel {target, percent, targetDecimals} ggü. Vorjahr {previous, percent, previousDecimals})`;
const HEAD_EN = `Change of the ${GROUP_EN} vs previous year: stated {stated, change, decimals}, computed {computed, change, decimals} (target {target, percent, targetDecimals} vs previous year {previous, percent, previousDecimals})`;

export const zieleVeraenderungIq: Rule = {
  meta: {
    id: "ziele/veraenderung-iq",
    family: "ziele",
    severity: "warning",
    title: "Angegebene IQ-Veränderung passt nicht zum Ziel",
    titleEn: "Stated change of the integration rate does not fit the target",
    description:
      "Die Veränderung ggü. Vorjahr ist relativ: ZIE_IQ_Veraenderung ≈ ZIE_IQ / ZIE_IQ_VJ − 1; ebenso für Männer und Frauen (ZIE_IQ_Maenner_Veraenderung ≈ ZIE_IQ_Maenner / ZIE_IQ_Maenner_VJ − 1, ZIE_IQ_Frauen_Veraenderung entsprechend), wenn die optionalen Vorjahreswerte nach Geschlecht in der Mappe stehen. Rundung: das Ziel ist ein gesetzter Wert und gilt als genau; der Vorjahreswert gilt als genau, wenn er eine Formel ist, sonst darf er um eine halbe letzte Stelle seines Formats abweichen; die angegebene Veränderung darf um eine halbe letzte Stelle ihres Formats abweichen (bei +0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.veraenderung`). Gemeldet wird nur, wenn kein Wert im so gerundeten Bereich zur Angabe passt; die Meldung nennt, was die Angabe erklären würde: den Bereich der Vorjahres-IQ (zum genauen Ziel) und den des ungerundeten Ziels (zum Vorjahr). Im Beispiel 2024 ergibt 16,0 % ggü. 16,447 % (750 / 4.560) −2,72 %, angegeben sind −2,5 %. Auch mit dem gedruckten 16,4 % geht die Angabe nicht auf (16,0 / 16,4 − 1 = −2,44 %, gerundet −2,4 %); −2,5 % passt zu einer Vorjahres-IQ von 16,40 % bis 16,42 % (z. B. 748 / 4.560) oder zu einem ungerundeten Ziel von 16,03 % bis 16,04 % ggü. 16,447 %. Die Regel meldet das als Warnung.",
    names: IQ_GROUPS.flatMap((g) => [g.change, g.target, g.previous]),
    nameGroups: IQ_GROUPS.map((g) => [g.change, g.target, g.previous]),
    messages: {
      abweichung: {
        de: `${HEAD_DE}; {stated, change, decimals} passt zu einem Vorjahreswert von {previousLow, percent, rangeDecimals} bis {previousHigh, percent, rangeDecimals} oder zu einem ungerundeten Ziel von {targetLow, percent, rangeDecimals} bis {targetHigh, percent, rangeDecimals}`,
        en: `${HEAD_EN}; {stated, change, decimals} fits a previous-year value of {previousLow, percent, rangeDecimals} to {previousHigh, percent, rangeDecimals} or an unrounded target of {targetLow, percent, rangeDecimals} to {targetHigh, percent, rangeDecimals}`,
      },
      abweichungOhneBereich: { de: HEAD_DE, en: HEAD_EN },
    },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const g of IQ_GROUPS) {
      const stated = ctx.view.figure(g.change);
      const targetF = ctx.view.figure(g.target);
      const prev = ctx.view.figure(g.previous);
      if (!stated || !targetF || !prev) continue;
      const target = targetF.value;
      const hPrev = shareHalfUnit(prev.formula, prev.format, ctx.settings.toleranzen.anteil);
      if (prev.value - hPrev <= 0) continue;
      const hStated = halfUnitOf(stated.format) ?? ctx.settings.toleranzen.veraenderung;
      const inputs = { target, previous: prev.value, hPrevious: hPrev, stated: stated.value, hStated };
      if (overlaps([stated.value - hStated, stated.value + hStated], computedRange(inputs))) continue;
      const decimals = percentDecimals(stated.format, 1);
      const data = {
        group: g.group,
        stated: stated.value,
        computed: target / prev.value - 1,
        decimals,
        target,
        targetDecimals: percentDecimals(targetF.format, 1),
        previous: prev.value,
        previousDecimals: prev.formula ? 3 : percentDecimals(prev.format, 1),
      };
      const ranges = reconcilingRanges(inputs);
      const names = [g.change, g.target, g.previous];
      const cells = [stated.cell, targetF.cell, prev.cell];
      if (!ranges) {
        reports.push({ messageId: "abweichungOhneBereich", data, names, cells });
        continue;
      }
      reports.push({
        messageId: "abweichung",
        data: {
          ...data,
          // One digit more than the stated change, so the range shows what the rounding allows.
          rangeDecimals: decimals + 1,
          previousLow: ranges.previous[0],
          previousHigh: ranges.previous[1],
          targetLow: ranges.target[0],
          targetHigh: ranges.target[1],
        },
        names,
        cells,
      });
    }
    return reports;
  },
};
