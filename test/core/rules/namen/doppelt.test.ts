// Tests of namen/doppelt: names defined more than once.
import { namenDoppelt } from "../../../../src/core/rules/namen/doppelt";
import { check } from "../../../../src/core/engine";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenDoppelt, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "blattbezogene Kopie",
      snapshot: () => example().addSheetScopedDuplicate("BUD_VH_KFA", "Personal", "=Personal!$B$3").snapshot(),
      findings: [{ rule: "namen/doppelt", severity: "error", messageId: "doppelt", data: { name: "BUD_VH_KFA", count: 2, scopes: ["", "Personal"], refersTo: ["=Haushalt!$B$10", "=Personal!$B$3"] }, names: ["BUD_VH_KFA"], cells: ["Haushalt!B10", "Personal!B3"], message: /2-mal definiert/ }],
    },
    {
      name: "zweimal für die Mappe",
      snapshot: () => example().addWorkbookDuplicate("KUN_ELB", "=Kunden!$B$4").snapshot(),
      findings: [{ rule: "namen/doppelt", severity: "error", messageId: "doppelt", data: { name: "KUN_ELB", count: 2, scopes: ["", ""], refersTo: ["=Kunden!$B$3", "=Kunden!$B$4"] }, names: ["KUN_ELB"] }],
    },
  ],
});

describe("namen/doppelt, Folgen", () => {
  it("wertet bei blattbezogener Kopie den mappenweiten Namen weiter aus", () => {
    const snap = example().addSheetScopedDuplicate("BUD_VH_KFA", "Personal", "=Personal!$B$3").set("BUD_VH_KFA", 1).snapshot();
    expect(check(snap).map((f) => f.rule)).toContain("abstimmung/verwaltungshaushalt");
  });
  it("übergeht einen zweimal mappenweit definierten Namen in den übrigen Regeln", () => {
    const snap = example().addWorkbookDuplicate("KUN_ELB", "=Kunden!$B$4").snapshot();
    const rules = check(snap).map((f) => f.rule);
    expect(rules).not.toContain("quer/elb-vorjahr");
    expect(rules).not.toContain("ziele/veraenderung-lzb");
  });
});
