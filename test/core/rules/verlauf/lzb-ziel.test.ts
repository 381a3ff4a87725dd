// Tests of verlauf/lzb-ziel: JDW of the LZB stock so far against JDW_VJ(1..m) × (1 + ZIE_LZB_Veraenderung).
import { verlaufLzbZiel } from "../../../../src/core/rules/verlauf/lzb-ziel";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

// Example: LZB Jan–Jun 2.764 … 2.711 (JDW 2.737,33), last year's same months 2.575 × 1,063 = 2.737,225.
testRule(verlaufLzbZiel, {
  valid: [
    { name: "das Verlaufsblatt bis Juni liegt auf dem Pfad", snapshot: () => example().withVerlauf().snapshot() },
    { name: "ohne Verlaufsblatt", snapshot: () => example().snapshot() },
    { name: "Juni 2.870: JDW 2.763,83 liegt 0,97 % über dem Pfad, innerhalb der Toleranz 1 %", snapshot: () => example().withVerlauf().setCell("Verlauf", "D11", 2870).snapshot() },
  ],
  invalid: [
    {
      name: "Juni 3.400: JDW 2.852,17 liegt 4,2 % über dem Pfad",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "D11", 3400).snapshot(),
      findings: [
        {
          rule: "verlauf/lzb-ziel",
          severity: "warning",
          messageId: "ueberPfad",
          data: { month: 6, jdw: 17113 / 6, jdwVj: 2575, veraenderung: 0.063, path: 2575 * 1.063, gap: 17113 / 6 / (2575 * 1.063) - 1, toleranz: 0.01 },
          names: ["MON_LZB", "MON_LZB_VJ", "ZIE_LZB_Veraenderung"],
          cells: ["Verlauf!D11", "Ziele!C11"],
          message: "LZB-Bestand Januar bis Juni: JDW 2.852 liegt +4,2 % über dem Zielpfad 2.737 (Vorjahr dieselben Monate 2.575 × (1 +6,3 %); Toleranz 1,0 %)",
          messageEn: "Long-term recipients January to June: JDW 2,852 is +4.2% above the target path 2,737 (previous year same months 2,575 × (1 +6.3%); tolerance 1.0%)",
        },
      ],
    },
  ],
});
