// Tests of typen/anzahl: counts whole and non-negative.
import { typenAnzahl } from "../../../../src/core/rules/typen/anzahl";
import { changeExample, example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenAnzahl, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "0 ist eine Anzahl", snapshot: () => changeExample({ KUN_Alleinerziehende: 0 }) },
    // Issue 8, case 1: stocks are means of monthly values and may be fractional.
    { name: "Bestand =MITTELWERT(…) 4.559,58", snapshot: () => example().setFormula("ZIE_ELB_VJ", "=AVERAGE(F1:F12)", 4559.58).setFormula("KUN_ELB", "=AVERAGE(G1:G12)", 4559.58).snapshot() },
    { name: "LZB-Ziel =AIP.LZB_ZIEL(2560;6,3%) 2.721,28", snapshot: () => example().setFormula("ZIE_LZB", "=AIP.LZB_ZIEL(2560,0.063)", 2721.28).snapshot() },
    { name: "LZB Männer/Frauen und Vorjahresbestände mit Nachkommastellen", snapshot: () => example().withPreviousYear().setMany({ ZIE_LZB_Maenner: 1301.4, ZIE_LZB_Frauen: 1419.9, ZIE_LZB_VJ: 2559.7, ZIE_LZB_Maenner_VJ: 1250.2, ZIE_LZB_Frauen_VJ: 1309.5 }).snapshot() },
  ],
  invalid: [
    {
      name: "negativer Bestand",
      snapshot: () => changeExample({ ZIE_LZB: -2721.28 }),
      findings: [
        {
          rule: "typen/anzahl", severity: "error", messageId: "bestand", data: { name: "ZIE_LZB", value: -2721.28 }, names: ["ZIE_LZB"], cells: ["Ziele!B11"],
          message: "ZIE_LZB (Ziel Bestand Langzeitleistungsbeziehende (JDW)) enthält −2.721,28, erwartet einen nicht negativen Bestand (Durchschnitt, Nachkommastellen erlaubt)",
        },
      ],
    },
    {
      name: "Alleinerziehende bleiben ganze Zahlen",
      snapshot: () => changeExample({ KUN_Alleinerziehende: 683.5 }),
      findings: [{ rule: "typen/anzahl", severity: "error", messageId: "anzahl", data: { name: "KUN_Alleinerziehende", value: 683.5 }, names: ["KUN_Alleinerziehende"] }],
    },
    {
      name: "Bruchteil",
      snapshot: () => changeExample({ PER_Beschaeftigte: 122.5 }),
      findings: [{ rule: "typen/anzahl", severity: "error", messageId: "anzahl", data: { name: "PER_Beschaeftigte", value: 122.5 }, names: ["PER_Beschaeftigte"], cells: ["Personal!B3"], message: /122,5/ }],
    },
    {
      name: "negativ",
      snapshot: () => changeExample({ ZIE_Integrationen_VJ: -750 }),
      findings: [{ rule: "typen/anzahl", severity: "error", messageId: "anzahl", data: { name: "ZIE_Integrationen_VJ", value: -750 }, names: ["ZIE_Integrationen_VJ"], message: /−750/ }],
    },
    {
      name: "negativer Planwert",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Einstiegsgeld"), "plan", -78).snapshot(),
      findings: [{ rule: "typen/anzahl", severity: "error", messageId: "anzahl", data: { name: "FOE_Tabelle", row: 13, column: "plan", label: "Einstiegsgeld", value: -78 }, names: ["FOE_Tabelle"], cells: ["Förderung!D15"] }],
    },
  ],
});
