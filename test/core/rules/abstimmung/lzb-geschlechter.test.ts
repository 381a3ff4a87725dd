// Tests of abstimmung/lzb-geschlechter.
import { abstimmungLzbGeschlechter } from "../../../../src/core/rules/abstimmung/lzb-geschlechter";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen"];

testRule(abstimmungLzbGeschlechter, {
  valid: [
    { name: "das Beispiel (1.301 + 1.420 = 2.721)", snapshot: () => example().snapshot() },
    // Issue 8, case 4: separately rounded stocks may differ by 1 (default), also as fractional means.
    { name: "Frauen 1.421: 2.722 ggü. 2.721 (Standard-Toleranz 1)", snapshot: () => changeExample({ ZIE_LZB_Frauen: 1421 }) },
    { name: "Durchschnitte 1.301,2 + 1.419,5 ggü. 2.721,28", snapshot: () => changeExample({ ZIE_LZB: 2721.28, ZIE_LZB_Maenner: 1301.2, ZIE_LZB_Frauen: 1419.5 }) },
  ],
  invalid: [
    {
      name: "Toleranz 0 in den Einstellungen: Frauen 1.421",
      snapshot: () => changeExample({ ZIE_LZB_Frauen: 1421 }),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "abstimmung/lzb-geschlechter": { params: { toleranz: 0 } } } },
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
    {
      name: "über der Toleranz: Frauen 1.422",
      snapshot: () => changeExample({ ZIE_LZB_Frauen: 1422 }),
      findings: [{ rule: "abstimmung/lzb-geschlechter", severity: "error", messageId: "summe", data: { maenner: 1301, frauen: 1422, sum: 2723, total: 2721 }, names: NAMES }],
    },
    {
      name: "Durchschnitte 1.301,2 + 1.418,5 = 2.719,7 ggü. 2.721,28",
      snapshot: () => changeExample({ ZIE_LZB: 2721.28, ZIE_LZB_Maenner: 1301.2, ZIE_LZB_Frauen: 1418.5 }),
      findings: [
        {
          rule: "abstimmung/lzb-geschlechter", severity: "error", messageId: "summe", data: { maenner: 1301.2, frauen: 1418.5, sum: 2719.7, total: 2721.28 }, names: NAMES,
          message: "LZB-Ziel Männer (1.301,2) + Frauen (1.418,5) = 2.719,7 ≠ LZB-Ziel gesamt (2.721,28)",
        },
      ],
    },
  ],
});
