// Tests of ziele/veraenderung-iq: stated change vs ZIE_IQ / ZIE_IQ_VJ − 1, within the printed rounding.
import { zieleVeraenderungIq } from "../../../../src/core/rules/ziele/veraenderung-iq";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_IQ_Veraenderung", "ZIE_IQ", "ZIE_IQ_VJ"];

testRule(zieleVeraenderungIq, {
  valid: [
    { name: "richtig angegeben: −2,7 %", snapshot: () => changeExample({ ZIE_IQ_Veraenderung: -0.027 }) },
    { name: "Vorjahr eingetippt 16,4 % (steht für 16,35–16,45 %): −2,5 % passt", snapshot: () => changeExample({ ZIE_IQ_VJ: 0.164 }) },
    { name: "Veränderung mit zwei Nachkommastellen −2,72 %", snapshot: () => example().set("ZIE_IQ_Veraenderung", -0.0272).setFormat("ZIE_IQ_Veraenderung", "0.00%").snapshot() },
  ],
  invalid: [
    {
      name: "das Beispiel: −2,5 % angegeben, −2,7 % berechnet",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "ziele/veraenderung-iq",
          severity: "warning", messageId: "abweichung", data: { stated: -0.025, computed: -0.027200000000000002, decimals: 1, target: 0.16, targetDecimals: 1, previous: 0.16447368421052633, previousDecimals: 3 },
          names: NAMES,
          cells: ["Ziele!C8", "Ziele!B8", "Ziele!B5"],
          message: "Veränderung IQ ggü. Vorjahr: angegeben −2,5 %, berechnet −2,7 % (Ziel 16,0 % ggü. Vorjahr 16,447 %)",
        },
      ],
    },
    {
      name: "Vorzeichen vertauscht",
      snapshot: () => changeExample({ ZIE_IQ_Veraenderung: 0.027 }),
      findings: [{ rule: "ziele/veraenderung-iq", severity: "warning", messageId: "abweichung", data: { stated: 0.027, computed: -0.027200000000000002, decimals: 1, target: 0.16, targetDecimals: 1, previous: 0.16447368421052633, previousDecimals: 3 }, names: NAMES, message: /angegeben \+2,7 %/ }],
    },
    {
      name: "zwei Nachkommastellen, −2,70 % knapp daneben",
      snapshot: () => example().set("ZIE_IQ_Veraenderung", -0.027).setFormat("ZIE_IQ_Veraenderung", "0.00%").snapshot(),
      findings: [{ rule: "ziele/veraenderung-iq", severity: "warning", messageId: "abweichung", data: { stated: -0.027, computed: -0.027200000000000002, decimals: 2, target: 0.16, targetDecimals: 1, previous: 0.16447368421052633, previousDecimals: 3 }, names: NAMES, message: /angegeben −2,70 %, berechnet −2,72 %/ }],
    },
  ],
});
