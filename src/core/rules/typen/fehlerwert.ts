// typen/fehlerwert: Fehlerwert in der Zelle (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenFehlerwert: Rule = {
  meta: {
    id: "typen/fehlerwert",
    family: "typen",
    severity: "error",
    title: "Fehlerwert in der Zelle",
    titleEn: "Error value in the cell",
    description:
      "Eine Zelle mit einem Fehlerwert (#DIV/0!, #WERT!, #NV, #BEZUG! …) liefert keine Zahl; meist ist eine Formel kaputt oder eine Quelle leer. Die Zahl wird in keiner weiteren Prüfung verwendet.",
    messages: {
      fehlerwert: {
        de: "{name, cell} enthält den Fehlerwert {error}",
        en: "{name, cell} holds the error value {error}",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "fehlerwert"),
};
