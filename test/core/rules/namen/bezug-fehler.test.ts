// Tests of namen/bezug-fehler: names referring to #REF!.
import { namenBezugFehler } from "../../../../src/core/rules/namen/bezug-fehler";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenBezugFehler, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "ein #REF!-Name außerhalb des Vertrags", snapshot: () => example().addWorkbookDuplicate("Druckbereich_alt", "=#REF!").snapshot() },
  ],
  invalid: [
    {
      name: "BUD_VH_KFA verweist auf #REF!",
      snapshot: () => example().breakName("BUD_VH_KFA", "#REF!").snapshot(),
      findings: [{ rule: "namen/bezug-fehler", severity: "error", messageId: "bezugFehler", data: { name: "BUD_VH_KFA", refersTo: "=#REF!" }, names: ["BUD_VH_KFA"], cells: [], message: /#REF!/ }],
    },
    {
      name: "teilweise gelöschter Bezug",
      snapshot: () => example().setRefersTo("ZIE_IQ", "=Ziele!#REF!").snapshot(),
      findings: [{ rule: "namen/bezug-fehler", severity: "error", messageId: "bezugFehler", data: { name: "ZIE_IQ", refersTo: "=Ziele!#REF!" }, names: ["ZIE_IQ"] }],
    },
  ],
});
