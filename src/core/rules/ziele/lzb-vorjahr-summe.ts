// ziele/lzb-vorjahr-summe: the previous-year LZB stocks implied by the stated changes of men and women add
// up to the one implied for the total, within the rounding of the printed changes.
import { halfUnitOf, percentDecimals } from "../../format";
import { figures, overlaps } from "../helpers";
import type { Rule } from "../types";
import { impliedPrevious } from "./change";

const NAMES = ["ZIE_LZB", "ZIE_LZB_Veraenderung", "ZIE_LZB_Maenner", "ZIE_LZB_Maenner_Veraenderung", "ZIE_LZB_Frauen", "ZIE_LZB_Frauen_Veraenderung"] as const;

export const zieleLzbVorjahrSumme: Rule = {
  meta: {
    id: "ziele/lzb-vorjahr-summe",
    family: "ziele",
    severity: "warning",
    title: "Aus den Veränderungen folgende LZB-Vorjahresbestände gehen nicht auf",
    titleEn: "Previous-year long-term recipient stocks implied by the changes do not add up",
    description:
      "Ziel und angegebene Veränderung ergeben einen Vorjahresbestand (Ziel / (1 + Veränderung)), für Männer, Frauen und gesamt. Männer + Frauen müssen dann den Vorjahresbestand gesamt ergeben. Rundung: die Ziele gelten als genau, jede angegebene Veränderung steht für jeden Wert, der gleich gedruckt wird (+4,1 % für +4,05 % bis +4,15 %), so dass jeder Vorjahresbestand ein Bereich ist; gemeldet wird, wenn der Bereich der Summe Männer + Frauen den Bereich gesamt um mehr als `toleranz` Personen (Standard 1, getrennt gerundete Bestände wie bei `abstimmung/lzb-geschlechter`) verfehlt. Im Beispiel 2024: 1.301 / 1,041 + 1.420 / 1,085 ergibt 2.557,3 bis 2.559,7, 2.721 / 1,063 ergibt 2.558,5 bis 2.560,9 – die Bereiche überschneiden sich, keine Meldung.",
    names: NAMES,
    needsAllNames: true,
    params: { toleranz: { default: 1, description: "erlaubte Abweichung in Personen (getrennt gerundete Bestände)" } },
    messages: {
      summe: {
        de: "LZB-Vorjahresbestände aus Ziel und Veränderung: Männer {maennerLow, number, 1} bis {maennerHigh, number, 1} + Frauen {frauenLow, number, 1} bis {frauenHigh, number, 1} = {sumLow, number, 1} bis {sumHigh, number, 1}, gesamt aber {totalLow, number, 1} bis {totalHigh, number, 1} (Ziel {total, count} bei {change, change, decimals})",
        en: "Previous-year long-term recipient stocks from target and change: men {maennerLow, number, 1} to {maennerHigh, number, 1} + women {frauenLow, number, 1} to {frauenHigh, number, 1} = {sumLow, number, 1} to {sumHigh, number, 1}, but total {totalLow, number, 1} to {totalHigh, number, 1} (target {total, count} at {change, change, decimals})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const h = (name: (typeof NAMES)[number]) => halfUnitOf(f[name].format) ?? ctx.settings.toleranzen.veraenderung;
    const implied = (target: (typeof NAMES)[number], change: (typeof NAMES)[number]) => impliedPrevious(f[target].value, f[change].value, h(change));
    const total = implied("ZIE_LZB", "ZIE_LZB_Veraenderung");
    const men = implied("ZIE_LZB_Maenner", "ZIE_LZB_Maenner_Veraenderung");
    const women = implied("ZIE_LZB_Frauen", "ZIE_LZB_Frauen_Veraenderung");
    if (!total || !men || !women) return [];
    const sum: [number, number] = [men[0] + women[0], men[1] + women[1]];
    const t = ctx.params.toleranz;
    if (overlaps(sum, [total[0] - t, total[1] + t])) return [];
    const change = f.ZIE_LZB_Veraenderung;
    return [
      {
        messageId: "summe",
        data: {
          maennerLow: men[0],
          maennerHigh: men[1],
          frauenLow: women[0],
          frauenHigh: women[1],
          sumLow: sum[0],
          sumHigh: sum[1],
          totalLow: total[0],
          totalHigh: total[1],
          total: f.ZIE_LZB.value,
          change: change.value,
          decimals: percentDecimals(change.format, 1),
        },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
