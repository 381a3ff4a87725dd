// typen/anzahl: Anzahl nicht ganz oder negativ (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenAnzahl: Rule = {
  meta: {
    id: "typen/anzahl",
    family: "typen",
    severity: "error",
    title: "Anzahl nicht ganz oder negativ",
    titleEn: "Count not whole or negative",
    description:
      "Personen und Förderungen (Beschäftigte, Integrationen, ELB, LZB, Ist und Plan der Förderübersicht …) sind ganze, nicht negative Zahlen. Ein Bruchteil entsteht meist aus einer Formel (Durchschnitt) oder einem Tippfehler.",
    messages: {
      anzahl: {
        de: "{name, cell} enthält {value, count}, erwartet eine ganze, nicht negative Anzahl",
        en: "{name, cell} holds {value, count}, expected a whole, non-negative count",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "anzahl"),
};
