// Tests of the table shapes: where FOE_Tabelle's and the label/value tables' columns are found, and the
// level a label gives without an Ebene column.
import { contractName } from "../../../src/core/contract";
import { levelOfLabel } from "../../../src/core/resolve/labels";
import { foeHeaderKey, tableLayout } from "../../../src/core/resolve/tableLayout";
import type { CellValue } from "../../../src/core/snapshot";

const layoutOf = (name: string, values: CellValue[][]) => {
  const r = tableLayout(contractName(name)!, values, "X!A1");
  return "problem" in r ? r.problem.messageId : { header: r.layout.headerRows, ...Object.fromEntries(r.layout.index) };
};

describe("FOE_Tabelle layouts", () => {
  it.each<[string, CellValue[][], unknown]>([
    ["3 columns", [["Gesamt", 1, 1]], { header: 0, instrument: 0, ist: 1, plan: 2 }],
    ["4 columns with Begründung", [["Gesamt", 1, 1, "x"]], { header: 0, instrument: 0, ist: 1, plan: 2, begruendung: 3 }],
    ["4 columns with Ebene", [["Gesamt", 0, 5, 5], ["FbW", 1, 5, 5]], { header: 0, instrument: 0, ebene: 1, ist: 2, plan: 3 }],
    ["5 columns (the example)", [["Gesamt", 0, 5, 5, null]], { header: 0, instrument: 0, ebene: 1, ist: 2, plan: 3, begruendung: 4 }],
    ["header Instrument | Ist 2023 | Plan 2024", [["Instrument", "Ist 2023", "Plan 2024"], ["Gesamt", 1, 1]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    [
      "header in another order with ignored columns",
      [["Begründung", "Soll 2024", "Veränderung in %", "Maßnahmeart", "IST 23", "Ebene", "Kosten Ist 2023"], [null, 1, 0, "Gesamt", 1, 0, 100]],
      // issue 15: "Kosten Ist 2023" is a money column of the Ist
      { header: 1, begruendung: 0, plan: 1, instrument: 3, ist: 4, ebene: 5, mittelIst: 6 },
    ],
    [
      "money columns: Vorbindungen and Neubewilligungen by word, Ist/Plan by word or year, € alone is the plan",
      [["Instrument", "Ist 2023", "Plan 2024", "Vorbindungen 2024", "Neubewilligungen Plan", "Neubewilligungen 2023", "in €"], ["Gesamt", 1, 1, 5, 6, 7, 8]],
      { header: 1, instrument: 0, ist: 1, plan: 2, vorbindungenPlan: 3, neubewilligungenPlan: 4, neubewilligungenIst: 5, mittelPlan: 6 },
    ],
    ["Kosten je Eintritt and Veränderung are no money columns", [["Instrument", "Ist", "Plan", "Kosten je Eintritt", "Veränderung Mittel"], ["Gesamt", 1, 1, 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["blank instrument heading: first text column", [[null, null, "Ist-Eintritte 2023", "Plan-Eintritte 2024"], [1, "Gesamt", 1, 1]], { header: 1, instrument: 1, ist: 2, plan: 3 }],
    ["headings with years only", [["Maßnahme", "Eintritte 2024", "Eintritte 2023"], ["Gesamt", 1, 1]], { header: 1, instrument: 0, ist: 2, plan: 1 }],
    ["years as text only", [["Instrument", "2023", "2024", "Kosten 2024"], ["Gesamt", 1, 1, 5]], { header: 1, instrument: 0, ist: 1, plan: 2, mittelPlan: 3 }],
    ["years as numbers beside a label are data, not headings", [["Gesamt", 2023, 2024], ["FbW", 2023, 2024]], { header: 0, instrument: 0, ist: 1, plan: 2 }],
    ["years as numbers beside „Instrument“ are headings", [["Instrument", 2023, 2024], ["Gesamt", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["years as numbers beside a blank are headings", [[null, 2024, 2023, "Begründung"], ["Gesamt", 5, 6, null]], { header: 1, instrument: 0, ist: 2, plan: 1, begruendung: 3 }],
    ["numbers two years apart are data", [[null, 2022, 2024], ["Gesamt", 5, 6]], { header: 0, instrument: 0, ist: 1, plan: 2 }],
    ["three year headings are not guessed", [["Instrument", "2022", "2023", "2024"], ["Gesamt", 1, 1, 1]], "foeUeberschrift"],
    ["unreadable 6-column header", [["Art", "A", "B", "C", "D", "E"], ["Gesamt", 1, 1, 1, 1, 1]], "foeUeberschrift"],
    ["2 columns", [["Gesamt", 1]], "foeSpalten"],
    ["6 columns without header", [["Gesamt", 0, 1, 1, null, null]], "foeSpalten"],
    ["unreadable header", [["Art", "Vorjahr", "Planjahr"], ["Gesamt", 1, 1]], "foeUeberschrift"],
    ["header with Ist only", [["Instrument", "Ist 2023", "Ziel"], ["Gesamt", 1, 1]], "foeSpalteFehlt"],
  ])("%s", (_name, values, expected) => {
    expect(layoutOf("FOE_Tabelle", values)).toEqual(expected);
  });

  it.each([
    ["Ist 2023", "ist"],
    ["IST 23", "ist"],
    ["Ist (Vorjahr)", "ist"],
    ["Eintritte Ist 2023", "ist"],
    ["Plan 2024", "plan"],
    ["Soll 2024", "plan"],
    ["Plan (Planjahr)", "plan"],
    ["Ist2023", "ist"],
    ["Istwerte 2023", "ist"],
    ["Planung 2024", "plan"],
    ["Sollwert 2024", "plan"],
    ["Plan/Ist", undefined],
    ["Veränderung Plan/Ist in %", undefined],
    ["Kosten Plan 2024", undefined],
    ["Ist 2023 in €", undefined],
    ["Ebene", "ebene"],
    ["Begründung¹", "begruendung"],
    ["Instrument", "instrument"],
    ["Vorjahr", undefined],
  ])("header %p is %p", (header, key) => {
    expect(foeHeaderKey(header)).toBe(key);
  });
});

describe("FOE_Tabelle under a two-row head: the kind over the year or the year over the kind", () => {
  const layoutWith = (values: CellValue[][], formats?: string[][]) => {
    const r = tableLayout(contractName("FOE_Tabelle")!, values, "X!A1", formats);
    return "problem" in r ? r.problem.messageId : { header: r.layout.headerRows, ...Object.fromEntries(r.layout.index) };
  };

  it.each<[string, CellValue[][], unknown]>([
    // The kind over the year, the range starting at the kind row.
    ["kind over numeric years, Instrument merged over both rows", [["Instrument", "Ist", "Plan"], [null, 2025, 2026], ["Gesamt", 5, 6]], { header: 2, instrument: 0, ist: 1, plan: 2 }],
    [
      "kind over years as text, Instrument and Bemerkung in the year row",
      [[null, "Ist", "Plan", null], ["Instrument", "2025", "2026", "Bemerkung"], ["Gesamt", 5, 6, null]],
      { header: 2, instrument: 0, ist: 1, plan: 2, begruendung: 3 },
    ],
    [
      "kind over year, Instrument and Ebene repeated in both rows",
      [["Instrument", "Ebene", "Ist", "Plan"], ["Instrument", "Ebene", 2025, 2026], ["Gesamt", 0, 5, 6], ["FbW", 1, 5, 6]],
      { header: 2, instrument: 0, ebene: 1, ist: 2, plan: 3 },
    ],
    ["kind over year, a provisional year as text", [["Instrument", "Ist", "Plan"], [null, "2025 (vorl.)", "2026"], ["Gesamt", 5, 6]], { header: 2, instrument: 0, ist: 1, plan: 2 }],
    // The year over the kind, the range starting at the year row.
    ["numeric years over the kind", [[null, 2025, 2026], ["Instrument", "Ist", "Plan"], ["Gesamt", 5, 6]], { header: 2, instrument: 0, ist: 1, plan: 2 }],
    ["years as text over the kind, Instrument repeated", [["Instrument", "2025", "2026", null], ["Instrument", "Ist", "Plan", "Begründung"], ["Gesamt", 5, 6, null]], { header: 2, instrument: 0, ist: 1, plan: 2, begruendung: 3 }],
    [
      "a year merged over the count and the money of its year",
      [[null, 2025, null, 2026, null], ["Instrument", "Ist", "Kosten", "Plan", "Kosten"], ["Gesamt", 5, 100, 6, 120]],
      { header: 2, instrument: 0, ist: 1, mittelIst: 2, plan: 3, mittelPlan: 4 },
    ],
    [
      "a year repeated over the count and the money of its year",
      [["Instrument", 2025, 2025, 2026, 2026], ["Instrument", "Ist", "Kosten", "Plan", "Kosten"], ["Gesamt", 5, 100, 6, 120]],
      { header: 2, instrument: 0, ist: 1, mittelIst: 2, plan: 3, mittelPlan: 4 },
    ],
    // The range starting at the second head row reads as a one-row head.
    ["the year row of kind over year", [["Instrument", "2025", "2026", "Bemerkung"], ["Gesamt", 5, 6, null]], { header: 1, instrument: 0, ist: 1, plan: 2, begruendung: 3 }],
    ["the year row of kind over year, years as numbers beside a blank", [[null, 2025, 2026], ["Gesamt", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["the kind row of year over kind", [["Instrument", "Ist", "Plan"], ["Gesamt", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    // Near misses: a first data row whose figures only look like years stays data.
    ["an Ebene number beside the years", [["Instrument", "Ebene", "Ist", "Plan"], ["FbW", 1, 2025, 2026], ["EGZ", 1, 5, 6]], { header: 1, instrument: 0, ebene: 1, ist: 2, plan: 3 }],
    ["a total's label beside the years", [["Instrument", "Ist", "Plan"], ["Gesamt", 2025, 2026], ["FbW", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["an instrument's name starting like a heading", [["Instrument", "Ist", "Plan"], ["Förderung beruflicher Weiterbildung", 2025, 2026], ["EGZ", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["figures that are no consecutive years", [["Instrument", "Ist", "Plan"], [null, 2026, 2025], ["FbW", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["a kind row naming its years already", [["Instrument", "Ist 2025", "Plan 2026"], [null, 2025, 2026], ["FbW", 5, 6]], { header: 1, instrument: 0, ist: 1, plan: 2 }],
    ["a head without a data row", [["Instrument", "Ist", "Plan"], [null, 2025, 2026]], "keineDatenzeile"],
  ])("%s", (_name, values, expected) => {
    expect(layoutWith(values)).toEqual(expected);
  });

  it("numbers formatted as counts (2.025 | 2.026) are a data row, the same numbers formatted as years a head", () => {
    const values: CellValue[][] = [["Instrument", "Ist", "Plan"], [null, 2025, 2026], ["FbW", 5, 6]];
    const formats = (fmt: string) => values.map((r) => r.map(() => fmt));
    expect(layoutWith(values, formats("#,##0"))).toMatchObject({ header: 1 });
    expect(layoutWith(values, formats("0"))).toMatchObject({ header: 2 });
  });
});

describe("label/value tables: first text column, last number column", () => {
  it.each<[string, CellValue[][], unknown]>([
    ["A | B", [["Leistung", 39.8]], { header: 0, bereich: 0, vzae: 1 }],
    ["labels in B, values in D", [[null, "Leistung", null, 39.8], [null, "Markt", null, 42.5]], { header: 0, bereich: 1, vzae: 3 }],
    ["numbering, label, value, remark", [[1, "Leistung", 39.8, "befristet"], [2, "Markt", 42.5, null]], { header: 0, bereich: 1, vzae: 2 }],
    ["values typed as text are still the values (typen/* reports them)", [["Leistung", "39,8"]], { header: 0, bereich: 0, vzae: 1 }],
    ["labels that are numbers (household sizes)", [[1, null, 0.4], [2, null, 0.6]], { header: 0, bereich: 0, vzae: 2 }],
    ["one column of numbers", [[39.8], [42.5]], "textUndZahl"],
    ["one column of labels", [["Leistung"], ["Markt"]], "textUndZahl"],
    ["header row", [["Bereich", "VZÄ"], ["Leistung", 39.8]], "ueberschrift"],
  ])("%s", (_name, values, expected) => {
    expect(layoutOf("PER_VZAE_Bereiche", values)).toEqual(expected);
  });
});

describe("levels from labels (no Ebene column)", () => {
  it.each<[string, boolean, ReturnType<typeof levelOfLabel>]>([
    ["Gesamt", false, 0],
    ["Insgesamt", false, 0],
    ["Gesamtsumme", false, 0],
    ["Summe", false, 0],
    ["Summe gesamt", false, 0],
    ["Summe aller Instrumente", false, 0],
    ["Summe Förderungen", true, 0],
    ["Summe Qualifizierung", false, "subtotal"],
    ["Zwischensumme", true, "subtotal"],
    ["Teilsumme Aktivierung", false, "subtotal"],
    ["Förderungen insgesamt", true, 0],
    ["Förderungen insgesamt", false, 1],
    ["darunter Frauen", false, 2],
    ["– davon Männer", false, 2],
    ["dar. U25", false, 2],
    ["Gesamtmaßnahme Jugend", false, 1],
    ["GaBe", true, 1],
    ["Ergebnis", true, 0],
    ["Alle Instrumente", false, 0],
    ["Ergebnis", false, 1],
    ["Gesamtergebnis", false, 0],
  ])("%p (first or last: %p) → %p", (label, firstOrLast, level) => {
    expect(levelOfLabel(label, firstOrLast)).toBe(level);
  });
});

describe("FOE headers read with the shared column-role vocabulary (src/core/columnRoles.ts, strict)", () => {
  it.each([
    // A change column by any of the vocabulary's change words, not only Veränderung/Differenz/Abweichung.
    ["Entwicklung Ist 2023", undefined],
    ["Ist 2023 +/-", undefined],
    ["Δ Plan 2024", undefined],
    // "Betrag" is money: neither the Ist count nor …
    ["Betrag Ist 2023", undefined],
  ])("header %p is %p", (header, key) => {
    expect(foeHeaderKey(header)).toBe(key);
  });

  it("… but the Ist's money column", () => {
    expect(layoutOf("FOE_Tabelle", [["Instrument", "Ist 2023", "Plan 2024", "Betrag Ist 2023"], ["Gesamt", 1, 1, 5]])).toEqual({ header: 1, instrument: 0, ist: 1, plan: 2, mittelIst: 3 });
  });
});
