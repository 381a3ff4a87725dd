// Tests of abstimmung/vzae-summe.
import { abstimmungVzaeSumme } from "../../../../src/core/rules/abstimmung/vzae-summe";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(abstimmungVzaeSumme, {
  valid: [
    { name: "das Beispiel (115,0)", snapshot: () => example().snapshot() },
    { name: "Rundung 115,04", snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.04 }) },
  ],
  invalid: [
    {
      name: "Gesamt 116,0",
      snapshot: () => changeExample({ PER_VZAE_Gesamt: 116 }),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error", messageId: "summe", data: { total: 116, sum: 115, difference: 1 },
          names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
          message: "VZÄ gesamt (116,0 VZÄ) ≠ Summe der Bereiche (115,0 VZÄ), Differenz 1,0 VZÄ",
        },
      ],
    },
    {
      // Typed one-decimal VZÄ are exact planned figures: 0,2 is a real difference, not rounding.
      name: "Gesamt 115,2 (Differenz 0,2)",
      snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.2 }),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error", messageId: "summe", data: { total: 115.2, sum: 115, difference: 0.20000000000000284 },
          names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
          message: "VZÄ gesamt (115,2 VZÄ) ≠ Summe der Bereiche (115,0 VZÄ), Differenz 0,2 VZÄ",
        },
      ],
    },
    {
      name: "ein Bereich um 0,1 geändert",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 39.9).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: 115.1, difference: -0.09999999999999432 }, names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"] }],
    },
    {
      name: "ein Bereich geändert",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 40.8).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: 116, difference: -1 }, names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"] }],
    },
  ],
});
