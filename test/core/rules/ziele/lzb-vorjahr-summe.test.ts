// Tests of ziele/lzb-vorjahr-summe: previous-year stocks implied by the stated changes add up (issue 8 §2).
import { zieleLzbVorjahrSumme } from "../../../../src/core/rules/ziele/lzb-vorjahr-summe";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_LZB", "ZIE_LZB_Veraenderung", "ZIE_LZB_Maenner", "ZIE_LZB_Maenner_Veraenderung", "ZIE_LZB_Frauen", "ZIE_LZB_Frauen_Veraenderung"];

testRule(zieleLzbVorjahrSumme, {
  valid: [
    // 1.301 / 1,041 + 1.420 / 1,085: 2.557,3–2.559,7; 2.721 / 1,063: 2.558,5–2.560,9 – the ranges overlap.
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    // 2.400 / 0,96 + 2.600 / 0,96 = 5.208,3 (5.205,6–5.211,0); 5.000 / 0,96 the same.
    { name: "andere Zahlen: 2.400 + 2.600 = 5.000, alle −4,0 %", snapshot: () => changeExample({ ZIE_LZB: 5000, ZIE_LZB_Maenner: 2400, ZIE_LZB_Frauen: 2600, ZIE_LZB_Veraenderung: -0.04, ZIE_LZB_Maenner_Veraenderung: -0.04, ZIE_LZB_Frauen_Veraenderung: -0.04 }) },
    { name: "Frauen +8,6 %: Bereiche verfehlen sich um weniger als 1", snapshot: () => changeExample({ ZIE_LZB_Frauen_Veraenderung: 0.086 }) },
  ],
  invalid: [
    {
      name: "Frauen +9,5 %",
      snapshot: () => changeExample({ ZIE_LZB_Frauen_Veraenderung: 0.095 }),
      findings: [
        {
          rule: "ziele/lzb-vorjahr-summe",
          severity: "warning", messageId: "summe",
          data: { maennerLow: 1249.1598655784928, maennerHigh: 1250.3604036520903, frauenLow: 1296.2117754450023, frauenHigh: 1297.396071265418, sumLow: 2545.371641023495, sumHigh: 2547.756474917508, totalLow: 2558.5331452750356, totalHigh: 2560.9411764705883, total: 2721, change: 0.063, decimals: 1 },
          names: NAMES,
          cells: ["Ziele!B11", "Ziele!C11", "Ziele!B12", "Ziele!C12", "Ziele!B13", "Ziele!C13"],
          message: "LZB-Vorjahresbestände aus Ziel und Veränderung: Männer 1.249,2 bis 1.250,4 + Frauen 1.296,2 bis 1.297,4 = 2.545,4 bis 2.547,8, gesamt aber 2.558,5 bis 2.560,9 (Ziel 2.721 bei +6,3 %)",
        },
      ],
    },
    {
      name: "andere Zahlen: gesamt −5,0 %, Männer und Frauen −4,0 %",
      snapshot: () => changeExample({ ZIE_LZB: 5000, ZIE_LZB_Maenner: 2400, ZIE_LZB_Frauen: 2600, ZIE_LZB_Veraenderung: -0.05, ZIE_LZB_Maenner_Veraenderung: -0.04, ZIE_LZB_Frauen_Veraenderung: -0.04 }),
      findings: [
        {
          rule: "ziele/lzb-vorjahr-summe",
          severity: "warning", messageId: "summe",
          data: { maennerLow: 2498.698594482041, maennerHigh: 2501.3027618551328, frauenLow: 2706.923477355544, frauenHigh: 2709.744658676394, sumLow: 5205.622071837584, sumHigh: 5211.047420531527, totalLow: 5260.389268805892, totalHigh: 5265.92943654555, total: 5000, change: -0.05, decimals: 1 },
          names: NAMES,
          message: /gesamt aber 5\.260,4 bis 5\.265,9 \(Ziel 5\.000 bei −5,0 %\)$/,
        },
      ],
    },
  ],
});
