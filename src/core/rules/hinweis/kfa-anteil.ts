// hinweis/kfa-anteil: the municipal share of the Verwaltungshaushalt differs from the legal 15.2 %.
import { figures } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["BUD_VH_KFA", "BUD_VH_Gesamt"] as const;

export const hinweisKfaAnteil: Rule = {
  meta: {
    id: "hinweis/kfa-anteil",
    family: "abstimmung",
    severity: "info",
    title: "Kommunaler Finanzierungsanteil nicht 15,2 %",
    titleEn: "Municipal funding share not 15.2%",
    description:
      "Nach § 46 Abs. 3 SGB II trägt die Kommune 15,2 % der Gesamtverwaltungskosten einer gemeinsamen Einrichtung. Weicht BUD_VH_KFA / BUD_VH_Gesamt um mehr als `toleranz` (0,05 %-Punkte, eine Nachkommastelle im Prozentformat) davon ab, gibt es einen Hinweis – keinen Fehler, denn der Verwaltungshaushalt muss nicht den Gesamtverwaltungskosten entsprechen. Im Beispiel 2024 meldet die Regel 1.606.442 € = 16,1 % von 9.994.076 €.",
    names: NAMES,
    params: {
      soll: { default: 0.152, description: "gesetzlicher kommunaler Anteil als Bruch" },
      toleranz: { default: 0.0005, description: "erlaubte Abweichung als Bruch (0,0005 = 0,05 %-Punkte)" },
    },
    messages: {
      anteil: {
        de: "Kommunaler Finanzierungsanteil {kfa, euro} = {share, percent} des Verwaltungshaushalts ({total, euro}); § 46 Abs. 3 SGB II sieht {soll, percent} der Gesamtverwaltungskosten vor",
        en: "Municipal funding share {kfa, euro} = {share, percent} of the administrative budget ({total, euro}); § 46 (3) SGB II provides for {soll, percent} of the total administrative costs",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f || f.BUD_VH_Gesamt.value <= 0) return [];
    const share = f.BUD_VH_KFA.value / f.BUD_VH_Gesamt.value;
    if (Math.abs(share - ctx.params.soll) <= ctx.params.toleranz + 1e-12) return [];
    return [
      {
        messageId: "anteil",
        data: { kfa: f.BUD_VH_KFA.value, share, total: f.BUD_VH_Gesamt.value, soll: ctx.params.soll },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
