// Tests of istplan/grosse-aenderung: relative AND absolute thresholds, Begründung silences.
import { istplanGrosseAenderung } from "../../../../src/core/rules/istplan/grosse-aenderung";
import type { Settings } from "../../../../src/core/settings";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const GABE = foeRow("GaBe");
const AGH = foeRow("Arbeitsgelegenheiten");
const withParams = (params: Record<string, number>): Settings => ({ ...DEFAULT_SETTINGS, regeln: { "istplan/grosse-aenderung": { params } } });

testRule(istplanGrosseAenderung, {
  valid: [
    { name: "GaBe mit Begründung", snapshot: () => example().setTableCell("FOE_Tabelle", GABE, "begruendung", "Neues Projekt für Jugendliche ab April").snapshot() },
    { name: "höhere relative Schwelle", snapshot: () => example().snapshot(), settings: withParams({ relativ: 3 }) },
    { name: "höhere absolute Schwelle", snapshot: () => example().snapshot(), settings: withParams({ absolut: 40 }) },
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
  ],
});
