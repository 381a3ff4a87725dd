// typen/jahr: Keine Jahreszahl (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenJahr: Rule = {
  meta: {
    id: "typen/jahr",
    family: "typen",
    severity: "error",
    title: "Keine Jahreszahl",
    description:
      "AIP_Planjahr muss eine ganze Jahreszahl zwischen 1990 und 2100 sein.",
  },
  check: (ctx) => reportTypeIssues(ctx, "jahr"),
};
