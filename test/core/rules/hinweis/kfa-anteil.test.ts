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
          severity: "info", messageId: "anteilBund",
          // (6.593.989 + 1.793.645) × 15,2 / 84,8 = 1.503.444 €; 1.606.442 − 1.503.444 = 102.998 € more.
          data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152, federal: 8387634, implied: 1503444, bund: 0.848, cents: 0, difference: 102998, direction: "mehr" },
          names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"],
          cells: ["Haushalt!B10", "Haushalt!B7", "Haushalt!B8", "Haushalt!B9"],
          message:
            "Kommunaler Finanzierungsanteil 1.606.442 € = 16,1 % des Verwaltungshaushalts (9.994.076 €); § 46 Abs. 3 SGB II sieht 15,2 % der Gesamtverwaltungskosten vor: zum Bundesanteil von 8.387.634 € (BUD_VH_EinglMV + BUD_VH_Umschichtung) gehören 1.503.444 € (× 15,2 % / 84,8 %), geplant sind 102.998 € mehr",
          messageEn: /the federal part of €8,387,634 \(BUD_VH_EinglMV \+ BUD_VH_Umschichtung\) implies €1,503,444 \(× 15\.2% \/ 84\.8%\), €102,998 more is planned$/,
        },
      ],
    },
    {
      name: "als Warnung eingestellt",
      snapshot: () => example().snapshot(),
      settings: { toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 }, regeln: { "hinweis/kfa-anteil": { severity: "warning" } } },
      findings: [{ rule: "hinweis/kfa-anteil", severity: "warning", messageId: "anteilBund", data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152, federal: 8387634, implied: 1503444, bund: 0.848, cents: 0, difference: 102998, direction: "mehr" }, names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"] }],
    },
    {
      // Issue 8, case 6: a negative Umschichtung lowers the federal part (6.093.989 × 15,2 / 84,8 = 1.092.319 €).
      name: "negative Umschichtung (−500.000 €), Summe geht auf",
      snapshot: () => changeExample({ BUD_VH_Umschichtung: -500000, BUD_VH_Gesamt: 7700431 }),
      findings: [{ rule: "hinweis/kfa-anteil", severity: "info", messageId: "anteilBund", data: { kfa: 1606442, share: 0.20861715402683303, total: 7700431, soll: 0.152, federal: 6093989, implied: 1092319, bund: 0.848, cents: 0, difference: 514123, direction: "mehr" }, names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"], message: /zum Bundesanteil von 6\.093\.989 € \(BUD_VH_EinglMV \+ BUD_VH_Umschichtung\) gehören 1\.092\.319 €/ }],
    },
    {
      // Cent amounts (formula results): the implied amount and the difference to the cent, all amounts printed
      // with cents, never "gehören 1.503.444 €" beside "102.998,12 € mehr".
      name: "KFA mit Cent (1.606.442,12 €): alle Beträge auf Cent",
      snapshot: () => example().setFormula("BUD_VH_KFA", "=B7*0.1607", 1606442.12).snapshot(),
      findings: [
        {
          rule: "hinweis/kfa-anteil", severity: "info", messageId: "anteilBund",
          data: { kfa: 1606442.12, share: 0.16073943404072574, total: 9994076, soll: 0.152, federal: 8387634, implied: 1503443.83, bund: 0.848, cents: 2, difference: 102998.29, direction: "mehr" },
          names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"],
          message:
            "Kommunaler Finanzierungsanteil 1.606.442,12 € = 16,1 % des Verwaltungshaushalts (9.994.076,00 €); § 46 Abs. 3 SGB II sieht 15,2 % der Gesamtverwaltungskosten vor: zum Bundesanteil von 8.387.634,00 € (BUD_VH_EinglMV + BUD_VH_Umschichtung) gehören 1.503.443,83 € (× 15,2 % / 84,8 %), geplant sind 102.998,29 € mehr",
          messageEn: /the federal part of €8,387,634\.00 \(BUD_VH_EinglMV \+ BUD_VH_Umschichtung\) implies €1,503,443\.83 \(× 15\.2% \/ 84\.8%\), €102,998\.29 more is planned$/,
        },
      ],
    },
    {
      name: "Cent nur in der Umschichtung: der KFA ebenso mit Cent",
      snapshot: () => example().setFormula("BUD_VH_Umschichtung", "=X", 1793645.5).snapshot(),
      findings: [
        {
          rule: "hinweis/kfa-anteil", severity: "info", messageId: "anteilBund",
          data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152, federal: 8387634.5, implied: 1503443.92, bund: 0.848, cents: 2, difference: 102998.08, direction: "mehr" },
          names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"],
          message: /^Kommunaler Finanzierungsanteil 1\.606\.442,00 € .* gehören 1\.503\.443,92 € .*geplant sind 102\.998,08 € mehr$/,
        },
      ],
    },
    {
      name: "ohne Bundesteile: nur der Anteil",
      snapshot: () => example().removeName("BUD_VH_EinglMV").snapshot(),
      findings: [
        {
          rule: "hinweis/kfa-anteil", severity: "info", messageId: "anteil", data: { kfa: 1606442, share: 0.16073942203361272, total: 9994076, soll: 0.152 }, names: ["BUD_VH_KFA", "BUD_VH_Gesamt"],
          message: "Kommunaler Finanzierungsanteil 1.606.442 € = 16,1 % des Verwaltungshaushalts (9.994.076 €); § 46 Abs. 3 SGB II sieht 15,2 % der Gesamtverwaltungskosten vor",
        },
      ],
    },
  ],
});
