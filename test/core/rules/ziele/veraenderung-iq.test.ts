// Tests of ziele/veraenderung-iq: stated change vs target / previous-year IQ − 1, within the printed rounding,
// for the total and, with the optional ZIE_IQ_Maenner_VJ / ZIE_IQ_Frauen_VJ, for men and women. The message
// says what would reconcile the stated change.
import { zieleVeraenderungIq } from "../../../../src/core/rules/ziele/veraenderung-iq";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_IQ_Veraenderung", "ZIE_IQ", "ZIE_IQ_VJ"];
const SEED = { group: "gesamt", stated: -0.025, computed: -0.027200000000000002, decimals: 1, target: 0.16, targetDecimals: 1, previous: 0.16447368421052633, previousDecimals: 3, rangeDecimals: 2, previousLow: 0.16401845207585855, previousHigh: 0.1641867624422781, targetLow: 0.1602796052631579, targetHigh: 0.16044407894736842 };

// Other figures than the seed's: 1.200 / 6.000 = 20,000 % (formula), target 21,0 %, stated +4,0 % (computed +5,0 %).
const other = () => example().setMany({ ZIE_Integrationen_VJ: 1200, ZIE_ELB_VJ: 6000 }).setFormula("ZIE_IQ_VJ", "=B3/B4", 0.2).setMany({ ZIE_IQ: 0.21, ZIE_IQ_Veraenderung: 0.04 });

testRule(zieleVeraenderungIq, {
  valid: [
    { name: "richtig angegeben: −2,7 %", snapshot: () => changeExample({ ZIE_IQ_Veraenderung: -0.027 }) },
    { name: "Vorjahr eingetippt 16,4 % (steht für 16,35–16,45 %): −2,5 % passt", snapshot: () => changeExample({ ZIE_IQ_VJ: 0.164 }) },
    { name: "Veränderung mit zwei Nachkommastellen −2,72 %", snapshot: () => example().set("ZIE_IQ_Veraenderung", -0.0272).setFormat("ZIE_IQ_Veraenderung", "0.00%").snapshot() },
    { name: "andere Zahlen: +5,0 % angegeben", snapshot: () => other().set("ZIE_IQ_Veraenderung", 0.05).snapshot() },
    // The message's ranges are what reconciles: a previous year inside 16,40–16,42 % (748 / 4.560 = 16,404 %) fits.
    { name: "Vorjahr 748 / 4.560 erklärt −2,5 %", snapshot: () => example().set("ZIE_Integrationen_VJ", 748).setFormula("ZIE_IQ_VJ", "=B3/B4", 748 / 4560).snapshot() },
    { name: "ungerundetes Ziel 16,035 % erklärt −2,5 %", snapshot: () => changeExample({ ZIE_IQ: 0.16035 }) },
    { name: "Männer und Frauen mit passendem Vorjahr (20,23 %, 12,80 %)", snapshot: () => example().withPreviousYear().set("ZIE_IQ_Veraenderung", -0.027).snapshot() },
  ],
  invalid: [
    {
      name: "das Beispiel: −2,5 % angegeben, −2,7 % berechnet",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-iq",
          severity: "warning", messageId: "abweichung", data: SEED,
          names: NAMES,
          cells: ["Ziele!C8", "Ziele!B8", "Ziele!B5"],
          message: "Veränderung IQ ggü. Vorjahr: angegeben −2,5 %, berechnet −2,7 % (Ziel 16,0 % ggü. Vorjahr 16,447 %); −2,5 % passt zu einem Vorjahreswert von 16,40 % bis 16,42 % oder zu einem ungerundeten Ziel von 16,03 % bis 16,04 %",
          messageEn: "Change of the integration rate vs previous year: stated −2.5%, computed −2.7% (target 16.0% vs previous year 16.447%); −2.5% fits a previous-year value of 16.40% to 16.42% or an unrounded target of 16.03% to 16.04%",
        },
      ],
    },
    {
      name: "andere Zahlen: +4,0 % angegeben, +5,0 % berechnet",
      snapshot: () => other().snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-iq",
          severity: "warning", messageId: "abweichung",
          // 21 / 1,0405 = 20,18 %, 21 / 1,0395 = 20,20 %; 20 × 1,0395 = 20,79 %, 20 × 1,0405 = 20,81 %
          data: { group: "gesamt", stated: 0.04, computed: 0.04999999999999982, decimals: 1, target: 0.21, targetDecimals: 1, previous: 0.2, previousDecimals: 3, rangeDecimals: 2, previousLow: 0.20182604517059105, previousHigh: 0.202020202020202, targetLow: 0.20790000000000003, targetHigh: 0.2081 },
          names: NAMES,
          message: "Veränderung IQ ggü. Vorjahr: angegeben +4,0 %, berechnet +5,0 % (Ziel 21,0 % ggü. Vorjahr 20,000 %); +4,0 % passt zu einem Vorjahreswert von 20,18 % bis 20,20 % oder zu einem ungerundeten Ziel von 20,79 % bis 20,81 %",
        },
      ],
    },
    {
      name: "Vorzeichen vertauscht",
      snapshot: () => changeExample({ ZIE_IQ_Veraenderung: 0.027 }),
      findings: [{ rule: "ziele/veraenderung-iq", severity: "warning", messageId: "abweichung", data: { ...SEED, stated: 0.027, previousLow: 0.15571776155717765, previousHigh: 0.15586945932781296, targetLow: 0.16883223684210527, targetHigh: 0.1689967105263158 }, names: NAMES, message: /angegeben \+2,7 %/ }],
    },
    {
      name: "zwei Nachkommastellen, −2,70 % knapp daneben",
      snapshot: () => example().set("ZIE_IQ_Veraenderung", -0.027).setFormat("ZIE_IQ_Veraenderung", "0.00%").snapshot(),
      findings: [{ rule: "ziele/veraenderung-iq", severity: "warning", messageId: "abweichung", data: { ...SEED, stated: -0.027, decimals: 2, rangeDecimals: 3, previousLow: 0.16443142695647706, previousHigh: 0.16444832725217123, targetLow: 0.1600246710526316, targetHigh: 0.16004111842105265 }, names: NAMES, message: /angegeben −2,70 %, berechnet −2,72 % .*16,443 % bis 16,445 %/ }],
    },
    {
      name: "Männer: Vorjahr 21,00 %, −3,6 % angegeben (das Gesamt wie im Beispiel)",
      snapshot: () => example().withPreviousYear().set("ZIE_IQ_Maenner_VJ", 0.21).snapshot(),
      findings: [
        { rule: "ziele/veraenderung-iq", severity: "warning", messageId: "abweichung", data: SEED, names: NAMES },
        {
          rule: "ziele/veraenderung-iq",
          severity: "warning", messageId: "abweichung",
          data: { group: "maenner", stated: -0.036, computed: -0.0714285714285714, decimals: 1, target: 0.195, targetDecimals: 1, previous: 0.21, previousDecimals: 2, rangeDecimals: 2, previousLow: 0.2021772939346812, previousHigh: 0.20238713025428126, targetLow: 0.202286825, targetHigh: 0.20259322499999996 },
          names: ["ZIE_IQ_Maenner_Veraenderung", "ZIE_IQ_Maenner", "ZIE_IQ_Maenner_VJ"],
          cells: ["Ziele!C9", "Ziele!B9", "Ziele!D9"],
          message: "Veränderung IQ Männer ggü. Vorjahr: angegeben −3,6 %, berechnet −7,1 % (Ziel 19,5 % ggü. Vorjahr 21,00 %); −3,6 % passt zu einem Vorjahreswert von 20,22 % bis 20,24 % oder zu einem ungerundeten Ziel von 20,23 % bis 20,26 %",
        },
      ],
    },
    {
      name: "Frauen: −2,0 % ggü. 12,80 %",
      snapshot: () => example().withPreviousYear().setMany({ ZIE_IQ_Veraenderung: -0.027, ZIE_IQ_Frauen_Veraenderung: -0.02 }).snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-iq",
          severity: "warning", messageId: "abweichung",
          data: { group: "frauen", stated: -0.02, computed: -0.0078125, decimals: 1, target: 0.127, targetDecimals: 1, previous: 0.128, previousDecimals: 2, rangeDecimals: 2, previousLow: 0.12952575216726162, previousHigh: 0.1296579887697805, targetLow: 0.125327025, targetHigh: 0.12555302499999998 },
          names: ["ZIE_IQ_Frauen_Veraenderung", "ZIE_IQ_Frauen", "ZIE_IQ_Frauen_VJ"],
          messageEn: /^Change of the integration rate of women vs previous year: stated −2\.0%/,
        },
      ],
    },
  ],
});
