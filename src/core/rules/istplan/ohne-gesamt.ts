// istplan/ohne-gesamt: FOE_Tabelle without a Gesamt row. A correct workbook may list only the instruments,
// so this is no error: a hint that Gesamt is not compared with the sum of the instruments (istplan/gesamt
// and istplan/gesamt-ueber-summe do not apply, and coverage counts them as skipped).
import { foeStructure, levelCell } from "../../resolve/foe";
import type { Rule } from "../types";

export const istplanOhneGesamt: Rule = {
  meta: {
    id: "istplan/ohne-gesamt",
    family: "istplan",
    severity: "info",
    splitFrom: "istplan/struktur",
    title: "Förderübersicht ohne Gesamtzeile",
    titleEn: "Support overview without a total row",
    description:
      "Hat FOE_Tabelle keine Gesamtzeile (Ebene 0; ohne Spalte Ebene eine Bezeichnung wie „Gesamt“, „Insgesamt“, „Summe“, siehe istplan/struktur), ist das kein Fehler – eine Mappe darf nur die Instrumente aufführen. Dann lässt sich Gesamt nicht gegen die Summe der Instrumente prüfen: istplan/gesamt und istplan/gesamt-ueber-summe prüfen nichts und zählen in der Abdeckung als nicht prüfbar; die Schwelle von istplan/grosse-aenderung bemisst sich an der Summe der Instrumente. Die darunter- und davon-Zeilen der Instrumente werden weiter geprüft. Früher war das ein Fehler von istplan/struktur. Das Beispiel 2024 hat eine Gesamtzeile.",
    names: ["FOE_Tabelle"],
    messages: {
      keineGesamtzeile: {
        de: "FOE_Tabelle hat keine Gesamtzeile – Gesamt gegen die Summe der Instrumente wird nicht geprüft",
        en: "FOE_Tabelle has no total row – the total is not checked against the sum of the instruments",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    // A row with a blank or invalid Ebene might be the Gesamt row: typen/* reports it, nothing to say here.
    if (!s || s.gesamtRows.length > 0 || !s.complete) return [];
    const first = [...Array(s.table.rows).keys()].find((r) => !s.table.isSpacer(r)) ?? 0;
    return [{ messageId: "keineGesamtzeile", data: {}, names: ["FOE_Tabelle"], cells: [levelCell(s, first)] }];
  },
};
