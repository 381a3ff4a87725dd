// Tests of typen/leer: required values left blank.
import { typenLeer } from "../../../../src/core/rules/typen/leer";
import { changeExample, example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenLeer, {
  valid: [
    { name: "das Beispiel (Begründungen leer)", snapshot: () => example().snapshot() },
    { name: "optionaler Wert leer", snapshot: () => changeExample({ KUN_Anteil_Auslaender: null }) },
    { name: "Ist leer in der Förderübersicht", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Freie Förderung"), "ist", null).snapshot() },
  ],
  invalid: [
    {
      name: "Verwaltungshaushalt leer",
      snapshot: () => changeExample({ BUD_VH_Gesamt: null }),
      findings: [{ rule: "typen/leer", severity: "error", messageId: "leer", data: { name: "BUD_VH_Gesamt" }, names: ["BUD_VH_Gesamt"], cells: ["Haushalt!B7"] }],
    },
    {
      name: "nur Leerzeichen",
      snapshot: () => changeExample({ AIP_Jobcenter: "   " }),
      findings: [{ rule: "typen/leer", severity: "error", messageId: "leer", data: { name: "AIP_Jobcenter" }, names: ["AIP_Jobcenter"] }],
    },
    {
      name: "Ebene leer",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", null).snapshot(),
      findings: [{ rule: "typen/leer", severity: "error", messageId: "leer", data: { name: "FOE_Tabelle", row: 8, column: "ebene", label: "GaBe" }, names: ["FOE_Tabelle"], cells: ["Förderung!B10"], message: /Spalte „Ebene“/ }],
    },
  ],
});
