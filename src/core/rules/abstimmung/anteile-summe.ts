// abstimmung/anteile-summe: shares that split a whole (BA + Kommune, Frauen + Männer, BG sizes) add to 100 %.
import { shareHalfUnit } from "../helpers";
import type { Rule, RuleContext, RuleReport } from "../types";

interface Part {
  value: number;
  cell: string;
  halfUnit: number;
}

/** The parts add to 100 % within their rounding: undefined, else their sum. */
function offSum(parts: Part[]): number | undefined {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  // Each share typed as printed may be off by its half-unit, so their sum may be off by the sum of those.
  const tolerance = parts.reduce((s, p) => s + p.halfUnit, 0) + 1e-9;
  return Math.abs(sum - 1) <= tolerance ? undefined : sum;
}

function pair(ctx: RuleContext, messageId: "personal" | "geschlecht", a: string, b: string): RuleReport[] {
  const fa = ctx.view.figure(a);
  const fb = ctx.view.figure(b);
  if (!fa || !fb) return [];
  const fallback = ctx.settings.toleranzen.anteil;
  const part = (f: NonNullable<typeof fa>): Part => ({ value: f.value, cell: f.cell, halfUnit: shareHalfUnit(f.formula, f.format, fallback) });
  const sum = offSum([part(fa), part(fb)]);
  if (sum === undefined) return [];
  return [{ messageId, data: { a: fa.value, b: fb.value, sum }, names: [fa.name, fb.name], cells: [fa.cell, fb.cell] }];
}

export const abstimmungAnteileSumme: Rule = {
  meta: {
    id: "abstimmung/anteile-summe",
    family: "abstimmung",
    severity: "error",
    title: "Anteile ergeben nicht 100 %",
    titleEn: "Shares do not add up to 100%",
    description:
      "Anteile, die ein Ganzes aufteilen, müssen zusammen 100 % ergeben: Personal BA + Kommune (PER_Anteil_BA, PER_Anteil_Kommune), Frauen + Männer (PER_Anteil_Frauen, PER_Anteil_Maenner, wenn beide vorhanden) und die Haushaltsgrößen in KUN_BG_Groesse. Rundung: ein eingetippter Anteil kann um eine halbe letzte Stelle seines Zahlenformats vom wahren Wert abweichen (bei 0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.anteil`); die Summe darf um die Summe dieser Rundungen von 100 % abweichen. Formelergebnisse gelten als genau. Im Beispiel 2024: 78 + 22, 86 + 14 und 60 + 20 + 20 = 100 %.",
    names: ["PER_Anteil_BA", "PER_Anteil_Kommune", "PER_Anteil_Frauen", "PER_Anteil_Maenner", "KUN_BG_Groesse"],
    messages: {
      personal: {
        de: "Personalanteile: BA ({a, percent}) + Kommune ({b, percent}) = {sum, percent}, erwartet 100 %",
        en: "Staff shares: Federal Employment Agency ({a, percent}) + municipality ({b, percent}) = {sum, percent}, expected 100%",
      },
      geschlecht: {
        de: "Personal nach Geschlecht: Frauen ({a, percent}) + Männer ({b, percent}) = {sum, percent}, erwartet 100 %",
        en: "Staff by gender: women ({a, percent}) + men ({b, percent}) = {sum, percent}, expected 100%",
      },
      bgGroesse: {
        de: "Bedarfsgemeinschaften nach Größe ({labels, quote}): {shares, percent} = {sum, percent}, erwartet 100 %",
        en: "Benefit communities by size ({labels, quote}): {shares, percent} = {sum, percent}, expected 100%",
      },
    },
  },
  check(ctx) {
    const reports = [
      ...pair(ctx, "personal", "PER_Anteil_BA", "PER_Anteil_Kommune"),
      ...pair(ctx, "geschlecht", "PER_Anteil_Frauen", "PER_Anteil_Maenner"),
    ];
    const table = ctx.view.table("KUN_BG_Groesse");
    if (table) {
      const parts: Part[] = [];
      const labels: string[] = [];
      for (let r = 0; r < table.rows; r++) {
        const value = table.num(r, "anteil");
        if (value === undefined) return reports; // broken or blank share: reported by typen/*
        labels.push(table.text(r, "groesse"));
        parts.push({
          value,
          cell: table.cell(r, "anteil"),
          halfUnit: shareHalfUnit(table.isFormula(r, "anteil"), table.format(r, "anteil"), ctx.settings.toleranzen.anteil),
        });
      }
      const sum = offSum(parts);
      if (sum !== undefined) {
        reports.push({
          messageId: "bgGroesse",
          data: { labels, shares: parts.map((p) => p.value), sum },
          names: ["KUN_BG_Groesse"],
          cells: parts.map((p) => p.cell),
        });
      }
    }
    return reports;
  },
};
