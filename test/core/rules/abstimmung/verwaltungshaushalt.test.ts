// Tests of abstimmung/verwaltungshaushalt.
import { abstimmungVerwaltungshaushalt } from "../../../../src/core/rules/abstimmung/verwaltungshaushalt";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung", "BUD_VH_KFA"];

testRule(abstimmungVerwaltungshaushalt, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "Cent-Rest unter der Toleranz", snapshot: () => changeExample({ BUD_VH_KFA: 1606442.4 }) },
    {
      name: "größere Toleranz in den Einstellungen",
      snapshot: () => changeExample({ BUD_VH_KFA: 1606450 }),
      settings: { ...DEFAULT_SETTINGS, toleranzen: { ...DEFAULT_SETTINGS.toleranzen, betrag: 10 } },
    },
  ],
  invalid: [
    {
      name: "1 € zu viel",
      snapshot: () => changeExample({ BUD_VH_KFA: 1606443 }),
      findings: [
        {
          rule: "abstimmung/verwaltungshaushalt",
          severity: "error", messageId: "summe", data: { total: 9994076, einglMV: 6593989, umschichtung: 1793645, kfa: 1606443, parts: 9994077, difference: -1 },
          names: NAMES,
          cells: ["Haushalt!B7", "Haushalt!B8", "Haushalt!B9", "Haushalt!B10"],
          message: "Verwaltungshaushalt (9.994.076 €) ≠ Summe seiner Teile (6.593.989 € + 1.793.645 € + 1.606.443 € = 9.994.077 €), Differenz −1 €",
        },
      ],
    },
    {
      name: "Gesamt vertippt",
      snapshot: () => changeExample({ BUD_VH_Gesamt: 9994706 }),
      findings: [{ rule: "abstimmung/verwaltungshaushalt", severity: "error", messageId: "summe", data: { total: 9994706, einglMV: 6593989, umschichtung: 1793645, kfa: 1606442, parts: 9994076, difference: 630 }, names: NAMES }],
    },
  ],
});
