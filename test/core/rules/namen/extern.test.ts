// Tests of namen/extern: names pointing into another file.
import { namenExtern } from "../../../../src/core/rules/namen/extern";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenExtern, {
  valid: [{ name: "das Beispiel", snapshot: () => example().snapshot() }],
  invalid: [
    {
      name: "Verweis [1]",
      snapshot: () => example().breakName("BUD_VH_KFA", "extern").snapshot(),
      findings: [{ rule: "namen/extern", severity: "error", messageId: "extern", data: { name: "BUD_VH_KFA", refersTo: "=[1]Haushalt!$B$10" }, names: ["BUD_VH_KFA"], cells: [], message: /andere Datei/ }],
    },
    {
      name: "Verweis mit Dateiname",
      snapshot: () => example().setRefersTo("KUN_ELB", "='[Kunden2023.xlsx]Kunden'!$B$3").snapshot(),
      findings: [{ rule: "namen/extern", severity: "error", messageId: "extern", data: { name: "KUN_ELB", refersTo: "='[Kunden2023.xlsx]Kunden'!$B$3" }, names: ["KUN_ELB"] }],
    },
  ],
});
