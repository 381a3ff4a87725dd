// Tests of typen/datum: AIP_Stand a plausible date.
import { typenDatum } from "../../../../src/core/rules/typen/datum";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenDatum, {
  valid: [
    { name: "das Beispiel (21.02.2024)", snapshot: () => example().snapshot() },
    { name: "1.1.2025", snapshot: () => changeExample({ AIP_Stand: 45658 }) },
    { name: "Datum als Text meldet typen/zahl, nicht diese Regel", snapshot: () => changeExample({ AIP_Stand: "21.02.2024" }) },
  ],
  invalid: [
    {
      name: "Seriennummer aus 1900",
      snapshot: () => changeExample({ AIP_Stand: 21 }),
      findings: [{ rule: "typen/datum", severity: "error", messageId: "datum", data: { name: "AIP_Stand", value: 21, decimals: 0 }, names: ["AIP_Stand"], cells: ["Haushalt!B5"] }],
    },
    {
      name: "Jahreszahl statt Datum",
      snapshot: () => changeExample({ AIP_Stand: 2024 }),
      findings: [{ rule: "typen/datum", severity: "error", messageId: "datum", data: { name: "AIP_Stand", value: 2024, decimals: 0 }, names: ["AIP_Stand"] }],
    },
  ],
});
