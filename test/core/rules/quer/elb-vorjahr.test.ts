// Tests of quer/elb-vorjahr.
import { querElbVorjahr } from "../../../../src/core/rules/quer/elb-vorjahr";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(querElbVorjahr, {
  valid: [
    { name: "das Beispiel (4.560 = 4.560)", snapshot: () => example().snapshot() },
    // Issue 8, case 5: December–November (IQ denominator) vs calendar year, within 1 %, and fractional means.
    { name: "KUN_ELB 4.600 (0,9 % mehr)", snapshot: () => changeExample({ KUN_ELB: 4600 }) },
    { name: "Durchschnitte mit Nachkommastellen 4.559,58 und 4.601,25", snapshot: () => changeExample({ ZIE_ELB_VJ: 4559.58, KUN_ELB: 4601.25 }) },
    {
      name: "die alte Toleranz in Personen gilt weiter zusätzlich",
      snapshot: () => changeExample({ KUN_ELB: 4700 }),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "quer/elb-vorjahr": { params: { toleranz: 150 } } } },
    },
  ],
  invalid: [
    {
      name: "KUN_ELB 4.700 (3,0 % mehr)",
      snapshot: () => changeExample({ KUN_ELB: 4700 }),
      findings: [
        {
          rule: "quer/elb-vorjahr",
          severity: "warning", messageId: "abweichung", data: { ziele: 4560, kunden: 4700, difference: 140, relative: 0.029787234042553193, relativ: 0.01 },
          names: ["ZIE_ELB_VJ", "KUN_ELB"],
          cells: ["Ziele!B4", "Kunden!B3"],
          message: "ELB im Vorjahr bei den Zielen (4.560) ≠ ELB-Bestand der Kundenstruktur (4.700): Abweichung 140 (3,0 %), erlaubt 1,0 % (Dezember–November ggü. Kalenderjahr)",
        },
      ],
    },
    {
      name: "relativ 0 eingestellt: 4.600 wird gemeldet",
      snapshot: () => changeExample({ KUN_ELB: 4600 }),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "quer/elb-vorjahr": { params: { relativ: 0 } } } },
      findings: [
        {
          rule: "quer/elb-vorjahr", severity: "warning", messageId: "abweichung", data: { ziele: 4560, kunden: 4600, difference: 40, relative: 0.008695652173913044, relativ: 0 },
          names: ["ZIE_ELB_VJ", "KUN_ELB"],
        },
      ],
    },
  ],
});
