// Tests of ziele/weitere-veraenderung on copies of the example with a table of further targets (the source has none).
import { zieleWeitereVeraenderung } from "../../../../src/core/rules/ziele/weitere-veraenderung";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const FITTING = [
  ["IQ Alleinerziehende (K2E4)", 0.12, 0.125, 0.042],
  ["Soziale Teilhabe (Eintritte)", 120, 130, 0.083],
  ["Anteil Frauen an den Integrationen", 0.45, 0.47, 0.02, "%-Pkt."],
] as const;
const HEADER = ["Kennzahl", "Vorjahr", "Ziel", "Veränderung ggü. VJ", "Einheit"];

testRule(zieleWeitereVeraenderung, {
  valid: [
    { name: "das Beispiel (ohne ZIE_Weitere)", snapshot: () => example().snapshot() },
    { name: "relativ und in %-Pkt., rundungsgenau", snapshot: () => example().withFurtherTargets(FITTING).snapshot() },
    { name: "mit Kopfzeile", snapshot: () => example().withFurtherTargets(FITTING, HEADER).snapshot() },
    {
      name: "Kopf „Veränderung in %-Pkt.“ gilt für jede Zeile",
      snapshot: () => example().withFurtherTargets([["Anteil Frauen", 0.45, 0.47, 0.02, ""]], ["Kennzahl", "Vorjahr", "Ziel", "Veränderung in %-Pkt.", "Einheit"]).snapshot(),
    },
  ],
  invalid: [
    {
      name: "IQ der LZB: +10 % gerechnet, +5 % angegeben",
      snapshot: () => example().withFurtherTargets([...FITTING, ["IQ LZB (K3E1)", 0.1, 0.11, 0.05]], HEADER).snapshot(),
      findings: [
        {
          rule: "ziele/weitere-veraenderung",
          severity: "warning",
          messageId: "relativ",
          data: {
            name: "ZIE_Weitere", row: 4, column: "veraenderung", label: "IQ LZB (K3E1)",
            stated: 0.05, computed: 0.11 / 0.1 - 1, target: 0.11, previous: 0.1, fitLo: 0.11 / 1.0505, fitHi: 0.11 / 1.0495, decimals: 4,
          },
          names: ["ZIE_Weitere"],
          cells: ["Ziele!B27", "Ziele!C27", "Ziele!D27"],
          message:
            "ZIE_Weitere, Zeile 4 („IQ LZB (K3E1)“), Spalte „Veränderung ggü. VJ“: angegeben +5,0 %, berechnet +10,0 % (Ziel 0,1100 ggü. Vorjahr 0,1000); +5,0 % passt zu einem Vorjahreswert von 0,1047 bis 0,1048",
        },
      ],
    },
    {
      name: "Prozentpunkte: +2,0 gerechnet, +3,0 angegeben",
      snapshot: () => example().withFurtherTargets([["Anteil Frauen", 0.45, 0.47, 0.03, "%-Pkt."]]).snapshot(),
      findings: [
        {
          rule: "ziele/weitere-veraenderung",
          severity: "warning",
          messageId: "prozentpunkte",
          data: { name: "ZIE_Weitere", row: 1, column: "veraenderung", label: "Anteil Frauen", stated: 0.03, computed: 0.47 - 0.45, target: 0.47, previous: 0.45, decimals: 4 },
          names: ["ZIE_Weitere"],
          message: /angegeben 3,00 %-Pkt\., berechnet 2,00 %-Pkt\./,
        },
      ],
    },
  ],
});
