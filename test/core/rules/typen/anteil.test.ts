// Tests of typen/anteil: shares in [0, 1].
import { typenAnteil } from "../../../../src/core/rules/typen/anteil";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenAnteil, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "Grenzen 0 und 1", snapshot: () => changeExample({ KUN_Anteil_Auslaender: 0, KUN_Anteil_Jugendliche: 1 }) },
  ],
  invalid: [
    {
      name: "56,1 statt 56,1 %",
      snapshot: () => changeExample({ KUN_Anteil_LZB: 56.1 }),
      findings: [{ rule: "typen/anteil", severity: "error", messageId: "anteil", data: { name: "KUN_Anteil_LZB", value: 56.1 }, names: ["KUN_Anteil_LZB"], cells: ["Kunden!B5"], message: /5\.610,0 %/ }],
    },
    {
      name: "negativ",
      snapshot: () => changeExample({ PER_Anteil_BA: -0.1 }),
      findings: [{ rule: "typen/anteil", severity: "error", messageId: "anteil", data: { name: "PER_Anteil_BA", value: -0.1 }, names: ["PER_Anteil_BA"] }],
    },
  ],
});
