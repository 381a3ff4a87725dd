// Tests of verlauf/meldestand: integrations without the ELB stock they stand against, gaps, stocks of 0.
import { verlaufMeldestand } from "../../../../src/core/rules/verlauf/meldestand";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

// Verlauf rows: 5 = December of the previous year, 6 = January … 17 = December; B ELB, C integrations, D LZB.
testRule(verlaufMeldestand, {
  valid: [
    { name: "das Verlaufsblatt bis Juni", snapshot: () => example().withVerlauf().snapshot() },
    { name: "ein leeres Verlaufsblatt", snapshot: () => example().withVerlauf(0).snapshot() },
    { name: "eine gemeldete 0 Integrationen ist keine Lücke", snapshot: () => example().withVerlauf().setCell("Verlauf", "C8", 0).snapshot() },
    { name: "ELB Juni gemeldet, Integrationen Juli noch nicht: kein Fehler", snapshot: () => example().withVerlauf(5).setCell("Verlauf", "B11", 4500).snapshot() },
  ],
  invalid: [
    {
      name: "März leer, April gemeldet; ELB Februar und März leer; LZB Februar 0",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "C8", null).setCell("Verlauf", "B8", null).setCell("Verlauf", "B7", null).setCell("Verlauf", "D7", 0).snapshot(),
      findings: [
        { rule: "verlauf/meldestand", severity: "error", messageId: "luecke", data: { name: "MON_ELB", row: "", month: 2, later: 4 }, names: ["MON_ELB"], cells: ["Verlauf!B7"], message: "MON_ELB: Februar ist leer, April ist aber gemeldet (Lücke)" },
        { rule: "verlauf/meldestand", severity: "error", messageId: "bestandNull", data: { name: "MON_LZB", month: 2 }, names: ["MON_LZB"], cells: ["Verlauf!D7"], message: "MON_LZB: Bestand Februar ist 0", messageEn: "MON_LZB: stock of February is 0" },
        { rule: "verlauf/meldestand", severity: "error", messageId: "luecke", data: { name: "MON_ELB", row: "", month: 3, later: 4 }, names: ["MON_ELB"], cells: ["Verlauf!B8"] },
        { rule: "verlauf/meldestand", severity: "error", messageId: "luecke", data: { name: "MON_Integrationen", row: "", month: 3, later: 4 }, names: ["MON_Integrationen"], cells: ["Verlauf!C8"], messageEn: "MON_Integrationen: March is blank, but April is reported (gap)" },
        {
          rule: "verlauf/meldestand",
          severity: "error",
          messageId: "elbFehlt",
          data: { name: "MON_Integrationen", month: 4, elbName: "MON_ELB", elbMonth: 3 },
          names: ["MON_Integrationen", "MON_ELB"],
          cells: ["Verlauf!C9", "Verlauf!B8"],
          message: "MON_Integrationen: Integrationen für April gemeldet, aber der ELB-Bestand, gegen den sie stehen (MON_ELB, März), ist leer",
        },
      ],
    },
    {
      name: "Januar gemeldet, ELB Dezember des Vorjahres leer",
      snapshot: () => example().withVerlauf(1).setCell("Verlauf", "B5", null).snapshot(),
      findings: [
        {
          rule: "verlauf/meldestand",
          severity: "error",
          messageId: "luecke",
          data: { name: "MON_ELB", row: "", month: 0, later: 1 },
          names: ["MON_ELB"],
          cells: ["Verlauf!B5"],
          message: "MON_ELB: Dezember des Vorjahres ist leer, Januar ist aber gemeldet (Lücke)",
        },
        {
          rule: "verlauf/meldestand",
          severity: "error",
          messageId: "elbFehlt",
          data: { name: "MON_Integrationen", month: 1, elbName: "MON_ELB", elbMonth: 0 },
          names: ["MON_Integrationen", "MON_ELB"],
          cells: ["Verlauf!C6", "Verlauf!B5"],
          message: "MON_Integrationen: Integrationen für Januar gemeldet, aber der ELB-Bestand, gegen den sie stehen (MON_ELB, Dezember des Vorjahres), ist leer",
        },
      ],
    },
    {
      name: "eine Lücke in einer Zeile der Eintritte",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "C26", null).snapshot(),
      findings: [
        { rule: "verlauf/meldestand", severity: "error", messageId: "luecke", data: { name: "MON_Eintritte", row: " „GaBe“", month: 2, later: 3 }, names: ["MON_Eintritte"], cells: ["Verlauf!C26"], message: "MON_Eintritte „GaBe“: Februar ist leer, März ist aber gemeldet (Lücke)" },
      ],
    },
  ],
});
