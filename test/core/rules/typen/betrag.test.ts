// Tests of typen/betrag: budget amounts are non-negative, except BUD_VH_Umschichtung (issue 8, case 6).
import { typenBetrag } from "../../../../src/core/rules/typen/betrag";
import { check } from "../../../../src/core/engine";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

// Money moved from the administrative into the integration budget: Umschichtung −500.000 €, total reconciled.
const negativeUmschichtung = () => changeExample({ BUD_VH_Umschichtung: -500000, BUD_VH_Gesamt: 7700431 });

testRule(typenBetrag, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "negative Umschichtung", snapshot: negativeUmschichtung },
    { name: "Betrag mit Cent", snapshot: () => changeExample({ BUD_EB_Vorbindungen: 1632293.5, BUD_EB_Neubewilligungen: 1338063.5 }) },
  ],
  invalid: [
    {
      name: "negative Neubewilligungen",
      snapshot: () => changeExample({ BUD_EB_Neubewilligungen: -1 }),
      findings: [
        {
          rule: "typen/betrag",
          severity: "error", messageId: "betrag", data: { name: "BUD_EB_Neubewilligungen", value: -1 },
          names: ["BUD_EB_Neubewilligungen"],
          cells: ["Haushalt!B14"],
          message: "BUD_EB_Neubewilligungen (Eingliederungsbudget Neubewilligungen) enthält −1 €, erwartet einen nicht negativen Betrag",
        },
      ],
    },
  ],
});

describe("negative BUD_VH_Umschichtung with reconciled totals (issue 8, case 6)", () => {
  it("gives no error and no finding beyond the example's, only the KFA hint's changed figures", () => {
    const findings = check(negativeUmschichtung());
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.names.includes("BUD_VH_Umschichtung")).map((f) => f.rule)).toEqual(["hinweis/kfa-anteil"]);
  });
});
