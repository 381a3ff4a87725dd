// istplan/struktur: FOE_Tabelle has exactly one Gesamt row, and every "darunter" row an instrument above it.
import { foeStructure, rowLabel } from "./foe";
import type { Rule, RuleReport } from "../types";

export const istplanStruktur: Rule = {
  meta: {
    id: "istplan/struktur",
    family: "istplan",
    severity: "error",
    title: "Förderübersicht falsch gegliedert",
    description:
      "FOE_Tabelle braucht genau eine Gesamtzeile (Ebene 0), und jede „darunter“-Zeile (Ebene 2) muss unter einem Instrument (Ebene 1) stehen, zu dem sie gehört. Sonst lassen sich Gesamt und darunter-Zeilen nicht abstimmen; die Regeln istplan/gesamt und istplan/darunter prüfen dann nicht.",
    names: ["FOE_Tabelle"],
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    if (s.gesamtRows.length === 0 && s.complete) {
      reports.push({
        message: "FOE_Tabelle hat keine Gesamtzeile (Ebene 0)",
        names: ["FOE_Tabelle"],
        cells: [table.cell(0, "ebene")],
      });
    }
    if (s.gesamtRows.length > 1) {
      reports.push({
        message: `FOE_Tabelle hat ${s.gesamtRows.length} Gesamtzeilen (Ebene 0): Zeilen ${s.gesamtRows.map((r) => r + 1).join(", ")}`,
        names: ["FOE_Tabelle"],
        cells: s.gesamtRows.map((r) => table.cell(r, "ebene")),
      });
    }
    for (const r of s.orphans) {
      reports.push({
        message: `FOE_Tabelle, Zeile ${r + 1} ${rowLabel(table, r)} ist eine darunter-Zeile (Ebene 2) ohne Instrument (Ebene 1) darüber`,
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "ebene")],
      });
    }
    return reports;
  },
};
