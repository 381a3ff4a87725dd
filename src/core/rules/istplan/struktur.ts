// istplan/struktur: FOE_Tabelle has exactly one Gesamt row, and every "darunter" row an instrument above it.
import { foeStructure, levelCell, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanStruktur: Rule = {
  meta: {
    id: "istplan/struktur",
    family: "istplan",
    severity: "error",
    title: "Förderübersicht falsch gegliedert",
    titleEn: "Support overview structured wrongly",
    description:
      "FOE_Tabelle braucht genau eine Gesamtzeile (Ebene 0), und jede „darunter“- oder „davon“-Zeile (Ebene 2) muss unter einem Instrument (Ebene 1) oder direkt unter der Gesamtzeile stehen, zu der sie gehört. Sonst lassen sich Gesamt und darunter-Zeilen nicht abstimmen; die Regeln istplan/gesamt, istplan/gesamt-ueber-summe, istplan/darunter, istplan/darunter-summe und istplan/davon prüfen dann nicht.\n\n" +
      "**Ebenen ohne Spalte Ebene.** Hat die Tabelle keine Spalte Ebene (z. B. `Instrument | Ist 2023 | Plan 2024`), ergibt sich die Ebene aus der Bezeichnung: „Gesamt …“, „Insgesamt …“, „Gesamtsumme“, „Gesamtergebnis“, „Summe“, „Summe gesamt/insgesamt“, „Alle Instrumente“ = 0; „Summe …“, „… gesamt“, „… insgesamt“ und die Ergebniszeile einer Excel-Tabelle („Ergebnis“, „Total“) nur als erste oder letzte Zeile = 0; Zeilen, die mit „darunter“, „dar.“, „dabei“, „u. a.“, „unter anderem“, „und zwar“ (Teile, die sich überschneiden dürfen) oder mit „davon“, „dav.“, „hiervon“ (eine vollständige Aufteilung: „hiervon“ heißt dasselbe wie „davon“) beginnen (auch nach Strich oder Aufzählungszeichen) = 2; alles andere = 1. Ein „Summe …“ zwischen anderen Zeilen, „Zwischensumme …“ und „Teilsumme …“ ist eine Zwischensumme: sie wiederholt Instrumente, zählt daher in keiner Summe mit, und die darunter-/davon-Zeilen direkt unter ihr werden nicht abgestimmt. Die Meldungen zeigen dann auf die Bezeichnung statt auf die Ebene-Zelle.",
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
        cells: [levelCell(s, 0)],
      });
    }
    if (s.gesamtRows.length > 1) {
      reports.push({
        messageId: "mehrereGesamtzeilen",
        data: { count: s.gesamtRows.length, rows: s.gesamtRows.map((r) => r + 1) },
        names: ["FOE_Tabelle"],
        cells: s.gesamtRows.map((r) => levelCell(s, r)),
      });
    }
    for (const r of s.orphans) {
      reports.push({
        messageId: "ohneInstrument",
        data: rowData(table, r),
        names: ["FOE_Tabelle"],
        cells: [levelCell(s, r)],
      });
    }
    return reports;
  },
};
