// namen/kein-bereich: a contract name is a constant or formula, or refers to a sheet that does not exist.
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenKeinBereich: Rule = {
  meta: {
    id: "namen/kein-bereich",
    family: "namen",
    severity: "error",
    title: "Name ist kein Zellbereich",
    titleEn: "Name is not a cell range",
    description:
      "Ein Vertragsname muss auf einen Zellbereich zeigen, nicht auf eine Konstante (=0,152) oder Formel, und das Blatt, auf das er zeigt, muss existieren.",
    messages: {
      keinZellbezug: {
        de: "Name {name} ({name, meaning}) ist kein Zellbezug ({refersTo})",
        en: "Name {name} ({name, meaning}) is not a cell reference ({refersTo})",
      },
      blattFehlt: {
        de: "Name {name} ({name, meaning}) verweist auf ein fehlendes Blatt ({refersTo})",
        en: "Name {name} ({name, meaning}) refers to a missing sheet ({refersTo})",
      },
      blattFehltMitGrund: {
        de: "Name {name} ({name, meaning}) verweist auf ein fehlendes Blatt ({refersTo}) ({detail})",
        en: "Name {name} ({name, meaning}) refers to a missing sheet ({refersTo}) ({detail})",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "kein-bereich"),
};
