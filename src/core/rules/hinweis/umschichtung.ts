// hinweis/umschichtung: the Umschichtungsquote, the share of the EGT allocation moved into administration.
import { figures } from "../helpers";
import type { Rule } from "../types";
import { mentions } from "../../coverage";

const NAMES = ["BUD_VH_Umschichtung", "BUD_EGT_Zuteilung"] as const;

export const hinweisUmschichtung: Rule = {
  meta: {
    id: "hinweis/umschichtung",
    family: "abstimmung",
    severity: "info",
    title: "Umschichtungsquote",
    titleEn: "Reallocation rate",
    description:
      "Nennt, welcher Teil der Zuteilung des Eingliederungstitels (BUD_EGT_Zuteilung) in den Verwaltungshaushalt umgeschichtet wird (BUD_VH_Umschichtung, § 46 Abs. 1 SGB II; die Umschichtungsquote), mit beiden Beträgen und einer Nachkommastelle. Mit den Zahlen von 2024 und einer dazu passenden Zuteilung: 1.793.645 € von 4.764.002 € = 37,6 %. Ist die Umschichtung negativ, fließt Geld aus der Verwaltung ins Eingliederungsbudget; der Hinweis sagt das. Ein Hinweis, keine Prüfung: der Anteil ist eine Entscheidung des Jobcenters.",
    names: NAMES,
    needsAllNames: true,
    countsOnlyWith: mentions("BUD_EGT_Zuteilung"),
    messages: {
      quote: {
        de: "Umschichtungsquote {share, percent}: {umschichtung, euro} der Zuteilung des Eingliederungstitels ({zuteilung, euro}) fließen in den Verwaltungshaushalt",
        en: "Reallocation rate {share, percent}: {umschichtung, euro} of the allocated integration title ({zuteilung, euro}) go to the administrative budget",
      },
      umgekehrt: {
        de: "Umschichtung in umgekehrter Richtung: {umschichtung, euro} aus dem Verwaltungshaushalt fließen ins Eingliederungsbudget, {share, percent} der Zuteilung des Eingliederungstitels ({zuteilung, euro})",
        en: "Reallocation the other way: {umschichtung, euro} from the administrative budget go to the integration budget, {share, percent} of the allocated integration title ({zuteilung, euro})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f || f.BUD_EGT_Zuteilung.value <= 0 || f.BUD_VH_Umschichtung.value === 0) return [];
    const amount = f.BUD_VH_Umschichtung.value;
    const data = { umschichtung: Math.abs(amount), zuteilung: f.BUD_EGT_Zuteilung.value, share: Math.abs(amount) / f.BUD_EGT_Zuteilung.value };
    return [{ messageId: amount > 0 ? "quote" : "umgekehrt", data, names: [...NAMES], cells: NAMES.map((n) => f[n].cell) }];
  },
};
