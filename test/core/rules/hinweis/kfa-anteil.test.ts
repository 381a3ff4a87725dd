// Tests of hinweis/kfa-anteil: municipal share vs 15.2 %.
import { hinweisKfaAnteil } from "../../../../src/core/rules/hinweis/kfa-anteil";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(hinweisKfaAnteil, {
  valid: [
    {
      name: "genau 15,2 % (Teile angepasst)",
      snapshot: () => changeExample({ BUD_VH_KFA: 1519099, BUD_VH_Umschichtung: 1880988 }),
    },
    { name: "im Beispiel abgeschaltet", snapshot: () => example().snapshot(), settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "hinweis/kfa-anteil": { severity: "off" } } } },
  ],
  invalid: [
    {
      name: "das Beispiel: 16,1 %",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "hinweis/kfa-anteil",
          severity: "info", messageId: "anteil", data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152 },
          names: ["BUD_VH_KFA", "BUD_VH_Gesamt"],
          cells: ["Haushalt!B10", "Haushalt!B7"],
          message: "Kommunaler Finanzierungsanteil 1.606.442 € = 16,1 % des Verwaltungshaushalts (9.994.076 €); § 46 Abs. 3 SGB II sieht 15,2 % der Gesamtverwaltungskosten vor",
        },
      ],
    },
    {
      name: "als Warnung eingestellt",
      snapshot: () => example().snapshot(),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "hinweis/kfa-anteil": { severity: "warning" } } },
      findings: [{ rule: "hinweis/kfa-anteil", severity: "warning", messageId: "anteil", data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152 }, names: ["BUD_VH_KFA", "BUD_VH_Gesamt"] }],
    },
  ],
});
