// namen/bezug-fehler: a contract name refers to #REF! (its target cells were deleted).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenBezugFehler: Rule = {
  meta: {
    id: "namen/bezug-fehler",
    family: "namen",
    severity: "error",
    title: "Name verweist auf #BEZUG!",
    titleEn: "Name refers to #REF!",
    description:
      "Wurden die Zellen eines Namens gelöscht, verweist er auf #REF! (deutsch #BEZUG!). Der Name muss neu auf die richtige Zelle gesetzt werden.",
    messages: {
      bezugFehler: {
        de: "Name {name} ({name, meaning}) verweist auf #REF!, sein Zielbereich wurde gelöscht ({refersTo})",
        en: "Name {name} ({name, meaning}) refers to #REF!, its target range was deleted ({refersTo})",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "bezug-fehler"),
};
