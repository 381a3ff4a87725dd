// Tests of quer/eintritte-text-tabelle: the 458 vs 869 of the published programme.
import { querEintritteTextTabelle } from "../../../../src/core/rules/quer/eintritte-text-tabelle";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(querEintritteTextTabelle, {
  valid: [
    { name: "Text nennt 869", snapshot: () => changeExample({ FOE_Eintritte_Plan: 869 }) },
    { name: "FOE_Eintritte_Plan fehlt: nichts zu vergleichen", snapshot: () => example().removeName("FOE_Eintritte_Plan").snapshot() },
  ],
  invalid: [
    {
      name: "das Beispiel: 458 ≠ 869",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "quer/eintritte-text-tabelle",
          severity: "warning", messageId: "abweichung", data: { text: 458, plan: 869 },
          names: ["FOE_Eintritte_Plan", "FOE_Tabelle"],
          cells: ["Förderung!B18", "Förderung!D3"],
          message: "Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)",
        },
      ],
    },
  ],
});
