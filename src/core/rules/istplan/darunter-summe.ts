// istplan/darunter-summe: the "darunter" rows of one instrument add up to more than it. They may overlap
// (darunter Frauen, darunter U25), so this is a warning; one row above its instrument is istplan/darunter.
import { FIGURE_COLUMNS, foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanDarunterSumme: Rule = {
  meta: {
    id: "istplan/darunter-summe",
    splitFrom: "istplan/darunter",
    family: "istplan",
    severity: "warning",
    title: "darunter-Zeilen zusammen über ihrem Instrument",
    titleEn: "“Of which” rows together above their instrument",
    description:
      "Die „darunter“-Zeilen eines Instruments (oder der Gesamtzeile) dürfen sich überschneiden – „darunter Frauen“ und „darunter U25“ zählen dieselbe Person zweimal –, daher ist ihre Summe über dem Instrument kein Fehler, aber eine Warnung: eine Überschneidung ist zu prüfen, oder eine Zeile ist eigentlich ein eigenes Instrument. Gemeldet nur, wenn keine einzelne Zeile das Instrument übersteigt (das meldet istplan/darunter als Fehler). Leere Zellen zählen als 0. Im Beispiel 2024: 6 + 405 + 130 = 541 und 0 + 371 + 118 = 489, genau die Maßnahmen zur Aktivierung und beruflichen Eingliederung.",
    names: ["FOE_Tabelle"],
    messages: {
      summe: {
        de: "FOE_Tabelle: die darunter-Zeilen von {parentRow, row, parentInstrument} ergeben zusammen {column, select, ist=Ist|plan=Plan} {sum, count}, mehr als das Instrument ({whole, count}) – überschneiden sie sich?",
        en: "FOE_Tabelle: the “of which” rows of {parentRow, row, parentInstrument} add up to {column, select, ist=actual|plan=plan} {sum, count}, more than the instrument ({whole, count}) – do they overlap?",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (const [parent, children] of s.darunter) {
      if (children.length < 2) continue;
      for (const key of FIGURE_COLUMNS) {
        if (!table.isValid(parent, key) || children.some((c) => !table.isValid(c, key))) continue;
        const whole = table.num(parent, key) ?? 0;
        const parts = children.map((c) => table.num(c, key) ?? 0);
        // One row above its instrument is an error of istplan/darunter and already explains the sum.
        if (parts.some((p) => p > whole)) continue;
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum <= whole) continue;
        reports.push({
          messageId: "summe",
          data: { ...rowData(table, parent, "parent"), column: key, sum, whole },
          names: ["FOE_Tabelle"],
          cells: [table.cell(parent, key), ...children.map((c) => table.cell(c, key))],
        });
      }
    }
    return reports;
  },
};
