// Tests of typen/anzahl: counts whole and non-negative.
import { typenAnzahl } from "../../../../src/core/rules/typen/anzahl";
import { changeExample, example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenAnzahl, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "0 ist eine Anzahl", snapshot: () => changeExample({ KUN_Alleinerziehende: 0 }) },
  ],
  invalid: [
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
