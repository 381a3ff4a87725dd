// ziele/iq-vorjahr: the previous year's IQ agrees with integrations / ELB of the previous year.
import { figures, interval, overlaps, shareHalfUnit } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_IQ_VJ", "ZIE_Integrationen_VJ", "ZIE_ELB_VJ"] as const;

export const zieleIqVorjahr: Rule = {
  meta: {
    id: "ziele/iq-vorjahr",
    family: "ziele",
    severity: "warning",
    title: "IQ Vorjahr ≠ Integrationen / ELB",
    titleEn: "Previous year's integration rate ≠ integrations / benefit recipients",
    description:
      "ZIE_IQ_VJ muss ZIE_Integrationen_VJ / ZIE_ELB_VJ sein. Steht dort die Formel (wie im Beispiel: =B3/B4), gilt ihr Ergebnis als genau; ist der Wert eingetippt, darf er um eine halbe letzte Stelle seines Zahlenformats abweichen (bei 0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.anteil`), und ein eingetippter ELB-Durchschnitt ebenso um eine halbe Stelle. Im Beispiel 2024: 750 / 4.560 = 16,447 %.",
    names: NAMES,
    needsAllNames: true,
    messages: {
      abweichung: {
        de: "IQ Vorjahr ({iq, percent, 3}) ≠ Integrationen / ELB im Vorjahr ({integrations, count} / {elb, count} = {computed, percent, 3})",
        en: "Previous year's integration rate ({iq, percent, 3}) ≠ integrations / benefit recipients in the previous year ({integrations, count} / {elb, count} = {computed, percent, 3})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f || f.ZIE_ELB_VJ.value <= 0) return [];
    const iq = f.ZIE_IQ_VJ;
    const integrations = f.ZIE_Integrationen_VJ.value;
    const [elbLo, elbHi] = interval(f.ZIE_ELB_VJ);
    const computed: [number, number] = [integrations / elbHi, elbLo > 0 ? integrations / elbLo : Infinity];
    const h = shareHalfUnit(iq.formula, iq.format, ctx.settings.toleranzen.anteil);
    if (overlaps([iq.value - h, iq.value + h], computed)) return [];
    return [
      {
        messageId: "abweichung",
        data: { iq: iq.value, integrations, elb: f.ZIE_ELB_VJ.value, computed: integrations / f.ZIE_ELB_VJ.value },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
