// Tests of abstimmung/vzae-summe.
import { abstimmungVzaeSumme } from "../../../../src/core/rules/abstimmung/vzae-summe";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(abstimmungVzaeSumme, {
  valid: [
    { name: "das Beispiel (115,0)", snapshot: () => example().snapshot() },
    { name: "Rundung 115,04", snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.04 }) },
    {
      // Issue 8, case 2: VZÄ with two decimals, total and areas alike.
      name: "zwei Nachkommastellen: 427,47 + 72,50 = 499,97",
      snapshot: () => example().set("PER_VZAE_Gesamt", 499.97).setFormat("PER_VZAE_Gesamt", "0.00").set("PER_Beschaeftigte", 520).setTableCell("PER_VZAE_Bereiche", 0, "vzae", 427.47).snapshot(),
    },
    {
      // A total typed as whole VZÄ (format 0) stands for 499,5 to 500,5.
      name: "Gesamt als ganze VZÄ 500 (Format 0) bei Summe 499,97",
      snapshot: () => example().set("PER_VZAE_Gesamt", 500).setFormat("PER_VZAE_Gesamt", "0").set("PER_Beschaeftigte", 520).setTableCell("PER_VZAE_Bereiche", 0, "vzae", 427.47).snapshot(),
    },
  ],
  invalid: [
    {
      name: "zwei Nachkommastellen: 499,97 ≠ 499,90, mit zwei Stellen gemeldet",
      snapshot: () => example().set("PER_VZAE_Gesamt", 499.97).setFormat("PER_VZAE_Gesamt", "0.00").set("PER_Beschaeftigte", 520).setTableCell("PER_VZAE_Bereiche", 0, "vzae", 427.4).snapshot(),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error", messageId: "summe", data: { total: 499.97, sum: 499.90000000000003, difference: 0.06999999999999318, decimals: 2 },
          names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
          message: "VZÄ gesamt (499,97 VZÄ) ≠ Summe der Bereiche (499,90 VZÄ), Differenz 0,07 VZÄ",
          messageEn: "Total FTE (499.97 FTE) ≠ sum of the areas (499.90 FTE), difference 0.07 FTE",
        },
      ],
    },
    {
      name: "Gesamt 116,0",
      snapshot: () => changeExample({ PER_VZAE_Gesamt: 116 }),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error", messageId: "summe", data: { total: 116, sum: 115, difference: 1, decimals: 1 },
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
          severity: "error", messageId: "summe", data: { total: 115.2, sum: 115, difference: 0.20000000000000284, decimals: 1 },
          names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"],
          message: "VZÄ gesamt (115,2 VZÄ) ≠ Summe der Bereiche (115,0 VZÄ), Differenz 0,2 VZÄ",
        },
      ],
    },
    {
      name: "ein Bereich um 0,1 geändert",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 39.9).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: 115.1, difference: -0.09999999999999432, decimals: 1 }, names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"] }],
    },
    {
      name: "ein Bereich geändert",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 40.8).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: 116, difference: -1, decimals: 1 }, names: ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"] }],
    },
  ],
});
