// Tests of abstimmung/vwt on copies of the example with an allocation (the source prints none).
import { abstimmungVwt } from "../../../../src/core/rules/abstimmung/vwt";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(abstimmungVwt, {
  valid: [
    { name: "das Beispiel (ohne Zuteilung)", snapshot: () => example().snapshot() },
    { name: "Zuteilung = BUD_VH_EinglMV", snapshot: () => example().withAllocation().snapshot() },
    { name: "50 Cent daneben (Toleranz)", snapshot: () => example().withAllocation(4764002, 6593989.5).snapshot() },
  ],
  invalid: [
    {
      name: "VWT-Zuteilung 6.500.000 €",
      snapshot: () => example().withAllocation(4764002, 6_500_000).snapshot(),
      findings: [
        {
          rule: "abstimmung/vwt",
          severity: "warning",
          messageId: "abweichungStand",
          data: { einglmv: 6593989, zuteilung: 6500000, difference: 93989, stand: 45306 },
          names: ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV", "BUD_Zuteilung_Stand"],
          message: /6\.593\.989 €.*6\.500\.000 €, Stand 15\.01\.2024.*Differenz 93\.989 €/,
        },
      ],
    },
    {
      name: "ohne Stand",
      snapshot: () => example().withAllocation(4764002, 6_600_000).removeName("BUD_Zuteilung_Stand").snapshot(),
      findings: [
        {
          rule: "abstimmung/vwt",
          severity: "warning",
          messageId: "abweichung",
          data: { einglmv: 6593989, zuteilung: 6600000, difference: -6011 },
          names: ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"],
        },
      ],
    },
  ],
});
