// istplan/gesamt: the Gesamt row of FOE_Tabelle is not below the sum of the instrument rows (Ist and Plan).
// Gesamt above the sum is a warning of its own (istplan/gesamt-ueber-summe): instruments not listed.
import { FIGURE_COLUMNS, foeStructure, type FoeStructure } from "../../resolve/foe";
import type { View } from "../../resolve/view";
import type { Rule, RuleReport } from "../types";

/** Whether the view's FOE_Tabelle has a total to compare: exactly one Gesamt row, every level valid. */
export function comparesGesamt(s: FoeStructure): boolean {
  return s.complete && s.gesamtRows.length === 1;
}

/** meta.applies of the Gesamt rules: without one Gesamt row they check nothing (istplan/ohne-gesamt, istplan/struktur say why). */
export const appliesWithGesamt = (view: View): boolean => {
  const s = foeStructure(view);
  return !s || comparesGesamt(s);
};

/** Gesamt and the sum of the instruments per figure column, where both can be read. */
export function gesamtVsInstruments(s: FoeStructure): Array<{ key: (typeof FIGURE_COLUMNS)[number]; total?: number; sum: number; cell: string }> {
  if (!comparesGesamt(s)) return [];
  const { table } = s;
  const g = s.gesamtRows[0];
  const out = [];
  for (const key of FIGURE_COLUMNS) {
    if (!table.isValid(g, key) || s.instrumentRows.some((r) => !table.isValid(r, key))) continue;
    const sum = s.instrumentRows.reduce((acc, r) => acc + (table.num(r, key) ?? 0), 0);
    out.push({ key, total: table.num(g, key), sum, cell: table.cell(g, key) });
  }
  return out;
}

export const istplanGesamt: Rule = {
  meta: {
    id: "istplan/gesamt",
    family: "istplan",
    severity: "error",
    title: "Gesamt unter der Summe der Instrumente",
    titleEn: "Total below the sum of the instruments",
    description:
      "In FOE_Tabelle darf die Gesamtzeile (Ebene 0) in Ist und in Plan nicht kleiner sein als die Summe der Instrumente (Ebene 1): die aufgeführten Förderungen sind alle in Gesamt enthalten. darunter- und davon-Zeilen (Ebene 2) und Zwischensummen zählen nicht mit, sie sind schon in den Instrumenten enthalten. Leere Zellen der Instrumente zählen als 0; ist die Gesamtzelle leer, obwohl die Instrumente Werte haben, wird das ebenfalls gemeldet. Liegt Gesamt über der Summe, meldet das istplan/gesamt-ueber-summe als Warnung (nicht aufgeführte Instrumente). Anzahlen sind ganz, daher gibt es keine Toleranz. Ohne Gesamtzeile (istplan/ohne-gesamt) oder mit mehreren (istplan/struktur) prüft die Regel nichts und gilt als nicht prüfbar. Im Beispiel 2024: Ist 875, Plan 869, beide gleich der Summe.",
    names: ["FOE_Tabelle"],
    applies: appliesWithGesamt,
    messages: {
      leer: {
        de: "FOE_Tabelle: Gesamt {column, select, ist=Ist|plan=Plan} ist leer, die Instrumente ergeben {sum, count}",
        en: "FOE_Tabelle: total {column, select, ist=actual|plan=plan} is empty, the instruments add up to {sum, count}",
      },
      summe: {
        de: "FOE_Tabelle: Gesamt {column, select, ist=Ist|plan=Plan} ({total, count}) liegt unter der Summe der Instrumente ({sum, count}), Differenz {difference, count}",
        en: "FOE_Tabelle: total {column, select, ist=actual|plan=plan} ({total, count}) is below the sum of the instruments ({sum, count}), difference {difference, count}",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const reports: RuleReport[] = [];
    for (const { key, total, sum, cell } of gesamtVsInstruments(s)) {
      if (total === undefined) {
        if (sum !== 0) reports.push({ messageId: "leer", data: { column: key, sum }, names: ["FOE_Tabelle"], cells: [cell] });
      } else if (total < sum - 1e-9) {
        reports.push({ messageId: "summe", data: { column: key, total, sum, difference: total - sum }, names: ["FOE_Tabelle"], cells: [cell] });
      }
    }
    return reports;
  },
};
