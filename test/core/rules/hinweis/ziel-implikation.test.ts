// Tests of hinweis/ziel-implikation on copies of the example with a planned ELB stock (the source gives none).
import { hinweisZielImplikation } from "../../../../src/core/rules/hinweis/ziel-implikation";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(hinweisZielImplikation, {
  valid: [
    { name: "das Beispiel (ohne ZIE_ELB)", snapshot: () => example().snapshot() },
    { name: "4.560 ELB: 730 Integrationen (−2,7 %), LZB 59,7 % (56,1 % heute)", snapshot: () => example().withPlannedElb(4560).snapshot() },
  ],
  invalid: [
    {
      name: "4.000 ELB: 640 Integrationen und 68,0 % LZB",
      snapshot: () => example().withPlannedElb(4000).snapshot(),
      findings: [
        {
          rule: "hinweis/ziel-implikation",
          severity: "info",
          messageId: "integrationen",
          data: { elb: 4000, iq: 0.16, implied: 640, change: 640 / 750 - 1, vj: 750 },
          names: ["ZIE_ELB", "ZIE_IQ", "ZIE_Integrationen_VJ"],
          message: "Mit dem geplanten ELB-Bestand (4.000) bedeutet die Ziel-IQ 16,0 % rund 640 Integrationen, −14,7 % gegenüber den 750 des Vorjahres",
        },
        {
          rule: "hinweis/ziel-implikation",
          severity: "info",
          messageId: "lzbAnteil",
          data: { elb: 4000, lzb: 2721, share: 2721 / 4000, today: 0.561, points: 2721 / 4000 - 0.561 },
          names: ["ZIE_ELB", "ZIE_LZB", "KUN_Anteil_LZB"],
          message: /LZB-Ziel \(2\.721\) ein Anteil von 68,0 % am Bestand, heute sind es 56,1 % \(11,92 %-Pkt\.\)$/,
        },
      ],
    },
    {
      name: "5.200 ELB: 832 Integrationen (+10,9 %)",
      snapshot: () => example().withPlannedElb(5200).snapshot(),
      findings: [
        {
          rule: "hinweis/ziel-implikation",
          severity: "info",
          messageId: "integrationen",
          data: { elb: 5200, iq: 0.16, implied: 832, change: 832 / 750 - 1, vj: 750 },
          names: ["ZIE_ELB", "ZIE_IQ", "ZIE_Integrationen_VJ"],
        },
      ],
    },
  ],
});
