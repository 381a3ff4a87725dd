// namen/extern: a contract name points into another file.
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenExtern: Rule = {
  meta: {
    id: "namen/extern",
    family: "namen",
    severity: "error",
    title: "Name verweist in eine andere Datei",
    titleEn: "Name refers to another file",
    description:
      "Ein Vertragsname muss auf Zellen dieser Mappe zeigen. Ein Verweis in eine andere Datei (z. B. =[1]Tabelle1!$A$1, entsteht beim Kopieren zwischen Mappen) liefert beim Empfänger keine oder veraltete Werte.",
    messages: {
      extern: {
        de: "Name {name} ({name, meaning}) verweist in eine andere Datei ({refersTo})",
        en: "Name {name} ({name, meaning}) refers to another file ({refersTo})",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "extern"),
};
