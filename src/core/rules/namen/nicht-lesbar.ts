// namen/nicht-lesbar: the host could not read a contract name's cells (too large, other read error).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenNichtLesbar: Rule = {
  meta: {
    id: "namen/nicht-lesbar",
    family: "namen",
    severity: "error",
    title: "Bereich eines Namens nicht lesbar",
    titleEn: "Range of a name not readable",
    description:
      "Das Programm, das die Mappe liest (Excel oder die Kommandozeile), konnte die Zellen des Namens nicht lesen, etwa weil der Bereich zu groß ist. Die Zahl wird nicht geprüft; der Grund steht in der Meldung.",
    messages: {
      nichtLesbar: {
        de: "Name {name} ({name, meaning}) konnte nicht gelesen werden ({refersTo})",
        en: "Name {name} ({name, meaning}) could not be read ({refersTo})",
      },
      nichtLesbarMitGrund: {
        de: "Name {name} ({name, meaning}) konnte nicht gelesen werden ({refersTo}) ({detail})",
        en: "Name {name} ({name, meaning}) could not be read ({refersTo}) ({detail})",
      },
      keineWerte: {
        de: "Name {name} ({name, meaning}) konnte nicht gelesen werden ({refersTo}): keine Werte geliefert",
        en: "Name {name} ({name, meaning}) could not be read ({refersTo}): no values delivered",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "nicht-lesbar"),
};
