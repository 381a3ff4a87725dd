// Tests of istplan/gesamt-ueber-summe: Gesamt above the listed instruments is a warning.
import { istplanGesamtUeberSumme } from "../../../../src/core/rules/istplan/gesamt-ueber-summe";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

testRule(istplanGesamtUeberSumme, {
  valid: [
    { name: "das Beispiel (875 / 869)", snapshot: () => example().snapshot() },
    { name: "Gesamt unter der Summe: Fehler von istplan/gesamt, nicht hier", snapshot: () => example().setTableCell("FOE_Tabelle", 0, "ist", 857).snapshot() },
  ],
  invalid: [
    {
      name: "FbW Plan 36: Gesamt 869 > 868",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Förderung berufliche Weiterbildung"), "plan", 36).snapshot(),
      findings: [
        {
          rule: "istplan/gesamt-ueber-summe",
          severity: "warning", messageId: "hoeher", data: { column: "plan", total: 869, sum: 868, difference: 1 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!D3"],
          message: "FOE_Tabelle: Gesamt Plan (869) liegt um 1 über der Summe der Instrumente (868) – nicht aufgeführte Instrumente?",
          messageEn: "FOE_Tabelle: total plan (869) is 1 above the sum of the instruments (868) – instruments not listed?",
        },
      ],
    },
    {
      name: "3 Spalten, Gesamt zuletzt, Zwischensumme zählt nicht",
      snapshot: () =>
        withFoe([
          ["Instrument", "Ist 2023", "Plan 2024"],
          ["FbW", 56, 37],
          ["EGZ", 59, 64],
          ["Zwischensumme Qualifizierung", 115, 101],
          ["AGH", 133, 145],
          ["Insgesamt", 300, 246],
        ]),
      findings: [{ rule: "istplan/gesamt-ueber-summe", severity: "warning", messageId: "hoeher", data: { column: "ist", total: 300, sum: 248, difference: 52 }, names: ["FOE_Tabelle"], cells: ["'Förderung 2024'!C7"] }],
    },
  ],
});
