// typen/zahl: Zahl erwartet (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenZahl: Rule = {
  meta: {
    id: "typen/zahl",
    family: "typen",
    severity: "error",
    title: "Zahl erwartet",
    description:
      "Betrag, Anzahl, Anteil, VZÄ, Jahr, Datum und Veränderung müssen als Zahl in der Zelle stehen. Text, der wie eine Zahl aussieht (z. B. „1.606.442“ aus einer Kopie aus Word oder PDF), rechnet Excel nicht mit: SUMME übergeht ihn still. Die Zahl wird in keiner weiteren Prüfung verwendet.",
  },
  check: (ctx) => reportTypeIssues(ctx, "zahl"),
};
