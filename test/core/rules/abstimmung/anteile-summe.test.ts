// Tests of abstimmung/anteile-summe: BA + Kommune, Frauen + Männer, BG sizes add to 100 %.
import { abstimmungAnteileSumme } from "../../../../src/core/rules/abstimmung/anteile-summe";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(abstimmungAnteileSumme, {
  valid: [
    { name: "Frauen 80 % + Männer 14 %: kein Fehler (divers, eine Warnung der Regel anteile-divers)", snapshot: () => changeExample({ PER_Anteil_Frauen: 0.8 }) },
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "im Rahmen der Rundung (78,0 % + 22,1 %, je ± 0,05)", snapshot: () => changeExample({ PER_Anteil_Kommune: 0.2209 }) },
    { name: "Frauen/Männer fehlen (optional)", snapshot: () => example().removeName("PER_Anteil_Frauen").removeName("PER_Anteil_Maenner").snapshot() },
  ],
  invalid: [
    {
      name: "Kommune 23 %",
      snapshot: () => changeExample({ PER_Anteil_Kommune: 0.23 }),
      findings: [
        {
          rule: "abstimmung/anteile-summe",
          severity: "error", messageId: "personal", data: { a: 0.78, b: 0.23, sum: 1.01 },
          names: ["PER_Anteil_BA", "PER_Anteil_Kommune"],
          cells: ["Personal!B6", "Personal!B7"],
          message: "Personalanteile: BA (78,0 %) + Kommune (23,0 %) = 101,0 %, erwartet 100 %",
        },
      ],
    },
    {
      name: "Kommune als Formel genau, 0,1 %-Pkt. daneben",
      snapshot: () => example().setFormula("PER_Anteil_Kommune", "=27/123", 0.221).setFormat("PER_Anteil_BA", "0.00%").snapshot(),
      findings: [{ rule: "abstimmung/anteile-summe", severity: "error", messageId: "personal", data: { a: 0.78, b: 0.221, sum: 1.0010000000000001 }, names: ["PER_Anteil_BA", "PER_Anteil_Kommune"] }],
    },
    {
      // Issue 8, case 7: above 100 % stays an error; below 100 % is abstimmung/anteile-divers (a warning).
      name: "Frauen 90 %: 104 %",
      snapshot: () => changeExample({ PER_Anteil_Frauen: 0.9 }),
      findings: [{ rule: "abstimmung/anteile-summe", severity: "error", messageId: "geschlecht", data: { a: 0.9, b: 0.14, sum: 1.04 }, names: ["PER_Anteil_Frauen", "PER_Anteil_Maenner"], message: "Personal nach Geschlecht: Frauen (90,0 %) + Männer (14,0 %) = 104,0 %, mehr als 100 %" }],
    },
    {
      name: "BG-Größen 110 %",
      snapshot: () => example().setTableCell("KUN_BG_Groesse", 1, "anteil", 0.3).snapshot(),
      findings: [{ rule: "abstimmung/anteile-summe", severity: "error", messageId: "bgGroesse", data: { labels: ["1 Person", "2 Personen", "3 und mehr Personen"], shares: [0.6, 0.3, 0.2], sum: 1.0999999999999999 }, names: ["KUN_BG_Groesse"], cells: ["Kunden!B11", "Kunden!B12", "Kunden!B13"], message: /110,0 %/ }],
    },
  ],
});
