// typen/ebene: Ebene nicht 0, 1 oder 2 (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenEbene: Rule = {
  meta: {
    id: "typen/ebene",
    family: "typen",
    severity: "error",
    title: "Ebene nicht 0, 1 oder 2",
    titleEn: "Level not 0, 1 or 2",
    description:
      "Die Spalte Ebene der Förderübersicht ordnet die Zeilen: 0 = Gesamt, 1 = Instrument, 2 = „darunter“-Zeile des Instruments darüber. Andere Werte lassen sich nicht zuordnen.",
    messages: {
      ebene: {
        de: "{name, cell} enthält {value, number, decimals}, erwartet Ebene 0 (Gesamt), 1 (Instrument) oder 2 (darunter)",
        en: "{name, cell} holds {value, number, decimals}, expected level 0 (total), 1 (instrument) or 2 (of which)",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "ebene"),
};
