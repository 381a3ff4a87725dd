// Tests of namen/blattbezogen: a contract name defined only for one sheet.
import { namenBlattbezogen } from "../../../../src/core/rules/namen/blattbezogen";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(namenBlattbezogen, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "mappenweit plus blattbezogen ist Sache von namen/doppelt", snapshot: () => example().addSheetScopedDuplicate("BUD_VH_KFA", "Personal").snapshot() },
  ],
  invalid: [
    {
      name: "BUD_VH_KFA nur für Blatt Haushalt",
      snapshot: () => example().makeSheetScoped("BUD_VH_KFA", "Haushalt").snapshot(),
      findings: [{ rule: "namen/blattbezogen", severity: "error", messageId: "blattbezogen", data: { name: "BUD_VH_KFA", sheets: ["Haushalt"] }, names: ["BUD_VH_KFA"], cells: ["Haushalt!B10"], message: /nur für Blatt „Haushalt“/ }],
    },
  ],
});
