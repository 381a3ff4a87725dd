// Tests of namen/tabelle-fortgesetzt: data-like rows right below a table name (next year's copy grew).
import { exampleSnapshot } from "../../../../src/core/example";
import { namenTabelleFortgesetzt } from "../../../../src/core/rules/namen/tabelle-fortgesetzt";
import type { CellValue } from "../../../../src/core/snapshot";
import { mapNameEntry } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const below = (name: string, rows: CellValue[][]) => () => mapNameEntry(exampleSnapshot(), name, (e) => ({ ...e, belowValues: rows }));
const blank5 = [null, null, null, null, null];

/** The example's FOE_Tabelle with its Gesamt row relabelled as an instrument (the total pushed out of the name), and `rows` below. */
const withoutTotal = (rows: CellValue[][]) => () =>
  mapNameEntry(exampleSnapshot(), "FOE_Tabelle", (e) => ({
    ...e,
    values: e.values!.map((row) => (typeof row[0] === "string" && /^gesamt/i.test(row[0]) ? ["Neues Instrument", 1, ...row.slice(2)] : row)),
    belowValues: rows,
  }));

testRule(namenTabelleFortgesetzt, {
  valid: [
    { name: "das Beispiel ohne gelesene Zeilen darunter", snapshot: () => exampleSnapshot() },
    { name: "Leerzeile direkt darunter (Eintrittsplanung erst danach)", snapshot: below("FOE_Tabelle", [blank5, ["Eintrittsplanung 2024", 458, null, null, null], blank5]) },
    { name: "Summe unter FOE_Tabelle, die ihre Gesamtzeile hat", snapshot: below("FOE_Tabelle", [["Summe", 0, 875, 869, null], blank5, blank5]) },
    { name: "Zwischensumme unter FOE_Tabelle ohne Gesamtzeile", snapshot: withoutTotal([["Zwischensumme", 0, 875, 869, null], blank5, blank5]) },
    { name: "Summenzeile darunter", snapshot: below("PER_VZAE_Bereiche", [["Summe", 115], [null, null], [null, null]]) },
    // Issue 13: a total row named with its unit is the table's total, as "Summe" is.
    { name: "„VZÄ gesamt“ darunter", snapshot: below("PER_VZAE_Bereiche", [["VZÄ gesamt", 115], [null, null], [null, null]]) },
    { name: "„Summe VZÄ“ darunter", snapshot: below("PER_VZAE_Bereiche", [["Summe VZÄ", 115], [null, null], [null, null]]) },
    { name: "„Insgesamt“ darunter", snapshot: below("PER_VZAE_Bereiche", [["Insgesamt", 115], [null, null], [null, null]]) },
    { name: "„Gesamt (Köpfe und VZÄ)“ darunter", snapshot: below("PER_VZAE_Bereiche", [["Gesamt (Köpfe und VZÄ)", 115], [null, null], [null, null]]) },
    { name: "„VZÄ gesamt“ mit Standortspalten vor der Gesamtspalte", snapshot: below("PER_VZAE_Bereiche", [["VZÄ gesamt", 60, 55, 115], [null, null, null, null], [null, null, null, null]]) },
    { name: "Quellenangabe ohne Zahl", snapshot: below("FOE_Tabelle", [["Quelle: Planung JC", null, null, null, null], blank5, blank5]) },
    { name: "nur eine Zahl ohne Beschriftung", snapshot: below("PER_VZAE_Bereiche", [[null, 115], [null, null], [null, null]]) },
  ],
  invalid: [
    {
      name: "FOE_Tabelle ohne Gesamtzeile, „Insgesamt“ direkt darunter: die Tabelle ist gewachsen",
      snapshot: withoutTotal([["Insgesamt", 0, 885, 881, null], blank5, blank5]),
      findings: [
        {
          rule: "namen/tabelle-fortgesetzt",
          severity: "warning",
          messageId: "gesamtDarunter",
          data: { name: "FOE_Tabelle", address: "Förderung!A3:E16", label: "Insgesamt", count: 1 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!A17"],
          message: /die Tabelle hat keine Gesamtzeile, aber direkt unter Förderung!A3:E16 steht eine \(„Insgesamt“\) – die Tabelle ist gewachsen/,
        },
      ],
    },
    {
      name: "ein neues Instrument und die Gesamtzeile darunter",
      snapshot: withoutTotal([["Coaching", 1, 10, 12, null], ["Gesamt", 0, 885, 881, null], blank5]),
      findings: [
        {
          rule: "namen/tabelle-fortgesetzt",
          severity: "warning",
          messageId: "gesamtDarunter",
          data: { name: "FOE_Tabelle", address: "Förderung!A3:E16", label: "Gesamt", count: 2 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!A17", "Förderung!A18"],
        },
      ],
    },
    {
      name: "eine neue Zeile unter den VZÄ-Bereichen",
      snapshot: below("PER_VZAE_Bereiche", [["Widerspruchsstelle", 3], [null, null], ["Summe", 118]]),
      findings: [
        {
          rule: "namen/tabelle-fortgesetzt",
          severity: "warning",
          messageId: "eineZeile",
          data: { name: "PER_VZAE_Bereiche", address: "Personal!A12:B16", label: "Widerspruchsstelle" },
          names: ["PER_VZAE_Bereiche"],
          cells: ["Personal!A17"],
          message:
            "PER_VZAE_Bereiche (Vollzeitäquivalente nach Bereichen): direkt unter Personal!A12:B16 steht eine weitere Zeile wie die der Tabelle („Widerspruchsstelle“) – wurde die Tabelle fortgesetzt? Dann die Zuordnung erweitern: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        },
      ],
    },
    {
      name: "zwei neue Instrumente unter der Förderübersicht, dann die Summe",
      snapshot: below("FOE_Tabelle", [["Coaching", 1, 10, 12, null], ["Reha", 1, 4, 5, null], ["Summe", 0, 14, 17, null]]),
      findings: [
        {
          rule: "namen/tabelle-fortgesetzt",
          severity: "warning",
          messageId: "mehrereZeilen",
          data: { name: "FOE_Tabelle", address: "Förderung!A3:E16", label: "Coaching", count: 2 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!A17", "Förderung!A18"],
          messageEn: /right below Förderung!A3:E16 there are 2 more rows like the table's \(first: “Coaching”\)/,
        },
      ],
    },
  ],
});
