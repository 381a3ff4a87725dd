// typen/jahr: Keine Jahreszahl (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenJahr: Rule = {
  meta: {
    id: "typen/jahr",
    family: "typen",
    severity: "error",
    title: "Keine Jahreszahl",
    titleEn: "Not a year",
    description:
      "AIP_Planjahr muss eine ganze Jahreszahl zwischen 1990 und 2100 sein.",
    messages: {
      jahr: {
        de: "{name, cell} enthält {value, number, decimals}, erwartet eine Jahreszahl zwischen 1990 und 2100",
        en: "{name, cell} holds {value, number, decimals}, expected a year between 1990 and 2100",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "jahr"),
};
