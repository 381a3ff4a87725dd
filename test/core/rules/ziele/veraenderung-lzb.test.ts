// Tests of ziele/veraenderung-lzb: the stated LZB changes vs target / previous-year stock − 1, with the
// optional ZIE_LZB_VJ, ZIE_LZB_Maenner_VJ, ZIE_LZB_Frauen_VJ (the example leaves them empty).
import { zieleVeraenderungLzb } from "../../../../src/core/rules/ziele/veraenderung-lzb";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(zieleVeraenderungLzb, {
  valid: [
    { name: "das Beispiel (keine Vorjahresbestände)", snapshot: () => example().snapshot() },
    { name: "Vorjahresbestände 2.559 / 1.250 / 1.309 passen zu +6,3 / +4,1 / +8,5 %", snapshot: () => example().withPreviousYear().snapshot() },
    { name: "Vorjahresbestand als Durchschnitt 2.559,7 (=MITTELWERT)", snapshot: () => example().withPreviousYear().setFormula("ZIE_LZB_VJ", "=AVERAGE(F1:F12)", 2559.7).snapshot() },
  ],
  invalid: [
    {
      name: "gesamt: +8,0 % ggü. 2.559",
      snapshot: () => example().withPreviousYear().set("ZIE_LZB_Veraenderung", 0.08).snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-lzb",
          severity: "warning", messageId: "abweichung",
          // 2.721 / 1,0805 = 2.518,3 … 2.721 / 1,0795 = 2.520,6; 2.558,5 × 1,0795 = 2.761,9 … 2.559,5 × 1,0805 = 2.765,5
          data: { group: "gesamt", stated: 0.08, computed: 0.06330597889800704, decimals: 1, target: 2721, previous: 2559, previousLow: 2518.2785747339194, previousHigh: 2520.6113941639646, targetLow: 2761.9007500000002, targetHigh: 2765.53975 },
          names: ["ZIE_LZB_Veraenderung", "ZIE_LZB", "ZIE_LZB_VJ"],
          cells: ["Ziele!C11", "Ziele!B11", "Ziele!D11"],
          message: "Veränderung LZB ggü. Vorjahr: angegeben +8,0 %, berechnet +6,3 % (Ziel 2.721 ggü. Vorjahresbestand 2.559); +8,0 % passt zu einem Vorjahresbestand von 2.518,3 bis 2.520,6 oder zu einem Ziel von 2.761,9 bis 2.765,5",
        },
      ],
    },
    {
      name: "Männer: Vorjahr 1.200, +4,1 % angegeben",
      snapshot: () => example().withPreviousYear().set("ZIE_LZB_Maenner_VJ", 1200).snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-lzb",
          severity: "warning", messageId: "abweichung",
          data: { group: "maenner", stated: 0.041, computed: 0.08416666666666672, decimals: 1, target: 1301, previous: 1200, previousLow: 1249.1598655784928, previousHigh: 1250.3604036520903, targetLow: 1248.0797499999999, targetHigh: 1250.3207499999999 },
          names: ["ZIE_LZB_Maenner_Veraenderung", "ZIE_LZB_Maenner", "ZIE_LZB_Maenner_VJ"],
          message: /^Veränderung LZB Männer ggü\. Vorjahr: angegeben \+4,1 %, berechnet \+8,4 %/,
          messageEn: /^Change of long-term benefit recipients, men vs previous year: stated \+4\.1%, computed \+8\.4%/,
        },
      ],
    },
    {
      name: "Frauen: −150 % lässt keinen Vorjahresbestand zu",
      snapshot: () => example().withPreviousYear().set("ZIE_LZB_Frauen_Veraenderung", -1.5).snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-lzb",
          severity: "warning", messageId: "abweichungOhneBereich",
          data: { group: "frauen", stated: -1.5, computed: 0.0847975553857907, decimals: 1, target: 1420, previous: 1309 },
          names: ["ZIE_LZB_Frauen_Veraenderung", "ZIE_LZB_Frauen", "ZIE_LZB_Frauen_VJ"],
          message: "Veränderung LZB Frauen ggü. Vorjahr: angegeben −150,0 %, berechnet +8,5 % (Ziel 1.420 ggü. Vorjahresbestand 1.309)",
        },
      ],
    },
  ],
});
