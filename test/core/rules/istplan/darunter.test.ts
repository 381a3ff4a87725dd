// Tests of istplan/darunter: darunter rows within their instrument.
import { istplanDarunter } from "../../../../src/core/rules/istplan/darunter";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

const HEADER = ["Instrument", "Ist 2023", "Plan 2024"];

const MABE = foeRow("Maßnahmen zur Aktivierung und beruflichen Eingliederung");
const AVGS = foeRow("darunter Aktivierungs- und Vermittlungsgutschein");
const TRAEGER = foeRow("darunter Maßnahmen bei einem Träger");

testRule(istplanDarunter, {
  valid: [
    { name: "das Beispiel (6 + 405 + 130 = 541)", snapshot: () => example().snapshot() },
    { name: "darunter-Zeilen unter dem Instrument", snapshot: () => example().setTableCell("FOE_Tabelle", AVGS, "plan", 300).snapshot() },
    { name: "zusammen zu viel ist hier kein Fehler (istplan/darunter-summe)", snapshot: () => example().setTableCell("FOE_Tabelle", TRAEGER, "ist", 7).snapshot() },
    { name: "darunter Frauen direkt unter Gesamt, kleiner", snapshot: () => withFoe([HEADER, ["Gesamt", 115, 101], ["darunter Frauen", 60, 50], ["FbW", 56, 37], ["EGZ", 59, 64]]) },
  ],
  invalid: [
    {
      name: "AVGS Plan 500 > 489",
      snapshot: () => example().setTableCell("FOE_Tabelle", AVGS, "plan", 500).snapshot(),
      findings: [
        {
          rule: "istplan/darunter",
          severity: "error", messageId: "zeile", data: { row: 6, instrument: "darunter Aktivierungs- und Vermittlungsgutschein", parentRow: 4, parentInstrument: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", column: "plan", part: 500, whole: 489 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!D8", "Förderung!D6"],
          message: /„darunter Aktivierungs- und Vermittlungsgutschein“ Plan \(500\) übersteigt .*\(489\)/,
        },
      ],
    },
    {
      name: "Instrument verkleinert",
      snapshot: () => example().setTableCell("FOE_Tabelle", MABE, "ist", 400).snapshot(),
      findings: [{ rule: "istplan/darunter", severity: "error", messageId: "zeile", data: { row: 6, instrument: "darunter Aktivierungs- und Vermittlungsgutschein", parentRow: 4, parentInstrument: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", column: "ist", part: 405, whole: 400 }, names: ["FOE_Tabelle"], cells: ["Förderung!C8", "Förderung!C6"] }],
    },
    {
      name: "darunter Frauen direkt unter Gesamt, über Gesamt",
      snapshot: () => withFoe([HEADER, ["Gesamt", 115, 101], ["darunter Frauen", 60, 102], ["FbW", 56, 37], ["EGZ", 59, 64]]),
      findings: [
        {
          rule: "istplan/darunter",
          severity: "error", messageId: "zeileGesamt", data: { row: 2, instrument: "darunter Frauen", parentRow: 1, parentInstrument: "Gesamt", column: "plan", part: 102, whole: 101 },
          names: ["FOE_Tabelle"],
          cells: ["'Förderung 2024'!D4", "'Förderung 2024'!D3"],
          message: "FOE_Tabelle: „darunter Frauen“ Plan (102) übersteigt die Gesamtzeile „Gesamt“ (101)",
          messageEn: "FOE_Tabelle: “darunter Frauen” plan (102) exceeds the total row “Gesamt” (101)",
        },
      ],
    },
  ],
});
