// namen/blattbezogen: a contract name exists only with sheet scope, not for the whole workbook.
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenBlattbezogen: Rule = {
  meta: {
    id: "namen/blattbezogen",
    family: "namen",
    severity: "error",
    title: "Name nur für ein Blatt definiert",
    titleEn: "Name defined for one sheet only",
    description:
      "Vertragsnamen müssen für die ganze Mappe gelten. Ein nur blattbezogener Name (entsteht z. B. beim Kopieren eines Blatts) ist von anderen Blättern aus nicht eindeutig; die Zahl wird nicht ausgewertet.",
    messages: {
      blattbezogen: {
        de: "Name {name} ({name, meaning}) ist nur für Blatt {sheets, quote} definiert, nicht für die ganze Mappe",
        en: "Name {name} ({name, meaning}) is defined only for sheet {sheets, quote}, not for the whole workbook",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "blattbezogen"),
};
