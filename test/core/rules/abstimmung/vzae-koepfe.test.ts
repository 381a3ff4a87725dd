// Tests of abstimmung/vzae-koepfe.
import { abstimmungVzaeKoepfe } from "../../../../src/core/rules/abstimmung/vzae-koepfe";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(abstimmungVzaeKoepfe, {
  valid: [
    { name: "das Beispiel (115,0 bei 123)", snapshot: () => example().snapshot() },
    { name: "gleich viele", snapshot: () => changeExample({ PER_Beschaeftigte: 115 }) },
  ],
  invalid: [
    {
      name: "110 Köpfe",
      snapshot: () => changeExample({ PER_Beschaeftigte: 110 }),
      findings: [
        {
          rule: "abstimmung/vzae-koepfe",
          severity: "warning", messageId: "mehrVzae", data: { vzae: 115, heads: 110, decimals: 1 },
          names: ["PER_VZAE_Gesamt", "PER_Beschaeftigte"],
          cells: ["Personal!B4", "Personal!B3"],
          message: /^VZÄ gesamt \(115,0 VZÄ\) übersteigt die Zahl der Beschäftigten \(110\); stimmt nur, wenn die Stellen .*Erziehungszeit/,
        },
      ],
    },
  ],
});
