// ziele/veraenderung-lzb: the stated LZB change agrees with target / previous-year stock − 1, for the total
// (ZIE_LZB_VJ) and, where given, for men and women (ZIE_LZB_Maenner_VJ, ZIE_LZB_Frauen_VJ). Without
// ZIE_LZB_VJ the total is compared with a stand-in by hinweis/veraenderung-lzb-anteil.
import { halfUnitOf, percentDecimals } from "../../format";
import { overlaps } from "../helpers";
import type { Rule, RuleReport } from "../types";
import { computedRange, reconcilingRanges } from "./change";

export const LZB_GROUPS = [
  { group: "gesamt", change: "ZIE_LZB_Veraenderung", target: "ZIE_LZB", previous: "ZIE_LZB_VJ" },
  { group: "maenner", change: "ZIE_LZB_Maenner_Veraenderung", target: "ZIE_LZB_Maenner", previous: "ZIE_LZB_Maenner_VJ" },
  { group: "frauen", change: "ZIE_LZB_Frauen_Veraenderung", target: "ZIE_LZB_Frauen", previous: "ZIE_LZB_Frauen_VJ" },
] as const;

const GROUP_DE = "{group, select, gesamt=LZB|maenner=LZB Männer|frauen=LZB Frauen}";
const GROUP_EN = "{group, select, gesamt=long-term benefit recipients|maenner=long-term benefit recipients, men|frauen=long-term benefit recipients, women}";
const HEAD_DE = `Veränderung ${GROUP_DE} ggü. Vorjahr: angegeben {stated, change, decimals}, berechnet {computed, change, decimals} (Ziel {target, count} ggü. Vorjahresbestand {previous, count})`;
const HEAD_EN = `Change of ${GROUP_EN} vs previous year: stated {stated, change, decimals}, computed {computed, change, decimals} (target {target, count} vs previous stock {previous, count})`;

export const zieleVeraenderungLzb: Rule = {
  meta: {
    id: "ziele/veraenderung-lzb",
    family: "ziele",
    severity: "warning",
    title: "LZB-Ziel passt nicht zum Vorjahresbestand",
    titleEn: "Long-term recipients target does not fit the previous year's stock",
    description:
      "Steht der Vorjahresbestand der Langzeitleistungsbeziehenden in der Mappe (ZIE_LZB_VJ, optional), muss die angegebene Veränderung ZIE_LZB_Veraenderung zu ZIE_LZB / ZIE_LZB_VJ − 1 passen; ebenso für Männer und Frauen mit ZIE_LZB_Maenner_VJ und ZIE_LZB_Frauen_VJ. Rundung: das Ziel gilt als genau; ein eingetippter Vorjahresbestand darf um eine halbe letzte Stelle seines Formats abweichen (bei #.##0 um 0,5), eine Formel gilt als genau; die angegebene Veränderung darf um eine halbe letzte Stelle ihres Formats abweichen. Die Meldung nennt, welcher Vorjahresbestand (zum Ziel) oder welches Ziel (zum Vorjahresbestand) die Angabe erklären würde. Fehlt ZIE_LZB_VJ, vergleicht `hinweis/veraenderung-lzb-anteil` mit dem Ersatz KUN_Anteil_LZB × KUN_ELB, nur als Hinweis. Das Beispiel 2024 enthält keine Vorjahresbestände (die Quelle nennt keine): keine Meldung.",
    names: LZB_GROUPS.flatMap((g) => [g.change, g.target, g.previous]),
    nameGroups: LZB_GROUPS.map((g) => [g.change, g.target, g.previous]),
    messages: {
      abweichung: {
        de: `${HEAD_DE}; {stated, change, decimals} passt zu einem Vorjahresbestand von {previousLow, number, 1} bis {previousHigh, number, 1} oder zu einem Ziel von {targetLow, number, 1} bis {targetHigh, number, 1}`,
        en: `${HEAD_EN}; {stated, change, decimals} fits a previous stock of {previousLow, number, 1} to {previousHigh, number, 1} or a target of {targetLow, number, 1} to {targetHigh, number, 1}`,
      },
      abweichungOhneBereich: { de: HEAD_DE, en: HEAD_EN },
    },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const g of LZB_GROUPS) {
      const stated = ctx.view.figure(g.change);
      const targetF = ctx.view.figure(g.target);
      const prev = ctx.view.figure(g.previous);
      if (!stated || !targetF || !prev || prev.value - prev.halfUnit <= 0) continue;
      const hStated = halfUnitOf(stated.format) ?? ctx.settings.toleranzen.veraenderung;
      const inputs = { target: targetF.value, previous: prev.value, hPrevious: prev.halfUnit, stated: stated.value, hStated };
      if (overlaps([stated.value - hStated, stated.value + hStated], computedRange(inputs))) continue;
      const data = {
        group: g.group,
        stated: stated.value,
        computed: targetF.value / prev.value - 1,
        decimals: percentDecimals(stated.format, 1),
        target: targetF.value,
        previous: prev.value,
      };
      const names = [g.change, g.target, g.previous];
      const cells = [stated.cell, targetF.cell, prev.cell];
      const ranges = reconcilingRanges(inputs);
      if (!ranges) {
        reports.push({ messageId: "abweichungOhneBereich", data, names, cells });
        continue;
      }
      reports.push({
        messageId: "abweichung",
        data: { ...data, previousLow: ranges.previous[0], previousHigh: ranges.previous[1], targetLow: ranges.target[0], targetHigh: ranges.target[1] },
        names,
        cells,
      });
    }
    return reports;
  },
};
