// Tests of typen/jahr: AIP_Planjahr a whole year.
import { typenJahr } from "../../../../src/core/rules/typen/jahr";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenJahr, {
  valid: [
    { name: "das Beispiel (2024)", snapshot: () => example().snapshot() },
    { name: "2025", snapshot: () => changeExample({ AIP_Planjahr: 2025 }) },
  ],
  invalid: [
    {
      name: "zweistellig",
      snapshot: () => changeExample({ AIP_Planjahr: 24 }),
      findings: [{ rule: "typen/jahr", severity: "error", messageId: "jahr", data: { name: "AIP_Planjahr", value: 24, decimals: 0 }, names: ["AIP_Planjahr"], cells: ["Haushalt!B4"] }],
    },
    {
      name: "Datum statt Jahr",
      snapshot: () => changeExample({ AIP_Planjahr: 45343 }),
      findings: [{ rule: "typen/jahr", severity: "error", messageId: "jahr", data: { name: "AIP_Planjahr", value: 45343, decimals: 0 }, names: ["AIP_Planjahr"] }],
    },
  ],
});
