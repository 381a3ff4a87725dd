// namen/form: a contract name covers a range of the wrong shape (rows × columns).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenForm: Rule = {
  meta: {
    id: "namen/form",
    family: "namen",
    severity: "error",
    title: "Bereich hat die falsche Größe",
    titleEn: "Range has the wrong size",
    description:
      "Einzelwerte müssen genau eine Zelle umfassen, Tabellen die vereinbarten Spalten (FOE_Tabelle 5 Spalten und beliebig viele Zeilen, PER_VZAE_Bereiche 5 × 2, KUN_BG_Groesse 3 × 2). Schließt eine Tabelle ihre Überschriftenzeile ein (in jeder Zahlenspalte steht Text wie „Ebene“ oder „Ist 2023“), meldet die Regel das einmal. Ein Bereich anderer Größe wird nicht ausgewertet, weil sonst Werte falsch zugeordnet würden.",
    messages: {
      form: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}), erwartet {expectedRows} × {expectedCols}",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}), expected {expectedRows} × {expectedCols}",
      },
      formMindestens: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}), erwartet mindestens 1 Zeile × {expectedCols} Spalten",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}), expected at least 1 row × {expectedCols} columns",
      },
      ueberschrift: {
        de: "Name {name} ({name, meaning}) schließt die Überschriftenzeile ein ({address}, erste Zeile {firstRow, quote}); der Name muss mit der ersten Datenzeile beginnen",
        en: "Name {name} ({name, meaning}) includes the heading row ({address}, first row {firstRow, quote}); the name must start at the first data row",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "form"),
};
