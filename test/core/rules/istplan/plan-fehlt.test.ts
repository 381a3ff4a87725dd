// Tests of istplan/plan-fehlt.
import { istplanPlanFehlt } from "../../../../src/core/rules/istplan/plan-fehlt";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(istplanPlanFehlt, {
  valid: [
    { name: "das Beispiel (Plan 0 ist ein Wert)", snapshot: () => example().snapshot() },
    {
      name: "Ist und Plan leer",
      snapshot: () =>
        example().setTableCell("FOE_Tabelle", foeRow("Freie Förderung"), "ist", null).setTableCell("FOE_Tabelle", foeRow("Freie Förderung"), "plan", null).snapshot(),
    },
  ],
  invalid: [
    {
      name: "Plan EGZ leer",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Eingliederungszuschuss"), "plan", null).snapshot(),
      findings: [
        {
          rule: "istplan/plan-fehlt",
          severity: "warning", messageId: "planFehlt", data: { row: 3, instrument: "Eingliederungszuschuss", ist: 59 },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!D5"],
          message: "FOE_Tabelle: „Eingliederungszuschuss“ hat Ist 59, aber keinen Planwert",
        },
      ],
    },
  ],
});
