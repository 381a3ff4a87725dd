// istplan/davon: "davon" rows are a complete breakdown of their instrument, so they add up to it exactly.
import { FIGURE_COLUMNS, foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanDavon: Rule = {
  meta: {
    id: "istplan/davon",
    splitFrom: "istplan/darunter",
    family: "istplan",
    severity: "error",
    title: "davon-Zeilen ergeben nicht ihr Instrument",
    titleEn: "“Thereof” rows do not add up to their instrument",
    description:
      "Zeilen, deren Bezeichnung mit „davon“ beginnt (Ebene 2), teilen ihr Instrument (oder die Gesamtzeile direkt darüber) vollständig auf – „davon Männer“, „davon Frauen“ –, anders als „darunter“-Zeilen, die nur Teile nennen. Ihre Summe muss daher in Ist und Plan genau das Instrument ergeben; Anzahlen sind ganz, es gibt keine Toleranz. Leere Zellen zählen als 0; eine einzelne davon-Zeile muss dem Instrument gleich sein. Das Beispiel 2024 hat keine davon-Zeilen.",
    names: ["FOE_Tabelle"],
    messages: {
      summe: {
        de: "FOE_Tabelle: die davon-Zeilen von {parentRow, row, parentInstrument} ergeben {column, select, ist=Ist|plan=Plan} {parts, count} = {sum, count} statt {whole, count} (Differenz {difference, signed})",
        en: "FOE_Tabelle: the “thereof” rows of {parentRow, row, parentInstrument} add up to {column, select, ist=actual|plan=plan} {parts, count} = {sum, count} instead of {whole, count} (difference {difference, signed})",
      },
      einzeln: {
        de: "FOE_Tabelle: die einzige davon-Zeile von {parentRow, row, parentInstrument}, {row, row, instrument}, ergibt {column, select, ist=Ist|plan=Plan} {sum, count} statt {whole, count} (Differenz {difference, signed}) – eine vollständige Aufteilung, oder eigentlich „darunter“?",
        en: "FOE_Tabelle: the one “thereof” row of {parentRow, row, parentInstrument}, {row, row, instrument}, gives {column, select, ist=actual|plan=plan} {sum, count} instead of {whole, count} (difference {difference, signed}) – a complete breakdown, or rather “of which”?",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (const [parent, children] of s.davon) {
      for (const key of FIGURE_COLUMNS) {
        if (!table.isValid(parent, key) || children.some((c) => !table.isValid(c, key))) continue;
        const whole = table.num(parent, key) ?? 0;
        const parts = children.map((c) => table.num(c, key) ?? 0);
        const sum = parts.reduce((a, b) => a + b, 0);
        if (Math.abs(sum - whole) < 1e-9) continue;
        // One row is no sum: "30 = 30 statt 90" would read oddly, so it gets its own wording.
        const single = children.length === 1;
        reports.push({
          messageId: single ? "einzeln" : "summe",
          data: single
            ? { ...rowData(table, parent, "parent"), ...rowData(table, children[0]), column: key, sum, whole, difference: sum - whole }
            : { ...rowData(table, parent, "parent"), column: key, parts, sum, whole, difference: sum - whole },
          names: ["FOE_Tabelle"],
          cells: [table.cell(parent, key), ...children.map((c) => table.cell(c, key))],
        });
      }
    }
    return reports;
  },
};
