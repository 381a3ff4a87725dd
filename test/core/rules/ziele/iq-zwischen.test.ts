// Tests of ziele/iq-zwischen.
import { zieleIqZwischen } from "../../../../src/core/rules/ziele/iq-zwischen";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_IQ", "ZIE_IQ_Maenner", "ZIE_IQ_Frauen"];

testRule(zieleIqZwischen, {
  valid: [
    { name: "das Beispiel (12,7 ≤ 16,0 ≤ 19,5)", snapshot: () => example().snapshot() },
    { name: "auf der Grenze", snapshot: () => changeExample({ ZIE_IQ_Frauen: 0.16 }) },
    { name: "Frauen höher als Männer", snapshot: () => changeExample({ ZIE_IQ_Frauen: 0.195, ZIE_IQ_Maenner: 0.127 }) },
  ],
  invalid: [
    {
      name: "Frauen 17,0 %",
      snapshot: () => changeExample({ ZIE_IQ_Frauen: 0.17 }),
      findings: [
        {
          rule: "ziele/iq-zwischen",
          severity: "warning", messageId: "nichtZwischen", data: { total: 0.16, maenner: 0.195, frauen: 0.17 },
          names: NAMES,
          message: "IQ-Ziel gesamt (16,0 %) liegt nicht zwischen den Zielen für Männer (19,5 %) und Frauen (17,0 %)",
        },
      ],
    },
  ],
});
