// namen/doppelt: a contract name is defined more than once (for the workbook and for a sheet, or twice).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenDoppelt: Rule = {
  meta: {
    id: "namen/doppelt",
    family: "namen",
    severity: "error",
    title: "Name mehrfach definiert",
    titleEn: "Name defined more than once",
    description:
      "Gibt es einen Namen zusätzlich blattbezogen, sehen Formeln auf diesem Blatt eine andere Zelle als der Rest der Mappe. Ausgewertet wird der mappenweite Name; gibt es ihn mehrfach, wird keiner ausgewertet, weil nicht zu entscheiden ist, welcher gilt.",
    messages: {
      doppelt: {
        de: "Name {name} ({name, meaning}) ist {count}-mal definiert: {scopes, scope} ({refersTo})",
        en: "Name {name} ({name, meaning}) is defined {count} times: {scopes, scope} ({refersTo})",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "doppelt"),
};
