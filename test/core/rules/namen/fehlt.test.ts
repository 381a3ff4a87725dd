// Tests of namen/fehlt: required names missing, optional ones may be absent.
import { namenFehlt } from "../../../../src/core/rules/namen/fehlt";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenFehlt, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "optionaler Name fehlt", snapshot: () => example().removeName("PER_Anteil_Frauen").removeName("KUN_BG_Groesse").snapshot() },
    { name: "Name in anderer Schreibweise", snapshot: () => example().removeName("BUD_VH_KFA").addWorkbookDuplicate("bud_vh_kfa", "=Haushalt!$B$10").snapshot() },
  ],
  invalid: [
    {
      name: "BUD_VH_KFA fehlt",
      snapshot: () => example().removeName("BUD_VH_KFA").snapshot(),
      findings: [{ rule: "namen/fehlt", severity: "error", messageId: "fehlt", data: { name: "BUD_VH_KFA" }, names: ["BUD_VH_KFA"], cells: [], message: /BUD_VH_KFA .*fehlt/ }],
    },
    {
      name: "mit Umlaut geschrieben",
      snapshot: () => example().removeName("PER_Beschaeftigte").addWorkbookDuplicate("PER_Beschäftigte", "=Personal!$B$3").snapshot(),
      findings: [{ rule: "namen/fehlt", severity: "error", messageId: "fehltAehnlich", data: { name: "PER_Beschaeftigte", similar: "PER_Beschäftigte" }, names: ["PER_Beschaeftigte"], cells: ["Personal!B3"], message: /es gibt „PER_Beschäftigte“/ }],
    },
    {
      name: "zwei Namen fehlen",
      snapshot: () => example().removeName("AIP_Jobcenter").removeName("FOE_Tabelle").snapshot(),
      findings: [
        { rule: "namen/fehlt", severity: "error", messageId: "fehlt", data: { name: "AIP_Jobcenter" }, names: ["AIP_Jobcenter"] },
        { rule: "namen/fehlt", severity: "error", messageId: "fehlt", data: { name: "FOE_Tabelle" }, names: ["FOE_Tabelle"] },
      ],
    },
  ],
});
