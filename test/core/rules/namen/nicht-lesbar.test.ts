// Tests of namen/nicht-lesbar: the host could not read a range.
import { namenNichtLesbar } from "../../../../src/core/rules/namen/nicht-lesbar";
import { example, mapNameEntry } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenNichtLesbar, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "zu groß",
      snapshot: () =>
        mapNameEntry(example().snapshot(), "FOE_Tabelle", (e) => ({
          name: e.name,
          scope: e.scope,
          refersTo: e.refersTo,
          problem: "too-large",
          problemDetail: "mehr als 1 Mio. Zellen",
        })),
      findings: [{ rule: "namen/nicht-lesbar", severity: "error", messageId: "nichtLesbarMitGrund", data: { name: "FOE_Tabelle", refersTo: "=Förderung!$A$3:$E$16", detail: "mehr als 1 Mio. Zellen" }, names: ["FOE_Tabelle"], message: /mehr als 1 Mio. Zellen/ }],
    },
    {
      name: "ohne Werte geliefert",
      snapshot: () => mapNameEntry(example().snapshot(), "KUN_ELB", (e) => ({ ...e, values: undefined })),
      findings: [{ rule: "namen/nicht-lesbar", severity: "error", messageId: "keineWerte", data: { name: "KUN_ELB", refersTo: "=Kunden!$B$3" }, names: ["KUN_ELB"] }],
    },
  ],
});
