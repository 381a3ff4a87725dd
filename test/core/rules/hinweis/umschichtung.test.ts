// Tests of hinweis/umschichtung: the 2024 figures with a fitting allocation give 37,6 %.
import { hinweisUmschichtung } from "../../../../src/core/rules/hinweis/umschichtung";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["BUD_VH_Umschichtung", "BUD_EGT_Zuteilung"];

testRule(hinweisUmschichtung, {
  valid: [
    { name: "das Beispiel (ohne Zuteilung)", snapshot: () => example().snapshot() },
    { name: "keine Umschichtung", snapshot: () => example().withAllocation(2970357).set("BUD_VH_Umschichtung", 0).snapshot() },
  ],
  invalid: [
    {
      name: "2024: 1.793.645 € von 4.764.002 €",
      snapshot: () => example().withAllocation().snapshot(),
      findings: [
        {
          rule: "hinweis/umschichtung",
          severity: "info",
          messageId: "quote",
          data: { umschichtung: 1793645, zuteilung: 4764002, share: 1793645 / 4764002 },
          names: NAMES,
          message: "Umschichtungsquote 37,6 %: 1.793.645 € der Zuteilung des Eingliederungstitels (4.764.002 €) fließen in den Verwaltungshaushalt",
          messageEn: /Reallocation rate 37\.6%/,
        },
      ],
    },
    {
      name: "negative Umschichtung: Geld ins Eingliederungsbudget",
      snapshot: () => example().withAllocation(2_870_357).set("BUD_VH_Umschichtung", -100_000).snapshot(),
      findings: [
        {
          rule: "hinweis/umschichtung",
          severity: "info",
          messageId: "umgekehrt",
          data: { umschichtung: 100000, zuteilung: 2870357, share: 100000 / 2870357 },
          names: NAMES,
          message: /umgekehrter Richtung: 100\.000 € aus dem Verwaltungshaushalt fließen ins Eingliederungsbudget, 3,5 %/,
        },
      ],
    },
  ],
});
