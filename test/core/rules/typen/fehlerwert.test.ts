// Tests of typen/fehlerwert: error values in cells.
import { typenFehlerwert } from "../../../../src/core/rules/typen/fehlerwert";
import { changeExample, example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenFehlerwert, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "#DIV/0! in der IQ des Vorjahres",
      snapshot: () => changeExample({ ZIE_IQ_VJ: { error: "#DIV/0!" } }),
      findings: [{ rule: "typen/fehlerwert", severity: "error", messageId: "fehlerwert", data: { name: "ZIE_IQ_VJ", error: "#DIV/0!" }, names: ["ZIE_IQ_VJ"], cells: ["Ziele!B5"], message: /#DIV\/0!/ }],
    },
    {
      name: "#N/A im Jobcenter-Namen",
      snapshot: () => changeExample({ AIP_Jobcenter: { error: "#N/A" } }),
      findings: [{ rule: "typen/fehlerwert", severity: "error", messageId: "fehlerwert", data: { name: "AIP_Jobcenter", error: "#N/A" }, names: ["AIP_Jobcenter"] }],
    },
    {
      name: "#VALUE! in der Tabelle",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("Eingliederungszuschuss"), "ist", { error: "#VALUE!" }).snapshot(),
      findings: [{ rule: "typen/fehlerwert", severity: "error", messageId: "fehlerwert", data: { name: "FOE_Tabelle", row: 3, column: "ist", label: "Eingliederungszuschuss", error: "#VALUE!" }, names: ["FOE_Tabelle"], cells: ["Förderung!C5"] }],
    },
  ],
});
