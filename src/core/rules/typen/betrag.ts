// typen/betrag: Betrag negativ (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenBetrag: Rule = {
  meta: {
    id: "typen/betrag",
    family: "typen",
    severity: "error",
    title: "Betrag negativ",
    titleEn: "Amount negative",
    description:
      "Haushaltsbeträge sind nicht negativ: BUD_VH_Gesamt, BUD_VH_EinglMV, BUD_VH_KFA, BUD_EB_Gesamt, BUD_EB_Vorbindungen und BUD_EB_Neubewilligungen. Ausgenommen ist BUD_VH_Umschichtung: negativ bedeutet, dass Geld aus dem Verwaltungshaushalt in den Eingliederungstitel umgeschichtet wird (so planen manche Jobcenter); geht die Summe des Verwaltungshaushalts auf, gibt es dazu keine Meldung.",
    messages: {
      betrag: {
        de: "{name, cell} enthält {value, euro}, erwartet einen nicht negativen Betrag",
        en: "{name, cell} holds {value, euro}, expected a non-negative amount",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "betrag"),
};
