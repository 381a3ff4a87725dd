// Tests of istplan/grosse-aenderung: relative AND absolute thresholds, Begründung silences.
import { istplanGrosseAenderung } from "../../../../src/core/rules/istplan/grosse-aenderung";
import type { Settings } from "../../../../src/core/settings";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";

/** A Jobcenter with 20.000 Förderungen: +150 is 0,75 % of the table, +250 is 1,25 %. */
const LARGE = (begruendung: string | null = null) => [
  ["Instrument", "Ist 2023", "Plan 2024", "Begründung"],
  ["Gesamt", 20000, 19900, null],
  ["FbW", 400, 550, null],
  ["EGZ", 600, 350, begruendung],
  ["AGH", 19000, 19000, null],
];

const GABE = foeRow("GaBe");
const AGH = foeRow("Arbeitsgelegenheiten");
const withParams = (params: Record<string, number>): Settings => ({ ...DEFAULT_SETTINGS, regeln: { "istplan/grosse-aenderung": { params } } });

testRule(istplanGrosseAenderung, {
  valid: [
    { name: "GaBe mit Begründung", snapshot: () => example().setTableCell("FOE_Tabelle", GABE, "begruendung", "Neues Projekt für Jugendliche ab April").snapshot() },
    { name: "höhere relative Schwelle", snapshot: () => example().snapshot(), settings: withParams({ relativ: 3 }) },
    { name: "höhere absolute Schwelle", snapshot: () => example().snapshot(), settings: withParams({ absolut: 40 }) },
    { name: "20.000 Förderungen: +150 unter der Schwelle 200 (1 %)", snapshot: () => withFoe(LARGE("Programm ausgelaufen")) },
    { name: "relativ groß, absolut klein (3 → 0)", snapshot: () => example().setTableCell("FOE_Tabelle", GABE, "begruendung", "x").snapshot() },
  ],
  invalid: [
    {
      name: "das Beispiel: GaBe 16 → 55 ohne Begründung",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "istplan/grosse-aenderung",
          severity: "warning", messageId: "ohneBegruendung", data: { row: 8, instrument: "GaBe", plan: 55, ist: 16, delta: 39, change: 2.4375, relativ: 0.25, absolut: 20 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!D10", "Förderung!E10"],
          message: /„GaBe“ Plan 55 ggü\. Ist 16 \(\+39, \+243,8 %\) ohne Begründung/,
        },
      ],
    },
    {
      name: "AGH 133 → 200 zusätzlich",
      snapshot: () => example().setTableCell("FOE_Tabelle", AGH, "plan", 200).snapshot(),
      findings: [
        { rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendung", data: { row: 8, instrument: "GaBe", plan: 55, ist: 16, delta: 39, change: 2.4375, relativ: 0.25, absolut: 20 }, names: ["FOE_Tabelle"], cells: ["Förderung!D10", "Förderung!E10"] },
        { rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendung", data: { row: 9, instrument: "Arbeitsgelegenheiten", plan: 200, ist: 133, delta: 67, change: 0.5037593984962406, relativ: 0.25, absolut: 20 }, names: ["FOE_Tabelle"], cells: ["Förderung!D11", "Förderung!E11"] },
      ],
    },
    {
      name: "Ist 0 → Plan 25",
      snapshot: () =>
        example().setTableCell("FOE_Tabelle", GABE, "begruendung", "x").setTableCell("FOE_Tabelle", foeRow("Förderung von Arbeitsverhältnissen"), "plan", 25).snapshot(),
      findings: [{ rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendungAbNull", data: { row: 11, instrument: "Förderung von Arbeitsverhältnissen", plan: 25, ist: 0, delta: 25, relativ: 0.25, absolut: 20 }, names: ["FOE_Tabelle"], message: /Plan 25 ggü\. Ist 0 \(\+25\)/ }],
    },
    {
      name: "20.000 Förderungen: −250 über der Schwelle 200 (1 % von 20.000)",
      snapshot: () => withFoe(LARGE()),
      findings: [
        {
          rule: "istplan/grosse-aenderung",
          severity: "warning", messageId: "ohneBegruendungSkaliert",
          data: { row: 3, instrument: "EGZ", plan: 350, ist: 600, delta: -250, change: -250 / 600, relativ: 0.25, absolut: 200, anteilGesamt: 0.01, basis: 20000 },
          names: ["FOE_Tabelle"],
          cells: ["'Förderung 2024'!D5", "'Förderung 2024'!E5"],
          message: "FOE_Tabelle: „EGZ“ Plan 350 ggü. Ist 600 (−250, −41,7 %) ohne Begründung (Schwellen: 25 % und 200 Förderungen = 1,0 % von 20.000)",
          messageEn: "FOE_Tabelle: “EGZ” plan 350 vs actual 600 (−250, −41.7%) without justification (thresholds: 25% and 200 measures = 1.0% of 20,000)",
        },
      ],
    },
    {
      name: "ohne Gesamtzeile und ohne Begründungsspalte: 1 % der Summe der Instrumente",
      snapshot: () => withFoe([["FbW", 400, 550], ["EGZ", 600, 350], ["AGH", 19000, 19300]]),
      findings: [
        { rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendungSkaliert", data: { row: 2, instrument: "EGZ", plan: 350, ist: 600, delta: -250, change: -250 / 600, relativ: 0.25, absolut: 202, anteilGesamt: 0.01, basis: 20200 }, names: ["FOE_Tabelle"], cells: ["'Förderung 2024'!D3"] },
      ],
    },
    {
      name: "anteilGesamt 0 schaltet die Skalierung ab",
      snapshot: () => withFoe(LARGE("Programm ausgelaufen")),
      settings: withParams({ anteilGesamt: 0 }),
      findings: [{ rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendung", data: { row: 2, instrument: "FbW", plan: 550, ist: 400, delta: 150, change: 0.375, relativ: 0.25, absolut: 20 }, names: ["FOE_Tabelle"] }],
    },
  ],
});
