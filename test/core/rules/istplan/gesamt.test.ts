// Tests of istplan/gesamt: Gesamt = sum of the Ebene-1 rows, Ist and Plan.
import { istplanGesamt } from "../../../../src/core/rules/istplan/gesamt";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(istplanGesamt, {
  valid: [
    { name: "das Beispiel (875 / 869)", snapshot: () => example().snapshot() },
    { name: "darunter-Zeile geändert zählt nicht mit", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("darunter Maßnahmen bei einem Träger"), "ist", 5).snapshot() },
    {
      name: "leere Zelle zählt als 0",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Freie Förderung"), "plan", null).snapshot(),
    },
    { name: "Gesamt über der Summe ist hier kein Fehler (istplan/gesamt-ueber-summe)", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Förderung berufliche Weiterbildung"), "plan", 36).snapshot() },
  ],
  invalid: [
    {
      name: "Plan FbW 38",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Förderung berufliche Weiterbildung"), "plan", 38).snapshot(),
      findings: [
        {
          rule: "istplan/gesamt",
          severity: "error", messageId: "summe", data: { column: "plan", total: 869, sum: 870, difference: -1 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!D3"],
          message: "FOE_Tabelle: Gesamt Plan (869) liegt unter der Summe der Instrumente (870), Differenz −1",
          messageEn: "FOE_Tabelle: total plan (869) is below the sum of the instruments (870), difference −1",
        },
      ],
    },
    {
      name: "Gesamt Plan leer",
      snapshot: () => example().setTableCell("FOE_Tabelle", 0, "plan", null).snapshot(),
      findings: [{ rule: "istplan/gesamt", severity: "error", messageId: "leer", data: { column: "plan", sum: 869 }, names: ["FOE_Tabelle"], cells: ["Förderung!D3"], message: "FOE_Tabelle: Gesamt Plan ist leer, die Instrumente ergeben 869" }],
    },
    {
      name: "Ist-Gesamt vertippt",
      snapshot: () => example().setTableCell("FOE_Tabelle", 0, "ist", 857).snapshot(),
      findings: [{ rule: "istplan/gesamt", severity: "error", messageId: "summe", data: { column: "ist", total: 857, sum: 875, difference: -18 }, names: ["FOE_Tabelle"], cells: ["Förderung!C3"] }],
    },
  ],
});
