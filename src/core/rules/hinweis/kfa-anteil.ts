// hinweis/kfa-anteil: the municipal share of the Verwaltungshaushalt differs from the legal 15.2 %.
import { figures } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["BUD_VH_KFA", "BUD_VH_Gesamt"] as const;
/** The federal part of the Verwaltungshaushalt; read when present, for the amount § 46 (3) implies. */
const FEDERAL = ["BUD_VH_EinglMV", "BUD_VH_Umschichtung"] as const;

export const hinweisKfaAnteil: Rule = {
  meta: {
    id: "hinweis/kfa-anteil",
    family: "abstimmung",
    severity: "info",
    title: "Kommunaler Finanzierungsanteil nicht 15,2 %",
    titleEn: "Municipal funding share not 15.2%",
    description:
      "Nach § 46 Abs. 3 SGB II trägt die Kommune 15,2 % der Gesamtverwaltungskosten einer gemeinsamen Einrichtung. Weicht BUD_VH_KFA / BUD_VH_Gesamt um mehr als `toleranz` (0,05 %-Punkte, eine Nachkommastelle im Prozentformat) davon ab, gibt es einen Hinweis – keinen Fehler, denn der Verwaltungshaushalt muss nicht den Gesamtverwaltungskosten entsprechen. Stehen die Bundesteile (BUD_VH_EinglMV + BUD_VH_Umschichtung; eine negative Umschichtung mindert ihn) in der Mappe, nennt der Hinweis auch den Betrag, der zu ihnen gehört: Bund 84,8 %, Kommune 15,2 %, also (EinglMV + Umschichtung) × 15,2 / 84,8. Beträge und Differenz sind auf ganze Euro gerundet, auf Cent, wenn einer der Beträge Cent hat. Im Beispiel 2024 meldet die Regel 1.606.442 € = 16,1 % von 9.994.076 €; zum Bundesanteil (6.593.989 + 1.793.645) × 15,2 / 84,8 gehörten 1.503.444 €, geplant sind 102.998 € mehr.",
    names: [...NAMES, ...FEDERAL],
    params: {
      soll: { default: 0.152, description: "gesetzlicher kommunaler Anteil als Bruch" },
      toleranz: { default: 0.0005, description: "erlaubte Abweichung als Bruch (0,0005 = 0,05 %-Punkte)" },
    },
    messages: {
      anteil: {
        de: "Kommunaler Finanzierungsanteil {kfa, euro} = {share, percent} des Verwaltungshaushalts ({total, euro}); § 46 Abs. 3 SGB II sieht {soll, percent} der Gesamtverwaltungskosten vor",
        en: "Municipal funding share {kfa, euro} = {share, percent} of the administrative budget ({total, euro}); § 46 (3) SGB II provides for {soll, percent} of the total administrative costs",
      },
      anteilBund: {
        de: "Kommunaler Finanzierungsanteil {kfa, euro, cents} = {share, percent} des Verwaltungshaushalts ({total, euro, cents}); § 46 Abs. 3 SGB II sieht {soll, percent} der Gesamtverwaltungskosten vor: zum Bundesanteil von {federal, euro, cents} (BUD_VH_EinglMV + BUD_VH_Umschichtung) gehören {implied, euro, cents} (× {soll, percent} / {bund, percent}), geplant sind {difference, euro, cents} {direction, select, mehr=mehr|weniger=weniger}",
        en: "Municipal funding share {kfa, euro, cents} = {share, percent} of the administrative budget ({total, euro, cents}); § 46 (3) SGB II provides for {soll, percent} of the total administrative costs: the federal part of {federal, euro, cents} (BUD_VH_EinglMV + BUD_VH_Umschichtung) implies {implied, euro, cents} (× {soll, percent} / {bund, percent}), {difference, euro, cents} {direction, select, mehr=more|weniger=less} is planned",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f || f.BUD_VH_Gesamt.value <= 0) return [];
    const share = f.BUD_VH_KFA.value / f.BUD_VH_Gesamt.value;
    if (Math.abs(share - ctx.params.soll) <= ctx.params.toleranz + 1e-12) return [];
    const data = { kfa: f.BUD_VH_KFA.value, share, total: f.BUD_VH_Gesamt.value, soll: ctx.params.soll };
    const federal = figures(ctx.view, ...FEDERAL);
    const bund = 1 - ctx.params.soll;
    const federalSum = federal ? federal.BUD_VH_EinglMV.value + federal.BUD_VH_Umschichtung.value : 0;
    if (!federal || federalSum <= 0 || bund <= 0) {
      return [{ messageId: "anteil", data, names: [...NAMES], cells: NAMES.map((n) => f[n].cell) }];
    }
    // Whole euros, as the budget is planned, or cents when one of the amounts has them (formula results): the
    // implied amount and the difference are rounded alike and printed with the same decimals (`cents`), so a
    // message never sets a whole-euro amount beside one with cents.
    const amounts = [f.BUD_VH_KFA.value, f.BUD_VH_Gesamt.value, federal ? federal.BUD_VH_EinglMV.value : 0, federal ? federal.BUD_VH_Umschichtung.value : 0];
    const cents = amounts.some((x) => !Number.isInteger(x)) ? 2 : 0;
    const round = (x: number) => Math.round(x * 10 ** cents) / 10 ** cents;
    const implied = round((federalSum * ctx.params.soll) / bund);
    const difference = round(f.BUD_VH_KFA.value - implied);
    return [
      {
        messageId: "anteilBund",
        data: {
          ...data,
          federal: federalSum,
          implied,
          bund,
          cents,
          difference: Math.abs(difference),
          direction: difference >= 0 ? "mehr" : "weniger",
        },
        names: [...NAMES, ...FEDERAL],
        cells: [...NAMES.map((n) => f[n].cell), ...FEDERAL.map((n) => federal[n].cell)],
      },
    ];
  },
};
