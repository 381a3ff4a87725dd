// abstimmung/anteile-summe: shares that split a whole (BA + Kommune, Frauen + Männer, BG sizes) add to 100 %.
import { formatPercentDe } from "../../format";
import { shareHalfUnit } from "../helpers";
import type { Rule, RuleContext, RuleReport } from "../types";

interface Part {
  label: string;
  value: number;
  cell: string;
  halfUnit: number;
}

function checkWhole(what: string, names: string[], parts: Part[]): RuleReport[] {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  // Each share typed as printed may be off by its half-unit, so their sum may be off by the sum of those.
  const tolerance = parts.reduce((s, p) => s + p.halfUnit, 0) + 1e-9;
  if (Math.abs(sum - 1) <= tolerance) return [];
  const terms = parts.map((p) => `${p.label} (${formatPercentDe(p.value)})`).join(" + ");
  return [{ message: `${what}: ${terms} = ${formatPercentDe(sum)}, erwartet 100 %`, names, cells: parts.map((p) => p.cell) }];
}

function pair(ctx: RuleContext, what: string, a: [string, string], b: [string, string]): RuleReport[] {
  const fa = ctx.view.figure(a[0]);
  const fb = ctx.view.figure(b[0]);
  if (!fa || !fb) return [];
  const fallback = ctx.settings.toleranzen.anteil;
  const part = (f: NonNullable<typeof fa>, label: string): Part => ({
    label,
    value: f.value,
    cell: f.cell,
    halfUnit: shareHalfUnit(f.formula, f.format, fallback),
  });
  return checkWhole(what, [fa.name, fb.name], [part(fa, a[1]), part(fb, b[1])]);
}

export const abstimmungAnteileSumme: Rule = {
  meta: {
    id: "abstimmung/anteile-summe",
    family: "abstimmung",
    severity: "error",
    title: "Anteile ergeben nicht 100 %",
    description:
      "Anteile, die ein Ganzes aufteilen, müssen zusammen 100 % ergeben: Personal BA + Kommune (PER_Anteil_BA, PER_Anteil_Kommune), Frauen + Männer (PER_Anteil_Frauen, PER_Anteil_Maenner, wenn beide vorhanden) und die Haushaltsgrößen in KUN_BG_Groesse. Rundung: ein eingetippter Anteil kann um eine halbe letzte Stelle seines Zahlenformats vom wahren Wert abweichen (bei 0,0 % um 0,05 %-Punkte, ohne festes Format `toleranzen.anteil`); die Summe darf um die Summe dieser Rundungen von 100 % abweichen. Formelergebnisse gelten als genau. Im Beispiel 2024: 78 + 22, 86 + 14 und 60 + 20 + 20 = 100 %.",
    names: ["PER_Anteil_BA", "PER_Anteil_Kommune", "PER_Anteil_Frauen", "PER_Anteil_Maenner", "KUN_BG_Groesse"],
  },
  check(ctx) {
    const reports = [
      ...pair(ctx, "Personalanteile", ["PER_Anteil_BA", "BA"], ["PER_Anteil_Kommune", "Kommune"]),
      ...pair(ctx, "Personal nach Geschlecht", ["PER_Anteil_Frauen", "Frauen"], ["PER_Anteil_Maenner", "Männer"]),
    ];
    const table = ctx.view.table("KUN_BG_Groesse");
    if (table) {
      const parts: Part[] = [];
      for (let r = 0; r < table.rows; r++) {
        const value = table.num(r, "anteil");
        if (value === undefined) return reports; // broken or blank share: reported by typen/*
        parts.push({
          label: table.text(r, "groesse") || `Zeile ${r + 1}`,
          value,
          cell: table.cell(r, "anteil"),
          halfUnit: shareHalfUnit(table.isFormula(r, "anteil"), table.format(r, "anteil"), ctx.settings.toleranzen.anteil),
        });
      }
      reports.push(...checkWhole("Bedarfsgemeinschaften nach Größe", ["KUN_BG_Groesse"], parts));
    }
    return reports;
  },
};
