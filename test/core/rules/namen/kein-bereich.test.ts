// Tests of namen/kein-bereich: constants, formulas and missing sheets instead of a range.
import { namenKeinBereich } from "../../../../src/core/rules/namen/kein-bereich";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenKeinBereich, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "Konstante",
      snapshot: () => example().breakName("BUD_VH_KFA", "konstante").snapshot(),
      findings: [{ rule: "namen/kein-bereich", severity: "error", messageId: "keinZellbezug", data: { name: "BUD_VH_KFA", refersTo: "=0.152" }, names: ["BUD_VH_KFA"], message: /kein Zellbezug/ }],
    },
    {
      name: "Blatt fehlt",
      snapshot: () => example().breakName("PER_Beschaeftigte", "blatt-fehlt").snapshot(),
      findings: [{ rule: "namen/kein-bereich", severity: "error", messageId: "blattFehltMitGrund", data: { name: "PER_Beschaeftigte", refersTo: "=Geloescht!$B$10", detail: "Blatt „Geloescht“ fehlt" }, names: ["PER_Beschaeftigte"], message: /fehlendes Blatt/ }],
    },
  ],
});
