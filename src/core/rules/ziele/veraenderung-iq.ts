// ziele/veraenderung-iq: the stated change of the total IQ agrees with target / previous-year IQ − 1.
import { halfUnitOf, percentDecimals } from "../../format";
import { figures, overlaps, shareHalfUnit } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_IQ_Veraenderung", "ZIE_IQ", "ZIE_IQ_VJ"] as const;

export const zieleVeraenderungIq: Rule = {
  meta: {
    id: "ziele/veraenderung-iq",
    family: "ziele",
    severity: "warning",
    title: "Angegebene IQ-Veränderung passt nicht zum Ziel",
    titleEn: "Stated change of the integration rate does not fit the target",
    description:
      "Die Veränderung ggü. Vorjahr ist relativ: ZIE_IQ_Veraenderung ≈ ZIE_IQ / ZIE_IQ_VJ − 1. Rundung: das Ziel ist ein gesetzter Wert und gilt als genau; der Vorjahreswert gilt als genau, wenn er eine Formel ist, sonst darf er um eine halbe letzte Stelle seines Formats abweichen; die angegebene Veränderung darf um eine halbe letzte Stelle ihres Formats abweichen (bei +0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.veraenderung`). Gemeldet wird nur, wenn kein Wert im so gerundeten Bereich zur Angabe passt. Im Beispiel 2024 ergibt 16,0 % ggü. 16,447 % (750 / 4.560) −2,72 %, angegeben sind −2,5 %: die Quelle hat offenbar mit dem gerundeten 16,4 % gerechnet – die Regel meldet das als Warnung. Die Veränderungen der IQ von Männern und Frauen (ZIE_IQ_Maenner_Veraenderung, ZIE_IQ_Frauen_Veraenderung) lassen sich nicht prüfen, weil der Vertrag keine Vorjahres-IQ nach Geschlecht enthält.",
    names: NAMES,
    messages: {
      abweichung: {
        de: "Veränderung IQ ggü. Vorjahr: angegeben {stated, change, decimals}, berechnet {computed, change, decimals} (Ziel {target, percent, targetDecimals} ggü. Vorjahr {previous, percent, previousDecimals})",
        en: "Change of the integration rate vs previous year: stated {stated, change, decimals}, computed {computed, change, decimals} (target {target, percent, targetDecimals} vs previous year {previous, percent, previousDecimals})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const target = f.ZIE_IQ.value;
    const prev = f.ZIE_IQ_VJ;
    const hPrev = shareHalfUnit(prev.formula, prev.format, ctx.settings.toleranzen.anteil);
    if (prev.value - hPrev <= 0) return [];
    const computed: [number, number] = [target / (prev.value + hPrev) - 1, target / (prev.value - hPrev) - 1];
    const stated = f.ZIE_IQ_Veraenderung;
    const hStated = halfUnitOf(stated.format) ?? ctx.settings.toleranzen.veraenderung;
    if (overlaps([stated.value - hStated, stated.value + hStated], computed)) return [];
    const d = percentDecimals(stated.format, 1);
    const prevDecimals = prev.formula ? 3 : percentDecimals(prev.format, 1);
    return [
      {
        messageId: "abweichung",
        data: {
          stated: stated.value,
          computed: target / prev.value - 1,
          decimals: d,
          target,
          targetDecimals: percentDecimals(f.ZIE_IQ.format, 1),
          previous: prev.value,
          previousDecimals: prevDecimals,
        },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
