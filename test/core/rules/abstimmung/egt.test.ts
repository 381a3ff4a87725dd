// Tests of abstimmung/egt on copies of the example with an allocation (the source prints none).
import { abstimmungEgt } from "../../../../src/core/rules/abstimmung/egt";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["BUD_EGT_Zuteilung", "BUD_EB_Gesamt", "BUD_VH_Umschichtung"];

testRule(abstimmungEgt, {
  valid: [
    { name: "das Beispiel (ohne Zuteilung)", snapshot: () => example().snapshot() },
    { name: "Zuteilung 4.764.002 € = 2.970.357 + 1.793.645", snapshot: () => example().withAllocation().snapshot() },
    { name: "negative Umschichtung mindert die Summe", snapshot: () => example().withAllocation(2_870_357).set("BUD_VH_Umschichtung", -100_000).snapshot() },
  ],
  invalid: [
    {
      name: "Zuteilung 100.000 € höher, mit Stand",
      snapshot: () => example().withAllocation(4_864_002).snapshot(),
      findings: [
        {
          rule: "abstimmung/egt",
          severity: "warning",
          messageId: "summeStand",
          data: { budget: 2970357, umschichtung: 1793645, parts: 4764002, zuteilung: 4864002, difference: 100000, stand: 45306 },
          names: [...NAMES, "BUD_Zuteilung_Stand"],
          cells: ["Haushalt!B16", "Haushalt!B12", "Haushalt!B9", "Haushalt!B18"],
          message: "Eingliederungsbudget (2.970.357 €) + Umschichtung (1.793.645 €) = 4.764.002 € ≠ Zuteilung Eingliederungstitel (4.864.002 €, Stand 15.01.2024), Differenz 100.000 €; ist die Zuteilung noch aktuell?",
          messageEn: /as of 2024-01-15/,
        },
      ],
    },
    {
      name: "ohne Stand",
      snapshot: () => example().withAllocation(4_764_001).removeName("BUD_Zuteilung_Stand").snapshot(),
      findings: [
        {
          rule: "abstimmung/egt",
          severity: "warning",
          messageId: "summe",
          data: { budget: 2970357, umschichtung: 1793645, parts: 4764002, zuteilung: 4764001, difference: -1 },
          names: NAMES,
        },
      ],
    },
  ],
});
