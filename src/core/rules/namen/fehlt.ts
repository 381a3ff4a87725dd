// namen/fehlt: a required contract name is not defined in the workbook, in an area the workbook has (a
// wholly absent area is one namen/bereich-fehlt instead, src/core/areas.ts).
import { areaIsPresent } from "../../coverage";
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenFehlt: Rule = {
  meta: {
    id: "namen/fehlt",
    family: "namen",
    severity: "error",
    title: "Pflichtname fehlt",
    titleEn: "Required name missing",
    description:
      "Jede Pflichtkennzahl des Vertrags muss als benannter Bereich in der Mappe stehen; ohne den Namen findet das Add-in die Zahl nicht, und alle Prüfungen, die sie brauchen, entfallen. Optionale Namen (z. B. PER_Anteil_Frauen, KUN_BG_Groesse) dürfen fehlen. Gemeldet wird nur in einem Bereich, von dem die Mappe mindestens einen Namen hat; fehlt ein ganzer Bereich, meldet das einmal `namen/bereich-fehlt` (welche Namen je Bereich Pflicht sind: Abschnitt „Bereiche“). Groß-/Kleinschreibung zählt nicht (wie in Excel).",
    messages: {
      fehlt: {
        de: "Name {name} ({name, meaning}) fehlt in der Mappe",
        en: "Name {name} ({name, meaning}) is missing from the workbook",
      },
      fehltAehnlich: {
        de: "Name {name} ({name, meaning}) fehlt in der Mappe; es gibt {similar, quote} – Vertragsnamen werden genau so geschrieben (ASCII, ohne Umlaute)",
        en: "Name {name} ({name, meaning}) is missing from the workbook; there is {similar, quote} – contract names are spelt exactly like this (ASCII, no umlauts)",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "fehlt").filter((r) => areaIsPresent(ctx.view, r.names[0])),
};
