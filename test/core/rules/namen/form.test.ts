// Tests of namen/form: ranges of the wrong shape.
import { namenForm } from "../../../../src/core/rules/namen/form";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenForm, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "FOE_Tabelle mit einer Zeile mehr", snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$3:$E$17").snapshot() },
  ],
  invalid: [
    {
      name: "Einzelwert über zwei Zellen",
      snapshot: () => example().setRefersTo("BUD_VH_KFA", "=Haushalt!$B$10:$B$11").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", messageId: "form", data: { name: "BUD_VH_KFA", rows: 2, cols: 1, address: "Haushalt!B10:B11", expectedCols: 1, expectedRows: 1 }, names: ["BUD_VH_KFA"], cells: ["Haushalt!B10"], message: /2 × 1 .*erwartet 1 × 1/ }],
    },
    {
      name: "FOE_Tabelle ohne Begründungsspalte",
      snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$3:$D$16").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", messageId: "formMindestens", data: { name: "FOE_Tabelle", rows: 14, cols: 4, address: "Förderung!A3:D16", expectedCols: 5 }, names: ["FOE_Tabelle"], message: /mindestens 1 Zeile × 5 Spalten/ }],
    },
    {
      name: "FOE_Tabelle mit Überschriftenzeile",
      snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$2:$E$16").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", messageId: "ueberschrift", data: { name: "FOE_Tabelle", address: "Förderung!A2:E16", firstRow: "Instrument | Ebene | Ist 2023 | Plan 2024 | Begründung" }, names: ["FOE_Tabelle"], cells: ["Förderung!A2"], message: /Überschriftenzeile ein .*„Instrument \| Ebene \| Ist 2023/ }],
    },
    {
      name: "PER_VZAE_Bereiche mit 4 Zeilen",
      snapshot: () => example().setRefersTo("PER_VZAE_Bereiche", "=Personal!$A$12:$B$15").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", messageId: "form", data: { name: "PER_VZAE_Bereiche", rows: 4, cols: 2, address: "Personal!A12:B15", expectedCols: 2, expectedRows: 5 }, names: ["PER_VZAE_Bereiche"] }],
    },
  ],
});
