// verlauf/eintritte: cumulative entries per instrument against the plan of FOE_Tabelle pro rata (or, with
// last year's monthly entries, against the plan spread like last year's entries), after a few months.
import { foeStructure } from "../../resolve/foe";
import { entriesProgress } from "../../verlauf/compute";
import type { Rule, RuleReport } from "../types";
import { monthDe, monthEn } from "./months";

/** FOE_Tabelle's instrument rows (level 1) with their plan, as the month table names them. */
export function foePlans(view: Parameters<typeof foeStructure>[0]): { label: string; plan: number | undefined }[] {
  const s = foeStructure(view);
  if (!s) return [];
  return s.instrumentRows.map((r) => ({ label: s.table.text(r, "instrument"), plan: s.table.num(r, "plan") }));
}

export const verlaufEintritte: Rule = {
  meta: {
    id: "verlauf/eintritte",
    family: "verlauf",
    severity: "warning",
    title: "Eintritte weichen vom anteiligen Plan ab",
    titleEn: "Entries differ from the pro-rata plan",
    description:
      "Aus dem Verlaufsblatt `MON_Eintritte` (Zeilen = Instrumente der Ebene 1 von `FOE_Tabelle`, gleich beschriftet): ab `mindestMonate` (Standard 3) gemeldeten Monaten werden die kumulierten Eintritte je Instrument mit dem anteiligen Plan verglichen – Plan × m / 12, oder, wenn `MON_Eintritte_VJ` steht, Plan × Anteil der Vorjahreseintritte derselben Monate am Vorjahr (Saisonverlauf). Weichen sie um mindestens `relativ` (Standard 25 %) UND mindestens `absolut` (Standard 10 Eintritte) ab, gibt es eine Warnung, wie bei `istplan/grosse-aenderung`. Eine Zeile, deren Instrument es in `FOE_Tabelle` nicht gibt, wird gemeldet statt übergangen.",
    names: ["MON_Eintritte", "FOE_Tabelle"],
    needsAllNames: true,
    params: {
      relativ: { default: 0.25, description: "Mindestabweichung relativ zum anteiligen Plan, als Bruch (0,25 = 25 %)" },
      absolut: { default: 10, description: "Mindestabweichung in Eintritten" },
      mindestMonate: { default: 3, description: "Erst ab so vielen gemeldeten Monaten wird verglichen" },
    },
    messages: {
      abweichung: {
        de: `MON_Eintritte: „{instrument}“ Januar bis ${monthDe("month")} {cumulative, count} Eintritte ggü. anteiligem Plan {expected, number, 1} ({delta, signed, 1}, {change, change}; Plan {plan, count} × {month}/12; Schwellen {relativ, percent, 0} und {absolut, count})`,
        en: `MON_Eintritte: “{instrument}” January to ${monthEn("month")} {cumulative, count} entries vs pro-rata plan {expected, number, 1} ({delta, signed, 1}, {change, change}; plan {plan, count} × {month}/12; thresholds {relativ, percent, 0} and {absolut, count})`,
      },
      abweichungSaison: {
        de: `MON_Eintritte: „{instrument}“ Januar bis ${monthDe("month")} {cumulative, count} Eintritte ggü. anteiligem Plan {expected, number, 1} ({delta, signed, 1}, {change, change}; Plan {plan, count} × Vorjahr {vjCumulative, count} von {vjYear, count}; Schwellen {relativ, percent, 0} und {absolut, count})`,
        en: `MON_Eintritte: “{instrument}” January to ${monthEn("month")} {cumulative, count} entries vs pro-rata plan {expected, number, 1} ({delta, signed, 1}, {change, change}; plan {plan, count} × previous year {vjCumulative, count} of {vjYear, count}; thresholds {relativ, percent, 0} and {absolut, count})`,
      },
      ohnePlan: {
        de: `MON_Eintritte: „{instrument}“ Januar bis ${monthDe("month")} {cumulative, count} Eintritte, geplant sind keine (Plan {plan, count}; Schwelle {absolut, count})`,
        en: `MON_Eintritte: “{instrument}” January to ${monthEn("month")} {cumulative, count} entries, none planned (plan {plan, count}; threshold {absolut, count})`,
      },
      unbekannt: {
        de: "MON_Eintritte: Instrument „{instrument}“ gibt es in FOE_Tabelle (Ebene 1) nicht – diese Zeile wird nicht verglichen",
        en: "MON_Eintritte: instrument “{instrument}” is not a level-1 row of FOE_Tabelle – this row is not compared",
      },
    },
  },
  check(ctx) {
    if (!ctx.view.monthly.tables.has("MON_Eintritte")) return [];
    const plans = foePlans(ctx.view);
    if (!plans.length) return [];
    const p = entriesProgress(ctx.view.monthly, plans);
    if (!p) return [];
    const { relativ, absolut, mindestMonate } = ctx.params;
    const reports: RuleReport[] = p.unknown.map((r) => ({
      messageId: "unbekannt",
      data: { instrument: r.label },
      names: ["MON_Eintritte", "FOE_Tabelle"],
      cells: [r.labelCell],
    }));
    if (p.month < mindestMonate) return reports;
    for (const r of p.rows) {
      const expected = r.seasonal ?? r.proRata;
      const delta = r.cumulative - expected;
      const relative = expected === 0 ? (delta === 0 ? 0 : Infinity) : Math.abs(delta) / expected;
      if (Math.abs(delta) < absolut - 1e-9 || relative < relativ) continue;
      if (expected === 0) {
        // No plan to compare in percent: say so instead of a made-up change.
        reports.push({ messageId: "ohnePlan", data: { instrument: r.label, month: p.month, cumulative: r.cumulative, plan: r.plan, absolut }, names: ["MON_Eintritte", "FOE_Tabelle"], cells: [r.labelCell, r.cells[r.cells.length - 1]] });
        continue;
      }
      reports.push({
        messageId: r.seasonal !== undefined ? "abweichungSaison" : "abweichung",
        data: {
          instrument: r.label,
          month: p.month,
          cumulative: r.cumulative,
          expected,
          delta,
          change: delta / expected,
          plan: r.plan,
          ...(r.seasonal !== undefined ? { vjCumulative: r.vjCumulative!, vjYear: r.vjYear! } : {}),
          relativ,
          absolut,
        },
        names: ["MON_Eintritte", "FOE_Tabelle"],
        cells: [r.labelCell, r.cells[r.cells.length - 1]],
      });
    }
    return reports;
  },
};
