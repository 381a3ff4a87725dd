// abstimmung/anteile-summe: shares that split a whole (BA + Kommune, Frauen + Männer, BG sizes) add to 100 %.
import { shareHalfUnit } from "../helpers";
import type { Rule, RuleContext, RuleReport } from "../types";

export interface Part {
  value: number;
  cell: string;
  halfUnit: number;
}

/** The parts' sum and whether it lies below, at (within rounding) or above 100 %. */
export function sumAgainstWhole(parts: readonly Part[]): { sum: number; side: -1 | 0 | 1 } {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  // Each share typed as printed may be off by its half-unit, so their sum may be off by the sum of those.
  const tolerance = parts.reduce((s, p) => s + p.halfUnit, 0) + 1e-9;
  return { sum, side: Math.abs(sum - 1) <= tolerance ? 0 : sum < 1 ? -1 : 1 };
}

/** A pair of single-cell shares as parts, or undefined when either is missing or broken. */
export function sharePair(ctx: RuleContext, a: string, b: string) {
  const fa = ctx.view.figure(a);
  const fb = ctx.view.figure(b);
  if (!fa || !fb) return undefined;
  const fallback = ctx.settings.toleranzen.anteil;
  const part = (f: NonNullable<typeof fa>): Part => ({ value: f.value, cell: f.cell, halfUnit: shareHalfUnit(f.formula, f.format, fallback) });
  return { fa, fb, ...sumAgainstWhole([part(fa), part(fb)]) };
}

/** `sides` says which deviations this rule reports (the gender pair's shortfall is abstimmung/anteile-divers). */
function pair(ctx: RuleContext, messageId: "personal" | "geschlecht", a: string, b: string, sides: readonly number[]): RuleReport[] {
  const p = sharePair(ctx, a, b);
  if (!p || !sides.includes(p.side)) return [];
  return [{ messageId, data: { a: p.fa.value, b: p.fb.value, sum: p.sum }, names: [p.fa.name, p.fb.name], cells: [p.fa.cell, p.fb.cell] }];
}

export const abstimmungAnteileSumme: Rule = {
  meta: {
    id: "abstimmung/anteile-summe",
    family: "abstimmung",
    severity: "error",
    title: "Anteile ergeben nicht 100 %",
    titleEn: "Shares do not add up to 100%",
    description:
      "Anteile, die ein Ganzes aufteilen, müssen zusammen 100 % ergeben: Personal BA + Kommune (PER_Anteil_BA, PER_Anteil_Kommune), Frauen + Männer (PER_Anteil_Frauen, PER_Anteil_Maenner, wenn beide vorhanden; hier ist nur eine Summe über 100 % ein Fehler, darunter kann der Rest divers oder ohne Angabe sein, das meldet `abstimmung/anteile-divers` als Warnung) und die Haushaltsgrößen in KUN_BG_Groesse. Rundung: ein eingetippter Anteil kann um eine halbe letzte Stelle seines Zahlenformats vom wahren Wert abweichen (bei 0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.anteil`); die Summe darf um die Summe dieser Rundungen von 100 % abweichen. Formelergebnisse gelten als genau. Im Beispiel 2024: 78 + 22, 86 + 14 und 60 + 20 + 20 = 100 %.",
    names: ["PER_Anteil_BA", "PER_Anteil_Kommune", "PER_Anteil_Frauen", "PER_Anteil_Maenner", "KUN_BG_Groesse"],
    nameGroups: [["PER_Anteil_BA", "PER_Anteil_Kommune"], ["PER_Anteil_Frauen", "PER_Anteil_Maenner"], ["KUN_BG_Groesse"]],
    messages: {
      personal: {
        de: "Personalanteile: BA ({a, percent}) + Kommune ({b, percent}) = {sum, percent}, erwartet 100 %",
        en: "Staff shares: Federal Employment Agency ({a, percent}) + municipality ({b, percent}) = {sum, percent}, expected 100%",
      },
      geschlecht: {
        de: "Personal nach Geschlecht: Frauen ({a, percent}) + Männer ({b, percent}) = {sum, percent}, mehr als 100 %",
        en: "Staff by gender: women ({a, percent}) + men ({b, percent}) = {sum, percent}, more than 100%",
      },
      bgGroesse: {
        de: "Bedarfsgemeinschaften nach Größe ({labels, quote}): {shares, percent} = {sum, percent}, erwartet 100 %",
        en: "Benefit communities by size ({labels, quote}): {shares, percent} = {sum, percent}, expected 100%",
      },
    },
  },
  check(ctx) {
    const reports = [
      ...pair(ctx, "personal", "PER_Anteil_BA", "PER_Anteil_Kommune", [-1, 1]),
      ...pair(ctx, "geschlecht", "PER_Anteil_Frauen", "PER_Anteil_Maenner", [1]),
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
      const { sum, side } = sumAgainstWhole(parts);
      if (side !== 0) {
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
