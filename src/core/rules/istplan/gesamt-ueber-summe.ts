// istplan/gesamt-ueber-summe: Gesamt above the sum of the listed instruments, i.e. instruments not listed.
import { foeStructure } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";
import { appliesWithGesamt, gesamtVsInstruments } from "./gesamt";

export const istplanGesamtUeberSumme: Rule = {
  meta: {
    id: "istplan/gesamt-ueber-summe",
    splitFrom: "istplan/gesamt",
    family: "istplan",
    severity: "warning",
    title: "Gesamt über der Summe der Instrumente",
    titleEn: "Total above the sum of the instruments",
    description:
      "Liegt die Gesamtzeile von FOE_Tabelle in Ist oder Plan über der Summe der aufgeführten Instrumente (Ebene 1), enthält Gesamt vermutlich Förderungen, die die Tabelle nicht einzeln aufführt (kleine Instrumente, Sonstiges) – das ist kein Rechenfehler, aber zu prüfen. Unter der Summe ist es ein Fehler (istplan/gesamt). Ohne genau eine Gesamtzeile prüft die Regel nichts und gilt als nicht prüfbar. Im Beispiel 2024 ist Gesamt gleich der Summe.",
    names: ["FOE_Tabelle"],
    applies: appliesWithGesamt,
    messages: {
      hoeher: {
        de: "FOE_Tabelle: Gesamt {column, select, ist=Ist|plan=Plan} ({total, count}) liegt um {difference, count} über der Summe der Instrumente ({sum, count}) – nicht aufgeführte Instrumente?",
        en: "FOE_Tabelle: total {column, select, ist=actual|plan=plan} ({total, count}) is {difference, count} above the sum of the instruments ({sum, count}) – instruments not listed?",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const reports: RuleReport[] = [];
    for (const { key, total, sum, cell } of gesamtVsInstruments(s)) {
      if (total === undefined || total <= sum + 1e-9) continue;
      reports.push({ messageId: "hoeher", data: { column: key, total, sum, difference: total - sum }, names: ["FOE_Tabelle"], cells: [cell] });
    }
    return reports;
  },
};
