// Tests of namen/form: ranges of the wrong shape, and the table shapes a controller's workbook has.
import { namenForm } from "../../../../src/core/rules/namen/form";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { placeTable, withFoe } from "../../../helpers/tables";

const THREE = [
  ["Förderung berufliche Weiterbildung", 56, 37],
  ["Eingliederungszuschuss", 59, 64],
  ["Gesamt", 115, 101],
];
const form = (messageId: string, data: Record<string, unknown>, message?: RegExp) => ({
  rule: "namen/form",
  severity: "error" as const,
  messageId,
  data: data as Record<string, string | number>,
  names: [String(data.name)],
  ...(message ? { message } : {}),
});
const ADDRESS = (range: string) => `'Förderung 2024'!${range}`;

testRule(namenForm, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "FOE_Tabelle mit einer Zeile mehr", snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$3:$E$17").snapshot() },
    { name: "FOE_Tabelle mit Überschriftenzeile (5 Spalten)", snapshot: () => example().setRefersTo("FOE_Tabelle", "=Förderung!$A$2:$E$16").snapshot() },
    { name: "FOE_Tabelle ohne Begründungsspalte (Instrument | Ebene | Ist | Plan)", snapshot: () => example().setRefersTo("FOE_Tabelle", "=Förderung!$A$3:$D$16").snapshot() },
    { name: "3 Spalten ohne Überschrift", snapshot: () => withFoe(THREE) },
    { name: "4 Spalten ohne Überschrift (… | Begründung)", snapshot: () => withFoe(THREE.map((r) => [...r, null])) },
    { name: "Instrument | Ist 2023 | Plan 2024", snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan 2024"], ...THREE]) },
    { name: "IST 23 | SOLL 24, ohne Instrument-Überschrift", snapshot: () => withFoe([[null, "IST 23", "SOLL 24"], ...THREE]) },
    {
      name: "zweizeiliger Kopf „Plan 2024“ über „Nord | Süd | gesamt“ (issue 13)",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan 2024", null, null], [null, null, "Nord", "Süd", "gesamt"], ...THREE.map(([i, ist, plan]) => [i, ist, 1, 1, plan])]),
    },
    {
      name: "Plan nach Standorten mit „Plan gesamt“ (issue 13): die Gesamtspalte ist der Plan",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan Nord", "Plan Süd", "Plan gesamt"], ...THREE.map(([i, ist, plan]) => [i, ist, 1, 1, plan])]),
    },
    {
      name: "Spalten in anderer Reihenfolge, mit Veränderung und Kosten",
      snapshot: () =>
        withFoe([["Maßnahme", "Plan 2024", "Ist 2023", "Veränderung in %", "Kosten Plan 2024 (€)", "Begründung"], ...THREE.map(([i, ist, plan]) => [i, plan, ist, 0.1, 1000, null])]),
    },
    { name: "PER_VZAE_Bereiche mit 4 Zeilen", snapshot: () => example().setRefersTo("PER_VZAE_Bereiche", "=Personal!$A$12:$B$15").snapshot() },
    {
      name: "PER_VZAE_Bereiche mit sechs Bereichen, Bezeichnung in B, Wert in D",
      snapshot: () =>
        placeTable(example(), "PER_VZAE_Bereiche", "Personal 2024", "B5", [
          ["Markt und Integration", null, 42.5],
          ["Leistung", null, 39.8],
          ["Sonstiges operatives Personal", null, 10.1],
          ["Sonstiges administratives Personal", null, 5.5],
          ["Weitere Bereiche", null, 8.1],
          ["Eingangszone", null, 9],
        ]).snapshot(),
    },
  ],
  invalid: [
    {
      name: "Einzelwert über zwei Zellen",
      snapshot: () => example().setRefersTo("BUD_VH_KFA", "=Haushalt!$B$10:$B$11").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", messageId: "form", data: { name: "BUD_VH_KFA", rows: 2, cols: 1, address: "Haushalt!B10:B11", expectedCols: 1, expectedRows: 1 }, names: ["BUD_VH_KFA"], cells: ["Haushalt!B10"], message: /2 × 1 .*erwartet 1 × 1/ }],
    },
    {
      name: "FOE_Tabelle mit 2 Spalten ohne Überschrift",
      snapshot: () => withFoe(THREE.map((r) => r.slice(0, 2))),
      findings: [form("foeSpalten", { name: "FOE_Tabelle", address: ADDRESS("B2:C4"), rows: 3, cols: 2 }, /ohne Überschriftenzeile; erwartet 3 Spalten \(Instrument \| Ist \| Plan\), 4 .* oder 5/)],
    },
    {
      name: "FOE_Tabelle mit 6 Spalten ohne Überschrift",
      snapshot: () => withFoe(THREE.map((r) => [...r, null, null, null])),
      findings: [form("foeSpalten", { name: "FOE_Tabelle", address: ADDRESS("B2:G4"), rows: 3, cols: 6 })],
    },
    {
      name: "4 Spalten ohne Überschrift, Zahlen in der 4. (Instrument | Ist | Plan | Veränderung)",
      snapshot: () => withFoe(THREE.map((r) => [...r, 5])),
      findings: [form("foeSpalteZahlen", { name: "FOE_Tabelle", address: ADDRESS("B2:E4"), rows: 3, cols: 4 }, /4\. Spalte wäre die Begründung, enthält aber Zahlen/)],
    },
    {
      name: "abgeschnittener Bereich Instrument | Ebene | Ist des Beispiels",
      snapshot: () => example().setRefersTo("FOE_Tabelle", "=Förderung!$A$3:$C$16").snapshot(),
      findings: [form("foeEbeneStattIst", { name: "FOE_Tabelle", address: "Förderung!A3:C16", rows: 14, cols: 3 }, /die 2\. Spalte ist die Ebene/)],
    },
    {
      name: "Überschriftenzeile ohne erkennbare Ist/Plan-Spalten",
      snapshot: () => withFoe([["Maßnahme", "Vorjahr", "Planjahr"], ...THREE]),
      findings: [form("foeUeberschrift", { name: "FOE_Tabelle", address: ADDRESS("B2:D5"), firstRow: "Maßnahme | Vorjahr | Planjahr" }, /keine Spalte Ist oder Plan zu erkennen/)],
    },
    {
      name: "Überschrift mit Ist, ohne Plan",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Ziel 2024"], ...THREE]),
      findings: [form("foeSpalteFehlt", { name: "FOE_Tabelle", address: ADDRESS("B2:D5"), firstRow: "Instrument | Ist 2023 | Ziel 2024", column: "plan" }, /fehlt die Spalte Plan \(z\. B\. „Plan 2024“ oder „Soll 2024“\)/)],
    },
    {
      name: "zwei Plan-Spalten",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan 2024", "Soll 2024"], ...THREE.map((r) => [...r, 1])]),
      findings: [form("foeSpalteDoppelt", { name: "FOE_Tabelle", address: ADDRESS("B2:E5"), firstRow: "Instrument | Ist 2023 | Plan 2024 | Soll 2024", column: "plan", headers: ["Plan 2024", "Soll 2024"] }, /mehrere Spalten Plan \(„Plan 2024“, „Soll 2024“\)/)],
    },
    {
      name: "nur die Überschriftenzeile",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan 2024"]]),
      findings: [form("keineDatenzeile", { name: "FOE_Tabelle", address: ADDRESS("B2:D2"), firstRow: "Instrument | Ist 2023 | Plan 2024" }, /nur die Überschriftenzeile/)],
    },
    {
      name: "Überschrift ohne Textspalte für die Instrumente",
      snapshot: () => withFoe([["Ist 2023", "Plan 2024"], [56, 37], [59, 64]]),
      findings: [form("foeSpalteFehlt", { name: "FOE_Tabelle", address: ADDRESS("B2:C4"), firstRow: "Ist 2023 | Plan 2024", column: "instrument" }, /fehlt die Spalte Instrument/)],
    },
    {
      name: "PER_VZAE_Bereiche nur eine Spalte Zahlen",
      snapshot: () => placeTable(example(), "PER_VZAE_Bereiche", "Personal 2024", "B5", [[42.5], [39.8]]).snapshot(),
      findings: [form("textUndZahl", { name: "PER_VZAE_Bereiche", address: "'Personal 2024'!B5:B6", rows: 2, cols: 1 }, /Spalte mit Bezeichnungen und rechts davon eine mit Werten/)],
    },
    {
      name: "PER_VZAE_Bereiche mit Überschriftenzeile",
      snapshot: () => example().setRefersTo("PER_VZAE_Bereiche", "=Personal!$A$11:$B$16").snapshot(),
      findings: [form("ueberschrift", { name: "PER_VZAE_Bereiche", address: "Personal!A11:B16", firstRow: "Bereich | VZÄ" }, /schließt die Überschriftenzeile ein/)],
    },
  ],
});
