// Tests of istplan/struktur: at most one Gesamt row, darunter rows under an instrument. No Gesamt row is
// istplan/ohne-gesamt's hint, not an error here.
import { istplanStruktur } from "../../../../src/core/rules/istplan/struktur";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

testRule(istplanStruktur, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "darunter-Zeile direkt unter Gesamt gehört zu Gesamt", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Förderung berufliche Weiterbildung"), "ebene", 2).snapshot() },
    { name: "Summe als erste Zeile, Zwischensumme innen", snapshot: () => withFoe([["Summe", 115, 101], ["FbW", 56, 37], ["Summe Qualifizierung", 56, 37], ["EGZ", 59, 64]]) },
    { name: "keine Gesamtzeile (Ebene 0 → 1): kein Fehler", snapshot: () => example().setTableCell("FOE_Tabelle", 0, "ebene", 1).snapshot() },
    { name: "3 Spalten ohne Gesamtzeile: kein Fehler", snapshot: () => withFoe([["FbW", 56, 37], ["EGZ", 59, 64]]) },
  ],
  invalid: [
    {
      name: "zwei Gesamtzeilen",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", 0).snapshot(),
      findings: [{ rule: "istplan/struktur", severity: "error", messageId: "mehrereGesamtzeilen", data: { count: 2, rows: [1, 8] }, names: ["FOE_Tabelle"], cells: ["Förderung!B3", "Förderung!B10"] }],
    },
    {
      name: "darunter-Zeile als erste Zeile (3 Spalten)",
      snapshot: () => withFoe([["Instrument", "Ist 2023", "Plan 2024"], ["darunter Frauen", 5, 5], ["EGZ", 59, 64], ["Gesamt", 59, 64]]),
      findings: [{ rule: "istplan/struktur", severity: "error", messageId: "ohneInstrument", data: { row: 1, instrument: "darunter Frauen" }, names: ["FOE_Tabelle"], cells: ["'Förderung 2024'!B3"], message: /ohne Instrument/ }],
    },
  ],
});
