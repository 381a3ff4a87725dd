// istplan/darunter: no single "darunter" row exceeds its instrument (or Gesamt, for a darunter row right
// under Gesamt). Their sum above it is only a warning (istplan/darunter-summe): darunter rows may overlap.
import { FIGURE_COLUMNS, foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanDarunter: Rule = {
  meta: {
    id: "istplan/darunter",
    family: "istplan",
    severity: "error",
    title: "darunter-Zeile übersteigt ihr Instrument",
    titleEn: "“Of which” row exceeds its instrument",
    description:
      "Eine „darunter“-Zeile (Ebene 2, Bezeichnung beginnt nicht mit „davon“) ist ein Teil des Instruments darüber – oder der Gesamtzeile, wenn sie direkt unter Gesamt steht (z. B. „darunter Frauen“): sie darf es in Ist und Plan nicht übersteigen. Mehrere darunter-Zeilen eines Instruments dürfen sich überschneiden (darunter Frauen, darunter U25); ihre Summe prüft istplan/darunter-summe als Warnung, „davon“-Zeilen prüft istplan/davon. Leere Zellen zählen als 0. Im Beispiel 2024 liegen alle darunter-Zeilen unter den Maßnahmen zur Aktivierung und beruflichen Eingliederung (541 / 489).",
    names: ["FOE_Tabelle"],
    messages: {
      zeile: {
        de: "FOE_Tabelle: {row, row, instrument} {column, select, ist=Ist|plan=Plan} ({part, count}) übersteigt das Instrument {parentRow, row, parentInstrument} ({whole, count})",
        en: "FOE_Tabelle: {row, row, instrument} {column, select, ist=actual|plan=plan} ({part, count}) exceeds the instrument {parentRow, row, parentInstrument} ({whole, count})",
      },
      zeileGesamt: {
        de: "FOE_Tabelle: {row, row, instrument} {column, select, ist=Ist|plan=Plan} ({part, count}) übersteigt die Gesamtzeile {parentRow, row, parentInstrument} ({whole, count})",
        en: "FOE_Tabelle: {row, row, instrument} {column, select, ist=actual|plan=plan} ({part, count}) exceeds the total row {parentRow, row, parentInstrument} ({whole, count})",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const gesamt = new Set(s.gesamtRows);
    const reports: RuleReport[] = [];
    for (const [parent, children] of s.darunter) {
      for (const key of FIGURE_COLUMNS) {
        if (!table.isValid(parent, key)) continue;
        const whole = table.num(parent, key) ?? 0;
        for (const c of children) {
          if (!table.isValid(c, key)) continue;
          const part = table.num(c, key) ?? 0;
          if (part <= whole) continue;
          reports.push({
            messageId: gesamt.has(parent) ? "zeileGesamt" : "zeile",
            data: { ...rowData(table, c), ...rowData(table, parent, "parent"), column: key, part, whole },
            names: ["FOE_Tabelle"],
            cells: [table.cell(c, key), table.cell(parent, key)],
          });
        }
      }
    }
    return reports;
  },
};
