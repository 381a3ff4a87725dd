// Tests of istplan/darunter: darunter rows within their instrument.
import { istplanDarunter } from "../../../../src/core/rules/istplan/darunter";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const MABE = foeRow("Maßnahmen zur Aktivierung und beruflichen Eingliederung");
const AVGS = foeRow("darunter Aktivierungs- und Vermittlungsgutschein");
const TRAEGER = foeRow("darunter Maßnahmen bei einem Träger");

testRule(istplanDarunter, {
  valid: [
    { name: "das Beispiel (6 + 405 + 130 = 541)", snapshot: () => example().snapshot() },
    { name: "darunter-Zeilen unter dem Instrument", snapshot: () => example().setTableCell("FOE_Tabelle", AVGS, "plan", 300).snapshot() },
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
      name: "zusammen zu viel (Ist 7 + 405 + 130 = 542 > 541)",
      snapshot: () => example().setTableCell("FOE_Tabelle", TRAEGER, "ist", 7).snapshot(),
      findings: [{ rule: "istplan/darunter", severity: "error", messageId: "summe", data: { parentRow: 4, parentInstrument: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", column: "ist", sum: 542, whole: 541 }, names: ["FOE_Tabelle"], cells: ["Förderung!C6", "Förderung!C7", "Förderung!C8", "Förderung!C9"], message: /zusammen Ist 542/ }],
    },
    {
      name: "Instrument verkleinert",
      snapshot: () => example().setTableCell("FOE_Tabelle", MABE, "ist", 400).snapshot(),
      findings: [{ rule: "istplan/darunter", severity: "error", messageId: "zeile", data: { row: 6, instrument: "darunter Aktivierungs- und Vermittlungsgutschein", parentRow: 4, parentInstrument: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", column: "ist", part: 405, whole: 400 }, names: ["FOE_Tabelle"], cells: ["Förderung!C8", "Förderung!C6"] }],
    },
  ],
});
