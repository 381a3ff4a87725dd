// verlauf/typen: what cannot be a month's figure in the monthly sheet (text, negative, fractional count, error
// value), a MON_ name that cannot be read, and rows of MON_Mittel other than Bindungen and Ausgaben.
import type { Rule, RuleReport } from "../types";
import { monthDe, monthEn } from "./months";

export const verlaufTypen: Rule = {
  meta: {
    id: "verlauf/typen",
    family: "verlauf",
    severity: "error",
    title: "Verlaufsblatt: Zelle oder Name nicht lesbar",
    titleEn: "Monthly sheet: cell or name not readable",
    description:
      "Die Monatswerte des Verlaufsblatts müssen Zahlen sein: Text (auch „1.234“ als Text), Wahrheitswerte und Fehlerwerte werden gemeldet, ebenso negative Werte und Bruchzahlen bei Anzahlen und Beständen (Euro in `MON_Mittel` dürfen Cent haben). Eine solche Zelle zählt als nicht gemeldet. Außerdem: ein `MON_`-Name in falscher Form (`MON_ELB` braucht 13 Zellen in einer Zeile oder Spalte, die anderen Reihen 12, die Tabellen eine Beschriftungsspalte und 12 Monatsspalten), nur blattbezogen, doppelt oder ohne Zellbezug, und Zeilen in `MON_Mittel` außer „Bindungen“ und „Ausgaben“.",
    eachNameAlone: true,
    names: ["MON_ELB", "MON_Integrationen", "MON_LZB", "MON_Eintritte", "MON_Mittel"],
    messages: {
      text: { de: `{name}, ${monthDe("month")}: „{value}“ ist keine Zahl`, en: `{name}, ${monthEn("month")}: “{value}” is not a number` },
      negativ: { de: `{name}, ${monthDe("month")}: {value, number, decimals} ist negativ`, en: `{name}, ${monthEn("month")}: {value, number, decimals} is negative` },
      bruch: { de: `{name}, ${monthDe("month")}: {value, number, decimals} ist keine ganze Zahl`, en: `{name}, ${monthEn("month")}: {value, number, decimals} is not a whole number` },
      fehlerwert: { de: `{name}, ${monthDe("month")}: Fehlerwert {error}`, en: `{name}, ${monthEn("month")}: error value {error}` },
      form: {
        de: "{name} umfasst {rows} × {cols} Zellen, erwartet {expected} Zellen in einer Zeile oder Spalte (Tabellen: {expected} Spalten)",
        en: "{name} covers {rows} × {cols} cells, expected {expected} cells in one row or column (tables: {expected} columns)",
      },
      unlesbar: { de: "{name} verweist auf {refersTo} und lässt sich nicht lesen", en: "{name} refers to {refersTo} and cannot be read" },
      blattbezogen: { de: "{name} ist nur für ein Blatt definiert, nicht für die Mappe", en: "{name} is defined for a sheet only, not for the workbook" },
      doppelt: { de: "{name} ist {count}-mal für die Mappe definiert", en: "{name} is defined {count} times for the workbook" },
      mittelZeile: {
        de: "MON_Mittel: Zeile „{label}“ – erlaubt sind nur „Bindungen“ und „Ausgaben“",
        en: "MON_Mittel: row “{label}” – only “Bindungen” and “Ausgaben” are allowed",
      },
    },
  },
  check(ctx) {
    const m = ctx.view.monthly;
    const reports: RuleReport[] = m.issues.map((i) => ({ messageId: i.code, data: i.data, names: [i.name], cells: i.cells }));
    for (const r of m.tables.get("MON_Mittel") ?? []) {
      if (!/^(bindungen|ausgaben)$/i.test(r.label)) reports.push({ messageId: "mittelZeile", data: { label: r.label }, names: ["MON_Mittel"], cells: [r.labelCell] });
    }
    return reports;
  },
};
