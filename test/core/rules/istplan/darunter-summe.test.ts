// Tests of istplan/darunter-summe: overlapping darunter rows above their instrument are a warning.
import { istplanDarunterSumme } from "../../../../src/core/rules/istplan/darunter-summe";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

const TRAEGER = foeRow("darunter Maßnahmen bei einem Träger");
const AVGS = foeRow("darunter Aktivierungs- und Vermittlungsgutschein");
const MABE = "Maßnahmen zur Aktivierung und beruflichen Eingliederung";
const HEADER = ["Instrument", "Ist 2023", "Plan 2024"];

testRule(istplanDarunterSumme, {
  valid: [
    { name: "das Beispiel (6 + 405 + 130 = 541)", snapshot: () => example().snapshot() },
    { name: "eine Zeile über dem Instrument: Fehler von istplan/darunter, nicht hier", snapshot: () => example().setTableCell("FOE_Tabelle", AVGS, "plan", 500).snapshot() },
    { name: "eine einzelne darunter-Zeile", snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["darunter Frauen", 30, 40], ["Gesamt", 59, 64]]) },
    { name: "davon-Zeilen zählen hier nicht", snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["davon Frauen", 40, 40], ["davon Männer", 40, 40], ["Gesamt", 59, 64]]) },
  ],
  invalid: [
    {
      name: "Ist 7 + 405 + 130 = 542 > 541",
      snapshot: () => example().setTableCell("FOE_Tabelle", TRAEGER, "ist", 7).snapshot(),
      findings: [
        {
          rule: "istplan/darunter-summe",
          severity: "warning", messageId: "summe", data: { parentRow: 4, parentInstrument: MABE, column: "ist", sum: 542, whole: 541 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!C6", "Förderung!C7", "Förderung!C8", "Förderung!C9"],
          message: `FOE_Tabelle: die darunter-Zeilen von „${MABE}“ ergeben zusammen Ist 542, mehr als das Instrument (541) – überschneiden sie sich?`,
        },
      ],
    },
    {
      name: "darunter Frauen und darunter U25 überschneiden sich",
      snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["darunter Frauen", 30, 40], ["darunter U25", 30, 20], ["Gesamt", 59, 64]]),
      findings: [
        {
          rule: "istplan/darunter-summe",
          severity: "warning", messageId: "summe", data: { parentRow: 1, parentInstrument: "EGZ", column: "ist", sum: 60, whole: 59 },
          names: ["FOE_Tabelle"],
          cells: ["'Förderung 2024'!C3", "'Förderung 2024'!C4", "'Förderung 2024'!C5"],
          messageEn: "FOE_Tabelle: the “of which” rows of “EGZ” add up to actual 60, more than the instrument (59) – do they overlap?",
        },
      ],
    },
  ],
});
