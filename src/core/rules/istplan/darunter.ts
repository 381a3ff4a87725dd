// istplan/darunter: "darunter" rows never exceed their instrument, neither one by one nor together.
import { FIGURE_COLUMNS, foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanDarunter: Rule = {
  meta: {
    id: "istplan/darunter",
    family: "istplan",
    severity: "error",
    title: "darunter-Zeilen übersteigen ihr Instrument",
    titleEn: "“Of which” rows exceed their instrument",
    description:
      "Eine „darunter“-Zeile (Ebene 2) ist ein Teil des Instruments darüber: sie darf es in Ist und Plan nicht übersteigen, und alle darunter-Zeilen eines Instruments zusammen auch nicht (sie dürfen es unterschreiten, wenn nicht alle Teile aufgeführt sind). Leere Zellen zählen als 0. Im Beispiel 2024: 6 + 405 + 130 = 541 und 0 + 371 + 118 = 489, genau die Maßnahmen zur Aktivierung und beruflichen Eingliederung.",
    names: ["FOE_Tabelle"],
    messages: {
      zeile: {
        de: "FOE_Tabelle: {row, row, instrument} {column, select, ist=Ist|plan=Plan} ({part, count}) übersteigt das Instrument {parentRow, row, parentInstrument} ({whole, count})",
        en: "FOE_Tabelle: {row, row, instrument} {column, select, ist=actual|plan=plan} ({part, count}) exceeds the instrument {parentRow, row, parentInstrument} ({whole, count})",
      },
      summe: {
        de: "FOE_Tabelle: die darunter-Zeilen von {parentRow, row, parentInstrument} ergeben zusammen {column, select, ist=Ist|plan=Plan} {sum, count}, mehr als das Instrument ({whole, count})",
        en: "FOE_Tabelle: the “of which” rows of {parentRow, row, parentInstrument} add up to {column, select, ist=actual|plan=plan} {sum, count}, more than the instrument ({whole, count})",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (const [parent, children] of s.darunter) {
      for (const key of FIGURE_COLUMNS) {
        if (!table.isValid(parent, key) || children.some((c) => !table.isValid(c, key))) continue;
        const whole = table.num(parent, key) ?? 0;
        let sum = 0;
        let single = false;
        for (const c of children) {
          const part = table.num(c, key) ?? 0;
          sum += part;
          if (part > whole) {
            single = true;
            reports.push({
              messageId: "zeile",
              data: { ...rowData(table, c), ...rowData(table, parent, "parent"), column: key, part, whole },
              names: ["FOE_Tabelle"],
              cells: [table.cell(c, key), table.cell(parent, key)],
            });
          }
        }
        // One row above its instrument already explains the sum; report the sum only when no single row does.
        if (!single && children.length > 1 && sum > whole) {
          reports.push({
            messageId: "summe",
            data: { ...rowData(table, parent, "parent"), column: key, sum, whole },
            names: ["FOE_Tabelle"],
            cells: [table.cell(parent, key), ...children.map((c) => table.cell(c, key))],
          });
        }
      }
    }
    return reports;
  },
};
