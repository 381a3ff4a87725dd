// abstimmung/anteile-divers: women + men below 100 % of the staff. The rest may be staff of diverse or
// unstated gender, so this is a warning; above 100 % is an error of abstimmung/anteile-summe.
import type { Rule } from "../types";
import { sharePair } from "./anteile-summe";

export const abstimmungAnteileDivers: Rule = {
  meta: {
    id: "abstimmung/anteile-divers",
    splitFrom: "abstimmung/anteile-summe",
    family: "abstimmung",
    severity: "warning",
    title: "Frauen + Männer unter 100 % des Personals",
    titleEn: "Women + men below 100% of staff",
    description:
      "Ergeben PER_Anteil_Frauen + PER_Anteil_Maenner weniger als 100 % (mit derselben Rundung wie `abstimmung/anteile-summe`: je eine halbe letzte Stelle des Zahlenformats), kann der Rest Personal mit Geschlecht divers oder ohne Angabe sein: eine Warnung, die Anteile zu prüfen, kein Fehler. Über 100 % bleibt ein Fehler von `abstimmung/anteile-summe`. Im Beispiel 2024: 86 + 14 = 100 %.",
    names: ["PER_Anteil_Frauen", "PER_Anteil_Maenner"],
    needsAllNames: true,
    messages: {
      unter100: {
        de: "Personal nach Geschlecht: Frauen ({a, percent}) + Männer ({b, percent}) = {sum, percent}, unter 100 %: {rest, percent} divers oder ohne Angabe? Sonst Anteile prüfen",
        en: "Staff by gender: women ({a, percent}) + men ({b, percent}) = {sum, percent}, below 100%: {rest, percent} diverse or not stated? Otherwise check the shares",
      },
    },
  },
  check(ctx) {
    const p = sharePair(ctx, "PER_Anteil_Frauen", "PER_Anteil_Maenner");
    if (!p || p.side !== -1) return [];
    return [
      {
        messageId: "unter100",
        data: { a: p.fa.value, b: p.fb.value, sum: p.sum, rest: 1 - p.sum },
        names: [p.fa.name, p.fb.name],
        cells: [p.fa.cell, p.fb.cell],
      },
    ];
  },
};
