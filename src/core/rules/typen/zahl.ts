// typen/zahl: Zahl erwartet (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenZahl: Rule = {
  meta: {
    id: "typen/zahl",
    family: "typen",
    severity: "error",
    title: "Zahl erwartet",
    titleEn: "Number expected",
    description:
      "Betrag, Anzahl, Anteil, VZÄ, Jahr, Datum und Veränderung müssen als Zahl in der Zelle stehen. Text, der wie eine Zahl aussieht (z. B. „1.606.442“ aus einer Kopie aus Word oder PDF), rechnet Excel nicht mit: SUMME übergeht ihn still. Die Zahl wird in keiner weiteren Prüfung verwendet.",
    messages: {
      textStattDatum: {
        de: "{name, cell} enthält Text {value, quote} statt eines Datums (als Datum eintragen, nicht als Text)",
        en: "{name, cell} holds the text {value, quote} instead of a date (enter it as a date, not as text)",
      },
      textStattZahl: {
        de: "{name, cell} enthält Text {value, quote} statt einer Zahl",
        en: "{name, cell} holds the text {value, quote} instead of a number",
      },
      zahlAlsText: {
        de: "{name, cell} enthält Text {value, quote} statt einer Zahl (als Text gespeicherte Zahl: als Zahl eintragen)",
        en: "{name, cell} holds the text {value, quote} instead of a number (a number stored as text: enter it as a number)",
      },
      wahrheitswert: {
        de: "{name, cell} enthält einen Wahrheitswert ({value, boolean}) statt einer Zahl",
        en: "{name, cell} holds a truth value ({value, boolean}) instead of a number",
      },
      keineZahl: {
        de: "{name, cell} enthält keine Zahl",
        en: "{name, cell} holds no number",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "zahl"),
};
