// typen/leer: Pflichtwert leer (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenLeer: Rule = {
  meta: {
    id: "typen/leer",
    family: "typen",
    severity: "error",
    title: "Pflichtwert leer",
    titleEn: "Required value empty",
    description:
      "Pflichtkennzahlen und die Pflichtspalten der Tabellen (in FOE_Tabelle Instrument und Ebene, in PER_VZAE_Bereiche und KUN_BG_Groesse beide Spalten) dürfen nicht leer sein. In FOE_Tabelle dürfen Ist, Plan und Begründung leer sein; optionale Einzelwerte dürfen leer bleiben.",
    messages: {
      leer: {
        de: "{name, cell} ist leer, ein Wert ist erforderlich",
        en: "{name, cell} is empty, a value is required",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "leer"),
};
