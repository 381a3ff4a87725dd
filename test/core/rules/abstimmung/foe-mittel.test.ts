// Tests of abstimmung/foe-mittel on copies of the example whose FOE_Tabelle has a header and a money column.
import { abstimmungFoeMittel } from "../../../../src/core/rules/abstimmung/foe-mittel";
import { example } from "../../../helpers/example";
import { foeWithMoney, foeWithMoneyColumns } from "../../../helpers/issue15";
import { testRule } from "../../../helpers/ruleTester";

// 10 instruments; Neubewilligungen 2024 of the example: 1.338.063 €
const NEU = [400_000, 300_000, 338_063, 100_000, 100_000, 50_000, 0, 0, 50_000, 0];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

testRule(abstimmungFoeMittel, {
  valid: [
    { name: "das Beispiel (keine Geldspalte)", snapshot: () => example().snapshot() },
    { name: "Neubewilligungen Plan = BUD_EB_Neubewilligungen", snapshot: () => foeWithMoney("Neubewilligungen Plan 2024", 1_338_063, NEU) },
    { name: "Vorbindungen 2024 = BUD_EB_Vorbindungen, ohne Gesamtwert", snapshot: () => foeWithMoney("Vorbindungen 2024", null, [1_632_294]) },
    { name: "Mittel Ist (kein Abgleich mit dem Plan-Haushalt)", snapshot: () => foeWithMoney("Mittel Ist 2023", 10, [10]) },
  ],
  invalid: [
    {
      name: "darunter-Zeilen über dem Instrument",
      snapshot: () => foeWithMoneyColumns([{ heading: "Mittel Ist 2023", total: null, perInstrument: [0, 0, 100_000], perDarunter: [60_000, 50_000, 0] }]),
      findings: [
        {
          rule: "abstimmung/foe-mittel", severity: "error", messageId: "darunter",
          data: { table: "FOE_Tabelle", column: "mittelIst", row: 4, instrument: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", sum: 110_000, total: 100_000 },
          names: ["FOE_Tabelle"],
          message: "FOE_Tabelle, Spalte Mittel Ist (€): „darunter“ unter „Maßnahmen zur Aktivierung und beruflichen Eingliederung“ zusammen 110.000 €, mehr als das Instrument (100.000 €)",
        },
      ],
    },
    {
      name: "Gesamt ≠ Summe der Instrumente",
      snapshot: () => foeWithMoney("Neubewilligungen Plan 2024", 1_338_063, [...NEU.slice(0, 9), 1]),
      findings: [
        {
          rule: "abstimmung/foe-mittel", severity: "error", messageId: "summe",
          data: { table: "FOE_Tabelle", column: "neubewilligungenPlan", total: 1_338_063, sum: sum(NEU) + 1, difference: -1 },
          names: ["FOE_Tabelle"],
          message: "FOE_Tabelle, Spalte Neubewilligungen Plan (€): Gesamt 1.338.063 € ≠ Summe der Instrumente 1.338.064 €, Differenz −1 €",
        },
      ],
    },
    {
      name: "Mittel über dem Eingliederungsbudget: Fehler",
      snapshot: () => foeWithMoney("Mittel in €", 3_000_000, [3_000_000]),
      findings: [
        {
          rule: "abstimmung/foe-mittel", severity: "error", messageId: "ueber",
          data: { table: "FOE_Tabelle", column: "mittelPlan", total: 3_000_000, difference: 29_643, budget: "BUD_EB_Gesamt", budgetValue: 2_970_357 },
          names: ["FOE_Tabelle", "BUD_EB_Gesamt"],
          message: "FOE_Tabelle, Spalte Mittel Plan (€): 3.000.000 € liegen 29.643 € über BUD_EB_Gesamt (2.970.357 €)",
        },
      ],
    },
    {
      name: "Neubewilligungen darunter: Warnung",
      snapshot: () => foeWithMoney("Neubewilligungen", 1_000_000, [1_000_000]),
      findings: [
        {
          rule: "abstimmung/foe-mittel", severity: "warning", messageId: "unter",
          data: { table: "FOE_Tabelle", column: "neubewilligungenPlan", total: 1_000_000, difference: 338_063, budget: "BUD_EB_Neubewilligungen", budgetValue: 1_338_063 },
          names: ["FOE_Tabelle", "BUD_EB_Neubewilligungen"],
          messageEn: /1,000,000 are €338,063 below BUD_EB_Neubewilligungen|€1,000,000 are €338,063 below/,
        },
      ],
    },
  ],
});
