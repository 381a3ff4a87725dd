// Tests of istplan/davon: davon rows add up to their instrument exactly.
import { istplanDavon } from "../../../../src/core/rules/istplan/davon";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

const HEADER = ["Instrument", "Ist 2023", "Plan 2024"];

testRule(istplanDavon, {
  valid: [
    { name: "das Beispiel (keine davon-Zeilen)", snapshot: () => example().snapshot() },
    { name: "davon Männer + davon Frauen = Instrument", snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["davon Männer", 29, 30], ["davon Frauen", 30, 34], ["Gesamt", 59, 64]]) },
    { name: "davon unter Gesamt, mit Strich", snapshot: () => withFoe([HEADER, ["Gesamt", 59, 64], ["– davon Frauen", 30, 34], ["– davon Männer", 29, 30], ["EGZ", 59, 64]]) },
    { name: "darunter-Zeilen unter der Summe sind keine davon-Zeilen", snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["darunter Frauen", 20, 30], ["Gesamt", 59, 64]]) },
  ],
  invalid: [
    {
      name: "davon-Zeilen ergeben weniger",
      snapshot: () => withFoe([HEADER, ["EGZ", 59, 64], ["davon Männer", 29, 30], ["davon Frauen", 30, 33], ["Gesamt", 59, 64]]),
      findings: [
        {
          rule: "istplan/davon",
          severity: "error", messageId: "summe", data: { parentRow: 1, parentInstrument: "EGZ", column: "plan", parts: [30, 33], sum: 63, whole: 64, difference: -1 },
          names: ["FOE_Tabelle"],
          cells: ["'Förderung 2024'!D3", "'Förderung 2024'!D4", "'Förderung 2024'!D5"],
          message: "FOE_Tabelle: die davon-Zeilen von „EGZ“ ergeben Plan 30 + 33 = 63 statt 64 (Differenz −1)",
          messageEn: "FOE_Tabelle: the “thereof” rows of “EGZ” add up to plan 30 + 33 = 63 instead of 64 (difference −1)",
        },
      ],
    },
    {
      name: "davon-Zeile über dem Instrument (mit Spalte Ebene)",
      snapshot: () =>
        withFoe([
          ["Gesamt", 0, 59, 64, null],
          ["EGZ", 1, 59, 64, null],
          ["davon Langzeitarbeitslose", 2, 60, 64, null],
        ]),
      findings: [{ rule: "istplan/davon", severity: "error", messageId: "einzeln", data: { parentRow: 2, parentInstrument: "EGZ", row: 3, instrument: "davon Langzeitarbeitslose", column: "ist", sum: 60, whole: 59, difference: 1 }, names: ["FOE_Tabelle"], cells: ["'Förderung 2024'!D3", "'Förderung 2024'!D4"] }],
    },
    {
      // One row is no sum: not "ergeben Ist 30 = 30 statt 90".
      name: "eine einzelne davon-Zeile, die nicht das Instrument ist",
      snapshot: () => withFoe([HEADER, ["FbW", 90, 90], ["davon Frauen", 30, 90], ["Gesamt", 90, 90]]),
      findings: [
        {
          rule: "istplan/davon",
          severity: "error",
          messageId: "einzeln",
          data: { parentRow: 1, parentInstrument: "FbW", row: 2, instrument: "davon Frauen", column: "ist", sum: 30, whole: 90, difference: -60 },
          names: ["FOE_Tabelle"],
          cells: ["'Förderung 2024'!C3", "'Förderung 2024'!C4"],
          message: "FOE_Tabelle: die einzige davon-Zeile von „FbW“, „davon Frauen“, ergibt Ist 30 statt 90 (Differenz −60) – eine vollständige Aufteilung, oder eigentlich „darunter“?",
          messageEn: "FOE_Tabelle: the one “thereof” row of “FbW”, “davon Frauen”, gives actual 30 instead of 90 (difference −60) – a complete breakdown, or rather “of which”?",
        },
      ],
    },
  ],
});
