// Tests of ziele/iq-vorjahr: IQ_VJ = integrations / ELB, formula exact, typed value within its rounding.
import { zieleIqVorjahr } from "../../../../src/core/rules/ziele/iq-vorjahr";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_IQ_VJ", "ZIE_Integrationen_VJ", "ZIE_ELB_VJ"];

testRule(zieleIqVorjahr, {
  valid: [
    { name: "das Beispiel (Formel 750 / 4.560)", snapshot: () => example().snapshot() },
    { name: "eingetippt wie gedruckt: 16,4 %", snapshot: () => changeExample({ ZIE_IQ_VJ: 0.164 }) },
  ],
  invalid: [
    {
      name: "Integrationen 760, alte Formelzahl",
      snapshot: () => changeExample({ ZIE_Integrationen_VJ: 760 }),
      findings: [
        {
          rule: "ziele/iq-vorjahr",
          severity: "warning", messageId: "abweichung", data: { iq: 0.16447368421052633, integrations: 760, elb: 4560, computed: 0.16666666666666666 },
          names: NAMES,
          cells: ["Ziele!B5", "Ziele!B3", "Ziele!B4"],
          message: "IQ Vorjahr (16,447 %) ≠ Integrationen / ELB im Vorjahr (760 / 4.560 = 16,667 %)",
        },
      ],
    },
    {
      name: "eingetippt 16,3 %",
      snapshot: () => changeExample({ ZIE_IQ_VJ: 0.163 }),
      findings: [{ rule: "ziele/iq-vorjahr", severity: "warning", messageId: "abweichung", data: { iq: 0.163, integrations: 750, elb: 4560, computed: 0.16447368421052633 }, names: NAMES }],
    },
  ],
});
