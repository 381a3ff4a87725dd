// namen/form: a contract name covers a range of the wrong shape (rows × columns).
import { reportNameIssues } from "../helpers";
import type { Rule } from "../types";

export const namenForm: Rule = {
  meta: {
    id: "namen/form",
    family: "namen",
    severity: "error",
    title: "Bereich hat die falsche Größe",
    titleEn: "Range has the wrong size",
    description:
      "Einzelwerte müssen genau eine Zelle umfassen. Ein Bereich, der nicht passt, wird nicht ausgewertet, weil sonst Werte falsch zugeordnet würden; die Meldung sagt, was erwartet ist.\n\n" +
      "**Formen von FOE_Tabelle.** Beliebig viele Zeilen. *Mit Überschriftenzeile* (der Name schließt sie ein) werden die Spalten an ihren Überschriften erkannt, in beliebiger Reihenfolge: Ist („Ist 2023“, „IST 23“, „Ist (Vorjahr)“), Plan („Plan 2024“, „Soll 2024“), Ebene, Begründung (auch „Erläuterung“, „Bemerkung“) und Instrument (Überschrift „Instrument“, „Maßnahme“, „Bezeichnung“ …, sonst die erste Textspalte); Ist und Plan sind Pflicht, jede nur einmal; nennen die Überschriften nur Jahre („Eintritte 2023“, „Eintritte 2024“; als Zahl 2023 und 2024 nur neben leeren Zellen und Überschriften wie „Instrument“ oder „Begründung“), ist die frühere Ist und die spätere Plan. Andere Spalten (Veränderung, Kosten, Anteil, Spalten mit % oder €) werden nicht geprüft. *Ohne Überschriftenzeile* zählt die Position: 3 Spalten `Instrument | Ist | Plan` (passt die 2. Spalte als Ebene 0/1/2 genau zu den Bezeichnungen, ist es ein abgeschnittener Bereich und wird gemeldet), 4 Spalten `Instrument | Ist | Plan | Begründung` (stehen in der 2. Spalte nur 0, 1, 2 und in der 4. Zahlen: `Instrument | Ebene | Ist | Plan`), 5 Spalten `Instrument | Ebene | Ist | Plan | Begründung` (die Form des Beispiels und der Vorlage). Ohne Spalte Ebene ergibt sich die Ebene aus den Bezeichnungen (siehe istplan/struktur); ohne Spalte Begründung gilt jede Zeile als unbegründet. Eine erste Zeile mit Text in allen Zahlenspalten, aber ohne erkennbare Ist-/Plan-Überschrift, wird einmal gemeldet statt als Typfehler je Zelle.\n\n" +
      "**Formen von PER_VZAE_Bereiche und KUN_BG_Groesse.** Beliebig viele Zeilen (mindestens eine); die Bezeichnung ist die erste Textspalte (sind alle Bezeichnungen Zahlen wie die Haushaltsgrößen 1–4, die erste gefüllte Spalte), der Wert die letzte Zahlenspalte des Bereichs; leere oder verbundene Spalten dazwischen stören nicht (Bezeichnungen in B, Werte in D). Eine Überschriftenzeile gehört hier nicht in den Namen.",
    messages: {
      form: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}), erwartet {expectedRows} × {expectedCols}",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}), expected {expectedRows} × {expectedCols}",
      },
      formMindestens: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}), erwartet mindestens 1 Zeile × {expectedCols} Spalten",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}), expected at least 1 row × {expectedCols} columns",
      },
      ueberschrift: {
        de: "Name {name} ({name, meaning}) schließt die Überschriftenzeile ein ({address}, erste Zeile {firstRow, quote}); der Name muss mit der ersten Datenzeile beginnen",
        en: "Name {name} ({name, meaning}) includes the heading row ({address}, first row {firstRow, quote}); the name must start at the first data row",
      },
      textUndZahl: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}), erwartet eine Spalte mit Bezeichnungen und rechts davon eine mit Werten",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}), expected a column of labels and a column of values to its right",
      },
      foeSpalten: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}) ohne Überschriftenzeile; erwartet 3 Spalten (Instrument | Ist | Plan), 4 (… | Begründung) oder 5 (Instrument | Ebene | Ist | Plan | Begründung) – oder die Überschriftenzeile im Namen, damit die Spalten an ihr erkannt werden",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}) without a heading row; expected 3 columns (Instrument | Ist | Plan), 4 (… | Begründung) or 5 (Instrument | Ebene | Ist | Plan | Begründung) – or the heading row in the name, so that the columns are found by it",
      },
      foeSpalteZahlen: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}) ohne Überschriftenzeile: die 4. Spalte wäre die Begründung, enthält aber Zahlen; nehmen Sie die Überschriftenzeile in den Namen auf, damit die Spalten an ihr erkannt werden",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}) without a heading row: the 4th column would be the justification but holds numbers; include the heading row in the name so that the columns are found by it",
      },
      foeEbeneStattIst: {
        de: "Name {name} ({name, meaning}) umfasst {rows} × {cols} Zellen ({address}) ohne Überschriftenzeile, aber die 2. Spalte ist die Ebene (0, 1, 2 passend zu den Bezeichnungen), nicht Ist; erwartet Instrument | Ist | Plan, oder der Name umfasst auch die Spalten Ist und Plan",
        en: "Name {name} ({name, meaning}) covers {rows} × {cols} cells ({address}) without a heading row, but the 2nd column is the level (0, 1, 2 matching the labels), not Ist; expected Instrument | Ist | Plan, or the name also covering the Ist and Plan columns",
      },
      foeUeberschrift: {
        de: "Name {name} ({name, meaning}) beginnt mit einer Überschriftenzeile ({address}, erste Zeile {firstRow, quote}), in der keine Spalte Ist oder Plan zu erkennen ist; erwartet Überschriften wie „Ist 2023“ und „Plan 2024“ (oder „Soll 2024“), oder der Name beginnt mit der ersten Datenzeile",
        en: "Name {name} ({name, meaning}) starts with a heading row ({address}, first row {firstRow, quote}) in which no Ist or Plan column can be found; expected headings such as “Ist 2023” and “Plan 2024” (or “Soll 2024”), or the name starts at the first data row",
      },
      foeSpalteFehlt: {
        de: "Name {name} ({name, meaning}): in der Überschriftenzeile ({address}, {firstRow, quote}) fehlt die Spalte {column, select, ist=Ist (z. B. „Ist 2023“)|plan=Plan (z. B. „Plan 2024“ oder „Soll 2024“)|instrument=Instrument (eine Textspalte)}",
        en: "Name {name} ({name, meaning}): the heading row ({address}, {firstRow, quote}) has no column {column, select, ist=Ist (e.g. “Ist 2023”)|plan=Plan (e.g. “Plan 2024” or “Soll 2024”)|instrument=Instrument (a text column)}",
      },
      foeSpalteDoppelt: {
        de: "Name {name} ({name, meaning}): die Überschriftenzeile ({address}) hat mehrere Spalten {column, select, ist=Ist|plan=Plan|ebene=Ebene|begruendung=Begründung|instrument=Instrument} ({headers, quote}); es ist nicht zu entscheiden, welche gilt",
        en: "Name {name} ({name, meaning}): the heading row ({address}) has several {column, select, ist=Ist|plan=Plan|ebene=Ebene|begruendung=Begründung|instrument=Instrument} columns ({headers, quote}); which one counts cannot be decided",
      },
      keineDatenzeile: {
        de: "Name {name} ({name, meaning}) umfasst nur die Überschriftenzeile ({address}, {firstRow, quote}), keine Datenzeile",
        en: "Name {name} ({name, meaning}) covers only the heading row ({address}, {firstRow, quote}), no data row",
      },
    },
  },
  check: (ctx) => reportNameIssues(ctx, "form"),
};
