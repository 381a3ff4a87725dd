// typen/anteil: Anteil nicht zwischen 0 % und 100 % (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenAnteil: Rule = {
  meta: {
    id: "typen/anteil",
    family: "typen",
    severity: "error",
    title: "Anteil nicht zwischen 0 % und 100 %",
    description:
      "Anteile werden als Bruch gespeichert (0,561, im Prozentformat 56,1 %). Ein Wert über 1 entsteht meist, wenn 56,1 statt 56,1 % eingetragen wurde.",
  },
  check: (ctx) => reportTypeIssues(ctx, "anteil"),
};
