// typen/datum: Kein plausibles Datum (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenDatum: Rule = {
  meta: {
    id: "typen/datum",
    family: "typen",
    severity: "error",
    title: "Kein plausibles Datum",
    titleEn: "Not a plausible date",
    description:
      "AIP_Stand muss ein Excel-Datum (Seriennummer) zwischen 1990 und 2100 sein; ein als Text eingetragenes Datum meldet typen/zahl.",
    messages: {
      datum: {
        de: "{name, cell} enthält {value, number, decimals}, erwartet ein Datum zwischen 1990 und 2100",
        en: "{name, cell} holds {value, number, decimals}, expected a date between 1990 and 2100",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "datum"),
};
