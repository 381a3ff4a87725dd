// Tests of quer/elb-vorjahr.
import { querElbVorjahr } from "../../../../src/core/rules/quer/elb-vorjahr";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(querElbVorjahr, {
  valid: [{ name: "das Beispiel (4.560 = 4.560)", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "KUN_ELB 4.600",
      snapshot: () => changeExample({ KUN_ELB: 4600 }),
      findings: [
        {
          rule: "quer/elb-vorjahr",
          severity: "warning", messageId: "abweichung", data: { ziele: 4560, kunden: 4600 },
          names: ["ZIE_ELB_VJ", "KUN_ELB"],
          cells: ["Ziele!B4", "Kunden!B3"],
          message: "ELB im Vorjahr bei den Zielen (4.560) ≠ ELB-Bestand der Kundenstruktur (4.600)",
        },
      ],
    },
  ],
});
