// typen/anteil: Anteil nicht zwischen 0 % und 100 % (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenAnteil: Rule = {
  meta: {
    id: "typen/anteil",
    family: "typen",
    severity: "error",
    title: "Anteil nicht zwischen 0 % und 100 %",
    titleEn: "Share not between 0% and 100%",
    description:
      "Anteile werden als Bruch gespeichert (0,561, im Prozentformat 56,1 %). Ein Wert über 1 entsteht meist, wenn 56,1 statt 56,1 % eingetragen wurde.",
    messages: {
      anteil: {
        de: "{name, cell} enthält {value, percent} ({value, number, 3}), erwartet ein Anteil zwischen 0 % und 100 % (als Bruch gespeichert, z. B. 0,561 für 56,1 %)",
        en: "{name, cell} holds {value, percent} ({value, number, 3}), expected a share between 0% and 100% (stored as a fraction, e.g. 0.561 for 56.1%)",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "anteil"),
};
