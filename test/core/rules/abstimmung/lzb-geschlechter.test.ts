// Tests of abstimmung/lzb-geschlechter.
import { abstimmungLzbGeschlechter } from "../../../../src/core/rules/abstimmung/lzb-geschlechter";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen"];

testRule(abstimmungLzbGeschlechter, {
  valid: [
    { name: "das Beispiel (1.301 + 1.420 = 2.721)", snapshot: () => example().snapshot() },
    {
      name: "Toleranz 1 in den Einstellungen",
      snapshot: () => changeExample({ ZIE_LZB_Frauen: 1421 }),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "abstimmung/lzb-geschlechter": { params: { toleranz: 1 } } } },
    },
  ],
  invalid: [
    {
      name: "Frauen 1.421",
      snapshot: () => changeExample({ ZIE_LZB_Frauen: 1421 }),
      findings: [
        {
          rule: "abstimmung/lzb-geschlechter",
          severity: "error", messageId: "summe", data: { maenner: 1301, frauen: 1421, sum: 2722, total: 2721 },
          names: NAMES,
          cells: ["Ziele!B11", "Ziele!B12", "Ziele!B13"],
          message: "LZB-Ziel Männer (1.301) + Frauen (1.421) = 2.722 ≠ LZB-Ziel gesamt (2.721)",
        },
      ],
    },
  ],
});
