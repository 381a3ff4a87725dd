// istplan/struktur: FOE_Tabelle has exactly one Gesamt row, and every "darunter" row an instrument above it.
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanStruktur: Rule = {
  meta: {
    id: "istplan/struktur",
    family: "istplan",
    severity: "error",
    title: "Förderübersicht falsch gegliedert",
    titleEn: "Support overview structured wrongly",
    description:
      "FOE_Tabelle braucht genau eine Gesamtzeile (Ebene 0), und jede „darunter“-Zeile (Ebene 2) muss unter einem Instrument (Ebene 1) stehen, zu dem sie gehört. Sonst lassen sich Gesamt und darunter-Zeilen nicht abstimmen; die Regeln istplan/gesamt und istplan/darunter prüfen dann nicht.",
    names: ["FOE_Tabelle"],
    messages: {
      keineGesamtzeile: {
        de: "FOE_Tabelle hat keine Gesamtzeile (Ebene 0)",
        en: "FOE_Tabelle has no total row (level 0)",
      },
      mehrereGesamtzeilen: {
        de: "FOE_Tabelle hat {count} Gesamtzeilen (Ebene 0): Zeilen {rows}",
        en: "FOE_Tabelle has {count} total rows (level 0): rows {rows}",
      },
      ohneInstrument: {
        de: "FOE_Tabelle, Zeile {row} {row, row, instrument} ist eine darunter-Zeile (Ebene 2) ohne Instrument (Ebene 1) darüber",
        en: "FOE_Tabelle, row {row} {row, row, instrument} is an “of which” row (level 2) without an instrument (level 1) above it",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    if (s.gesamtRows.length === 0 && s.complete) {
      reports.push({
        messageId: "keineGesamtzeile",
        data: {},
        names: ["FOE_Tabelle"],
        cells: [table.cell(0, "ebene")],
      });
    }
    if (s.gesamtRows.length > 1) {
      reports.push({
        messageId: "mehrereGesamtzeilen",
        data: { count: s.gesamtRows.length, rows: s.gesamtRows.map((r) => r + 1) },
        names: ["FOE_Tabelle"],
        cells: s.gesamtRows.map((r) => table.cell(r, "ebene")),
      });
    }
    for (const r of s.orphans) {
      reports.push({
        messageId: "ohneInstrument",
        data: rowData(table, r),
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "ebene")],
      });
    }
    return reports;
  },
};
