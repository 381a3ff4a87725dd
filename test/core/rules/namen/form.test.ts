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
      findings: [{ rule: "namen/form", severity: "error", names: ["BUD_VH_KFA"], cells: ["Haushalt!B10"], message: /2 × 1 .*erwartet 1 × 1/ }],
    },
    {
      name: "FOE_Tabelle ohne Begründungsspalte",
      snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$3:$D$16").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", names: ["FOE_Tabelle"], message: /mindestens 1 Zeile × 5 Spalten/ }],
    },
    {
      name: "FOE_Tabelle mit Überschriftenzeile",
      snapshot: () => example().setRefersTo("FOE_Tabelle", "='Förderung'!$A$2:$E$16").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", names: ["FOE_Tabelle"], cells: ["Förderung!A2"], message: /Überschriftenzeile ein .*„Instrument \| Ebene \| Ist 2023/ }],
    },
    {
      name: "PER_VZAE_Bereiche mit 4 Zeilen",
      snapshot: () => example().setRefersTo("PER_VZAE_Bereiche", "=Personal!$A$12:$B$15").snapshot(),
      findings: [{ rule: "namen/form", severity: "error", names: ["PER_VZAE_Bereiche"] }],
    },
  ],
});
