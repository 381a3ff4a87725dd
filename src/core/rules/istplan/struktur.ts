// istplan/struktur: FOE_Tabelle has at most one Gesamt row, and every "darunter" row an instrument (or Gesamt)
// above it. A table without a Gesamt row is correct: istplan/ohne-gesamt says so as a hint.
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
      "FOE_Tabelle darf höchstens eine Gesamtzeile (Ebene 0) haben, und jede „darunter“- oder „davon“-Zeile (Ebene 2) muss unter einem Instrument (Ebene 1) oder direkt unter der Gesamtzeile stehen, zu der sie gehört. Bei mehreren Gesamtzeilen prüfen istplan/gesamt und istplan/gesamt-ueber-summe nicht (nicht prüfbar); eine darunter-Zeile ohne Instrument darüber wird nicht abgestimmt. Eine Tabelle ganz ohne Gesamtzeile ist kein Fehler, das meldet istplan/ohne-gesamt als Hinweis (früher ein Fehler dieser Regel; `off` für istplan/struktur schaltet auch jene Regel ab).\n\n" +
      "**Ebenen ohne Spalte Ebene.** Hat die Tabelle keine Spalte Ebene (z. B. `Instrument | Ist 2023 | Plan 2024`), ergibt sich die Ebene aus der Bezeichnung: „Gesamt …“, „Insgesamt …“, „Gesamtsumme“, „Gesamtergebnis“, „Summe“, „Summe gesamt/insgesamt“, „Alle Instrumente“ = 0; „Summe …“, „… gesamt“, „… insgesamt“ und die Ergebniszeile einer Excel-Tabelle („Ergebnis“, „Total“) nur als erste oder letzte Zeile = 0; Zeilen, die mit „darunter“, „dar.“, „dabei“, „u. a.“, „unter anderem“, „und zwar“ (Teile, die sich überschneiden dürfen) oder mit „davon“, „dav.“, „hiervon“ (eine vollständige Aufteilung: „hiervon“ heißt dasselbe wie „davon“) beginnen (auch nach Strich oder Aufzählungszeichen) = 2; alles andere = 1. Ein „Summe …“ zwischen anderen Zeilen, „Zwischensumme …“ und „Teilsumme …“ ist eine Zwischensumme: sie wiederholt Instrumente, zählt daher in keiner Summe mit, und die darunter-/davon-Zeilen direkt unter ihr werden nicht abgestimmt. Die Meldungen zeigen dann auf die Bezeichnung statt auf die Ebene-Zelle.",
    names: ["FOE_Tabelle"],
    messages: {
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
