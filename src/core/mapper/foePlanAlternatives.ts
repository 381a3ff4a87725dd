// A Förderung table with two plan columns of one year ("Plan 2026 Stand 15.09. | Plan 2026 final", "Plan Var. I |
// Plan Var. II"): the check reads one Plan column, and whichever it takes, the reader must say which version the
// table stands for. So the table is never sure while its head row holds a second plan column of the plan's year
// and one of the two names a version or variant (./variantColumns.ts); "Plan 2025 | Plan 2025 Kosten" are two
// quantities, no versions.
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { isTotalLabel } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import { namesAlternative } from "./variantColumns";

const CHANGE = /veraenderung|abweichung|differenz|delta|\bdiff\b|\bveraend\b/;

const yearOf = (folded: string) => {
  const years = [...new Set(yearsIn(folded))];
  return years.length === 1 ? years[0] : undefined;
};

/** A low when the head row holds another plan column (`isPlan`, folded) of the plan column's year; else undefined. */
export function rivalPlanLow(sheet: SheetGrid, row: number, plan: number, isPlan: (folded: string) => boolean): Low | undefined {
  const own = sheet.ownText(row, plan);
  // A plan split by location closes with its total ("Plan Nord | Plan Süd | Plan gesamt"): parts, no versions.
  if (own === undefined || isTotalLabel(own)) return undefined;
  const year = yearOf(fold(own));
  const rival = sheet
    .filledColumns(row)
    .filter((c) => c !== plan)
    .map((c) => sheet.ownText(row, c))
    .find((t) => {
      if (t === undefined) return false;
      const f = fold(t);
      return isPlan(f) && !CHANGE.test(f) && !isTotalLabel(t) && yearOf(f) === year && (namesAlternative(own) || namesAlternative(t));
    });
  if (rival === undefined) return undefined;
  return { id: "tabelle", text: `Der Kopf hat zwei Plan-Spalten desselben Jahres („${own}“ und „${rival}“); welche Fassung gilt, bitte prüfen.` };
}
