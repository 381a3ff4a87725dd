// namen/jahr-kopf: the header row a table name includes ("Ist 2023 | Plan 2024") does not fit AIP_Planjahr
// (Plan = Planjahr, Ist = Planjahr − 1): most likely last year's copy whose mapping or header was not updated.
import { cellInRange } from "../../address";
import { fold, yearsIn } from "../../mapper/normalize";
import { readColumn } from "../../columnRoles";
import type { Rule, RuleReport } from "../types";

/** The year a header cell states for the previous year ("ist") or the planning year ("plan"), if any. */
export function headerYear(text: string): { role: "ist" | "plan"; year: number } | undefined {
  const folded = fold(text);
  const years = [...new Set(yearsIn(folded))];
  if (years.length !== 1) return undefined;
  // The shared column-role vocabulary (../../columnRoles.ts): the same words as the mapper and the table layout.
  const kind = readColumn(text).kind;
  if (kind === "ist") return { role: "ist", year: years[0] };
  if (kind === "plan") return { role: "plan", year: years[0] };
  return undefined;
}

export const namenJahrKopf: Rule = {
  meta: {
    id: "namen/jahr-kopf",
    family: "namen",
    severity: "warning",
    title: "Jahre im Tabellenkopf passen nicht zum Planjahr",
    titleEn: "Header years do not match the planning year",
    description:
      "Schließt ein Tabellenname seine Kopfzeile ein (FOE_Tabelle mit „Ist 2023 | Plan 2024“), müssen deren Jahre zum Planjahr passen: die Plan- oder Soll-Spalte ist das Planjahr (`AIP_Planjahr`), die Ist-Spalte das Jahr davor. Zweistellige Jahre („IST 23“, „Soll 24“) zählen mit. Passt es nicht, ist die Mappe meist die Kopie des Vorjahres, deren Kopf oder Zuordnung nicht nachgezogen wurde. Abhilfe: Kopf und Zuordnung prüfen – „Einrichten“ in Excel oder `aip map` auf der Kommandozeile. Ohne nutzbares `AIP_Planjahr` kann die Regel nichts vergleichen (das meldet dann `namen/fehlt` oder `namen/bereich-fehlt`).",
    messages: {
      jahrKopf: {
        de: "{name} ({name, meaning}): Kopfzeile {header, quote} passt nicht zum Planjahr {planYear} (erwartet Ist {previousYear}, Plan {planYear}) – Kopie des Vorjahres? Kopf und Zuordnung prüfen: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        en: "{name} ({name, meaning}): header row {header, quote} does not match the planning year {planYear} (expected Ist {previousYear}, Plan {planYear}) – last year's copy? Check the header and the mapping: “Einrichten” (Set up) in Excel or aip map on the command line",
      },
    },
  },
  check: (ctx) => {
    const planYear = ctx.view.figure("AIP_Planjahr");
    if (!planYear) return [];
    const reports: RuleReport[] = [];
    for (const t of ctx.view.surroundings.values()) {
      const texts = t.firstRow.map((v) => (typeof v === "string" ? v.trim() : ""));
      const wrong = texts.flatMap((text, col) => {
        const h = text ? headerYear(text) : undefined;
        return h && h.year !== (h.role === "plan" ? planYear.value : planYear.value - 1) ? [col] : [];
      });
      if (!wrong.length) continue;
      reports.push({
        messageId: "jahrKopf",
        data: { name: t.name, header: texts.filter(Boolean).join(" | "), planYear: planYear.value, previousYear: planYear.value - 1 },
        names: [t.name, planYear.name],
        cells: [...wrong.map((col) => cellInRange(t.address, 0, col)), planYear.cell],
      });
    }
    return reports;
  },
};
