// Tests of verlauf/eintritte: cumulative entries per instrument against the plan, pro rata or spread like
// last year's entries, with relative AND absolute thresholds; unknown instruments are reported.
import { verlaufEintritte } from "../../../../src/core/rules/verlauf/eintritte";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

// Verlauf rows: GaBe is row 26 (Jan B … Jun G), Einstiegsgeld row 31; MON_Eintritte_VJ starts in row 36.
// GaBe: plan 55; 2024 January–May 6+5+6+5+5 = 27; last year's Ist 16 spread 2,2,2,1,1,1,… so 9 of 16 fall
// in January–June, and the plan spread like that is 55 × 9/16 = 30,94 by June.
testRule(verlaufEintritte, {
  valid: [
    { name: "das Verlaufsblatt bis Juni folgt dem Plan", snapshot: () => example().withVerlauf().snapshot() },
    { name: "erst zwei Monate gemeldet: noch kein Vergleich", snapshot: () => example().withVerlauf(2).setCell("Verlauf", "C26", 30).snapshot() },
    { name: "ohne Verlaufsblatt", snapshot: () => example().snapshot() },
  ],
  invalid: [
    {
      name: "GaBe im Juni 30 statt 4: 57 ggü. 30,94 nach dem Vorjahresverlauf",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "G26", 30).snapshot(),
      findings: [
        {
          rule: "verlauf/eintritte",
          severity: "warning",
          messageId: "abweichungSaison",
          data: { instrument: "GaBe", month: 6, cumulative: 57, expected: 30.9375, delta: 26.0625, change: 26.0625 / 30.9375, plan: 55, vjCumulative: 9, vjYear: 16, relativ: 0.25, absolut: 10 },
          names: ["MON_Eintritte", "FOE_Tabelle"],
          cells: ["Verlauf!A26", "Verlauf!G26"],
          message: "MON_Eintritte: „GaBe“ Januar bis Juni 57 Eintritte ggü. anteiligem Plan 30,9 (+26,1, +84,2 %; Plan 55 × Vorjahr 9 von 16; Schwellen 25 % und 10)",
          messageEn: "MON_Eintritte: “GaBe” January to June 57 entries vs pro-rata plan 30.9 (+26.1, +84.2%; plan 55 × previous year 9 of 16; thresholds 25% and 10)",
        },
      ],
    },
    {
      name: "ohne Vorjahrestabelle: Plan × 6/12",
      snapshot: () => example().withVerlauf().removeName("MON_Eintritte_VJ").setCell("Verlauf", "G26", 30).snapshot(),
      findings: [
        {
          rule: "verlauf/eintritte",
          severity: "warning",
          messageId: "abweichung",
          data: { instrument: "GaBe", month: 6, cumulative: 57, expected: 27.5, delta: 29.5, change: 29.5 / 27.5, plan: 55, relativ: 0.25, absolut: 10 },
          names: ["MON_Eintritte", "FOE_Tabelle"],
          cells: ["Verlauf!A26", "Verlauf!G26"],
          message: "MON_Eintritte: „GaBe“ Januar bis Juni 57 Eintritte ggü. anteiligem Plan 27,5 (+29,5, +107,3 %; Plan 55 × 6/12; Schwellen 25 % und 10)",
        },
      ],
    },
    {
      name: "Freie Förderung (Plan 0) mit 12 Eintritten im Juni: keine Prozentangabe",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "G30", 12).snapshot(),
      findings: [
        {
          rule: "verlauf/eintritte",
          severity: "warning",
          messageId: "ohnePlan",
          data: { instrument: "Freie Förderung", month: 6, cumulative: 12, plan: 0, absolut: 10 },
          names: ["MON_Eintritte", "FOE_Tabelle"],
          cells: ["Verlauf!A30", "Verlauf!G30"],
          message: "MON_Eintritte: „Freie Förderung“ Januar bis Juni 12 Eintritte, geplant sind keine (Plan 0; Schwelle 10)",
          messageEn: "MON_Eintritte: “Freie Förderung” January to June 12 entries, none planned (plan 0; threshold 10)",
        },
      ],
    },
    {
      name: "ein Instrument, das FOE_Tabelle nicht kennt, wird gemeldet",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "A31", "Einstiegsgeld (ESG)").snapshot(),
      findings: [
        {
          rule: "verlauf/eintritte",
          severity: "warning",
          messageId: "unbekannt",
          data: { instrument: "Einstiegsgeld (ESG)" },
          names: ["MON_Eintritte", "FOE_Tabelle"],
          cells: ["Verlauf!A31"],
          message: "MON_Eintritte: Instrument „Einstiegsgeld (ESG)“ gibt es in FOE_Tabelle (Ebene 1) nicht – diese Zeile wird nicht verglichen",
        },
      ],
    },
  ],
});
