// A monthly or quarterly report sheet beside the programme ("Monatsbericht August 2025", "MB 09" titled so,
// "Quartalsbericht 2026 an die Trägerversammlung"): it reports how the year goes — a month's values, running
// totals, and the targets repeated (by formula or typed again) for comparison. It is never the plan's home: no
// rival to the programme's own sheets, and a figure found only there is not sure.
import { oncePerSheet, sheetTitleTexts } from "./sheetMemo";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { areaOf } from "../areas";

const REPORT = /\b(monats|quartals|halbjahres)(bericht|report|meldung)\w*\b/;

/** Whether a sheet is a monthly or quarterly report by its name or title. */
export const isReportSheet = oncePerSheet((g): boolean => sheetTitleTexts(g).some((t) => REPORT.test(fold(t))));

/**
 * Of one figure's candidates, those on report sheets yield to any elsewhere; alone, they are only low. The
 * workbook's own facts (Jobcenter, Planjahr, Stand) are not repeated figures: a report workbook states them too.
 */
export function withoutReportSheets(pool: Candidate[], grids: SheetGrid[]): Candidate[] {
  if (pool.length === 0 || areaOf(pool[0].name)?.id === "eckdaten") return pool;
  const sheetOf = (c: Candidate) => grids.find((g) => g.index === c.sheet);
  const onReport = (c: Candidate) => {
    const g = sheetOf(c);
    return g !== undefined && isReportSheet(g);
  };
  if (!pool.some(onReport)) return pool;
  const elsewhere = pool.filter((c) => !onReport(c));
  if (elsewhere.length > 0) return elsewhere;
  return pool.map((c) => ({
    ...c,
    lows: [...c.lows, { id: "kontext", text: `Das Blatt „${sheetOf(c)?.name}“ ist ein Monats- oder Quartalsbericht: es zeigt den Verlauf des Jahres, nicht die Werte des Programms.` }],
  }));
}
