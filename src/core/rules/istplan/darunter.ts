// istplan/darunter: "darunter" rows never exceed their instrument, neither one by one nor together.
import { formatCountDe } from "../../format";
import { FIGURE_COLUMNS, foeStructure, rowLabel } from "./foe";
import type { Rule, RuleReport } from "../types";

export const istplanDarunter: Rule = {
  meta: {
    id: "istplan/darunter",
    family: "istplan",
    severity: "error",
    title: "darunter-Zeilen übersteigen ihr Instrument",
    description:
      "Eine „darunter“-Zeile (Ebene 2) ist ein Teil des Instruments darüber: sie darf es in Ist und Plan nicht übersteigen, und alle darunter-Zeilen eines Instruments zusammen auch nicht (sie dürfen es unterschreiten, wenn nicht alle Teile aufgeführt sind). Leere Zellen zählen als 0. Im Beispiel 2024: 6 + 405 + 130 = 541 und 0 + 371 + 118 = 489, genau die Maßnahmen zur Aktivierung und beruflichen Eingliederung.",
    names: ["FOE_Tabelle"],
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (const [parent, children] of s.darunter) {
      for (const { key, label } of FIGURE_COLUMNS) {
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
              message: `FOE_Tabelle: ${rowLabel(table, c)} ${label} (${formatCountDe(part)}) übersteigt das Instrument ${rowLabel(table, parent)} (${formatCountDe(whole)})`,
              names: ["FOE_Tabelle"],
              cells: [table.cell(c, key), table.cell(parent, key)],
            });
          }
        }
        // One row above its instrument already explains the sum; report the sum only when no single row does.
        if (!single && children.length > 1 && sum > whole) {
          reports.push({
            message: `FOE_Tabelle: die darunter-Zeilen von ${rowLabel(table, parent)} ergeben zusammen ${label} ${formatCountDe(sum)}, mehr als das Instrument (${formatCountDe(whole)})`,
            names: ["FOE_Tabelle"],
            cells: [table.cell(parent, key), ...children.map((c) => table.cell(c, key))],
          });
        }
      }
    }
    return reports;
  },
};
