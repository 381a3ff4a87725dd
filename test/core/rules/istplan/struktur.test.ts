// Tests of istplan/struktur: one Gesamt row, darunter rows under an instrument.
import { istplanStruktur } from "../../../../src/core/rules/istplan/struktur";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(istplanStruktur, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "keine Gesamtzeile",
      snapshot: () => example().setTableCell("FOE_Tabelle", 0, "ebene", 1).snapshot(),
      findings: [{ rule: "istplan/struktur", severity: "error", messageId: "keineGesamtzeile", data: {}, names: ["FOE_Tabelle"], cells: ["Förderung!B3"], message: /keine Gesamtzeile/ }],
    },
    {
      name: "zwei Gesamtzeilen",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", 0).snapshot(),
      findings: [{ rule: "istplan/struktur", severity: "error", messageId: "mehrereGesamtzeilen", data: { count: 2, rows: [1, 8] }, names: ["FOE_Tabelle"], cells: ["Förderung!B3", "Förderung!B10"] }],
    },
    {
      name: "darunter-Zeile direkt unter Gesamt",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Förderung berufliche Weiterbildung"), "ebene", 2).snapshot(),
      findings: [{ rule: "istplan/struktur", severity: "error", messageId: "ohneInstrument", data: { row: 2, instrument: "Förderung berufliche Weiterbildung" }, names: ["FOE_Tabelle"], cells: ["Förderung!B4"], message: /ohne Instrument/ }],
    },
  ],
});
