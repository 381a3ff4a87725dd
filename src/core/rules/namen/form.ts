// namen/form: a contract name covers a range of the wrong shape (rows × columns).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenForm: Rule = {
  meta: {
    id: "namen/form",
    family: "namen",
    severity: "error",
    title: "Bereich hat die falsche Größe",
    description:
      "Einzelwerte müssen genau eine Zelle umfassen, Tabellen die vereinbarten Spalten (FOE_Tabelle 5 Spalten und beliebig viele Zeilen, PER_VZAE_Bereiche 5 × 2, KUN_BG_Groesse 3 × 2). Schließt eine Tabelle ihre Überschriftenzeile ein (in jeder Zahlenspalte steht Text wie „Ebene“ oder „Ist 2023“), meldet die Regel das einmal. Ein Bereich anderer Größe wird nicht ausgewertet, weil sonst Werte falsch zugeordnet würden.",
  },
  check: (ctx) => reportNameIssues(ctx, "form"),
};
