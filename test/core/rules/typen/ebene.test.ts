// Tests of typen/ebene: Ebene 0, 1 or 2.
import { typenEbene } from "../../../../src/core/rules/typen/ebene";
import { check } from "../../../../src/core/engine";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const ebene3 = () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", 3).snapshot();

testRule(typenEbene, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "Ebene 3",
      snapshot: ebene3,
      findings: [{ rule: "typen/ebene", severity: "error", messageId: "ebene", data: { name: "FOE_Tabelle", row: 8, column: "ebene", label: "GaBe", value: 3, decimals: 0 }, names: ["FOE_Tabelle"], cells: ["Förderung!B10"], message: /„GaBe“/ }],
    },
    {
      name: "Ebene 1,5",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Einstiegsgeld"), "ebene", 1.5).snapshot(),
      findings: [{ rule: "typen/ebene", severity: "error", messageId: "ebene", data: { name: "FOE_Tabelle", row: 13, column: "ebene", label: "Einstiegsgeld", value: 1.5, decimals: 2 }, names: ["FOE_Tabelle"] }],
    },
  ],
});

describe("typen/ebene, keine Folgemeldungen", () => {
  it("prüft Gesamt nicht gegen eine unvollständige Gliederung", () => {
    expect(check(ebene3()).map((f) => f.rule)).not.toContain("istplan/gesamt");
  });
});
