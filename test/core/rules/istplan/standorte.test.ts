// Tests of istplan/standorte on copies of the example whose Plan is split into two locations.
import { check } from "../../../../src/core/engine";
import { exampleSnapshot } from "../../../../src/core/example";
import { istplanStandorte } from "../../../../src/core/rules/istplan/standorte";
import { example } from "../../../helpers/example";
import { foeWithLocations } from "../../../helpers/issue15";
import { testRule } from "../../../helpers/ruleTester";

testRule(istplanStandorte, {
  valid: [
    { name: "das Beispiel (kein Plan nach Standorten)", snapshot: () => example().snapshot() },
    { name: "Arnstadt + Ilmenau = Plan gesamt in jeder Zeile", snapshot: () => foeWithLocations() },
  ],
  invalid: [
    {
      name: "FbW: 20 + 20 ≠ 37",
      snapshot: () => foeWithLocations({ 1: [20, 20] }),
      findings: [
        {
          rule: "istplan/standorte", severity: "error", messageId: "summe",
          data: { row: 2, instrument: "Förderung berufliche Weiterbildung", parts: "20 + 20", sum: 40, plan: 37 },
          names: ["FOE_Tabelle"],
          message: "FOE_Tabelle, „Förderung berufliche Weiterbildung“: Plan nach Standorten 20 + 20 = 40 ≠ Plan gesamt 37",
        },
      ],
    },
  ],
});

test("every other rule reads the total column: the split example gives the example's findings (by rule and severity)", () => {
  const key = (f: { rule: string; severity: string; message: string }) => `${f.rule} ${f.severity} ${f.message}`;
  const split = check(foeWithLocations()).filter((f) => !f.rule.startsWith("namen/"));
  const plain = check(exampleSnapshot()).filter((f) => !f.rule.startsWith("namen/"));
  expect(split.map(key)).toEqual(plain.map(key));
});
