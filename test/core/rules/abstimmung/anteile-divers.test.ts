// Tests of abstimmung/anteile-divers: women + men below 100 % of the staff is a warning (issue 8, case 7).
import { abstimmungAnteileDivers } from "../../../../src/core/rules/abstimmung/anteile-divers";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["PER_Anteil_Frauen", "PER_Anteil_Maenner"];

testRule(abstimmungAnteileDivers, {
  valid: [
    { name: "das Beispiel (86 + 14 = 100 %)", snapshot: () => example().snapshot() },
    { name: "über 100 % ist ein Fehler von anteile-summe, keine Warnung hier", snapshot: () => changeExample({ PER_Anteil_Frauen: 0.9 }) },
    { name: "85,96 % + 14,0 % liegt in der Rundung (je 0,05 %-Punkte)", snapshot: () => changeExample({ PER_Anteil_Frauen: 0.8596 }) },
    { name: "nur ein Anteil angegeben", snapshot: () => example().removeName("PER_Anteil_Maenner").snapshot() },
  ],
  invalid: [
    {
      name: "Frauen 80 % + Männer 14 % = 94 %",
      snapshot: () => changeExample({ PER_Anteil_Frauen: 0.8 }),
      findings: [
        {
          rule: "abstimmung/anteile-divers",
          severity: "warning", messageId: "unter100", data: { a: 0.8, b: 0.14, sum: 0.9400000000000001, rest: 0.05999999999999994 },
          names: NAMES,
          cells: ["Personal!B8", "Personal!B9"],
          message: "Personal nach Geschlecht: Frauen (80,0 %) + Männer (14,0 %) = 94,0 %, unter 100 %: 6,0 % divers oder ohne Angabe? Sonst Anteile prüfen",
          messageEn: "Staff by gender: women (80.0%) + men (14.0%) = 94.0%, below 100%: 6.0% diverse or not stated? Otherwise check the shares",
        },
      ],
    },
  ],
});
