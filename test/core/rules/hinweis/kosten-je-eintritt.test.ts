// Tests of hinweis/kosten-je-eintritt on copies of the example with Neubewilligungen Ist and Plan per instrument.
import { hinweisKostenJeEintritt } from "../../../../src/core/rules/hinweis/kosten-je-eintritt";
import { example } from "../../../helpers/example";
import { foeWithMoneyColumns } from "../../../helpers/issue15";
import { testRule } from "../../../helpers/ruleTester";

// FbW 56 → 37 entries, EGZ 59 → 64 (the example's first two instruments)
const money = (ist: number[], plan: number[]) =>
  foeWithMoneyColumns([
    { heading: "Neubewilligungen Ist 2023", total: null, perInstrument: ist },
    { heading: "Neubewilligungen Plan 2024", total: null, perInstrument: plan },
  ]);

testRule(hinweisKostenJeEintritt, {
  valid: [
    { name: "das Beispiel (keine Geldspalten)", snapshot: () => example().snapshot() },
    { name: "je Eintritt 2.000 € → 2.900 € (+45 %)", snapshot: () => money([112_000, 59_000], [107_300, 64_000]) },
  ],
  invalid: [
    {
      name: "FbW je Eintritt 2.000 € → 4.000 €",
      snapshot: () => money([112_000, 59_000], [148_000, 64_000]),
      findings: [
        {
          rule: "hinweis/kosten-je-eintritt", severity: "info", messageId: "aenderung",
          data: { row: 2, instrument: "Förderung berufliche Weiterbildung", ist: 2000, plan: 4000, change: 1 },
          names: ["FOE_Tabelle"],
          message: "FOE_Tabelle, „Förderung berufliche Weiterbildung“: Neubewilligungen je Eintritt Plan 4.000 € ggü. Ist 2.000 € (+100,0 %)",
        },
      ],
    },
  ],
});
