// Tests of abstimmung/eingliederungsbudget.
import { abstimmungEingliederungsbudget } from "../../../../src/core/rules/abstimmung/eingliederungsbudget";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen"];

testRule(abstimmungEingliederungsbudget, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "beide Teile verschoben", snapshot: () => changeExample({ BUD_EB_Vorbindungen: 1632000, BUD_EB_Neubewilligungen: 1338357 }) },
  ],
  invalid: [
    {
      name: "Vorbindungen +1 €",
      snapshot: () => changeExample({ BUD_EB_Vorbindungen: 1632295 }),
      findings: [{ rule: "abstimmung/eingliederungsbudget", severity: "error", messageId: "summe", data: { total: 2970357, vorbindungen: 1632295, neubewilligungen: 1338063, parts: 2970358, difference: -1 }, names: NAMES, message: /2\.970\.357 €.*2\.970\.358 €/ }],
    },
  ],
});
