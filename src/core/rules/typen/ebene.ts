// typen/ebene: Ebene nicht 0, 1 oder 2 (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenEbene: Rule = {
  meta: {
    id: "typen/ebene",
    family: "typen",
    severity: "error",
    title: "Ebene nicht 0, 1 oder 2",
    description:
      "Die Spalte Ebene der Förderübersicht ordnet die Zeilen: 0 = Gesamt, 1 = Instrument, 2 = „darunter“-Zeile des Instruments darüber. Andere Werte lassen sich nicht zuordnen.",
  },
  check: (ctx) => reportTypeIssues(ctx, "ebene"),
};
