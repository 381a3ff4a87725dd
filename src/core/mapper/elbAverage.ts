// "durchschnittliche eLb" under "2024 | 2023", "eLb" under "Ø 2024" (planning year 2025): a customer stock stated as
// the previous year's annual average is the targets' ZIE_ELB_VJ word for word ("durchschnittlicher ELB-Bestand im
// Vorjahr"). A stock without the average mark may be a month's count ("eLb insgesamt | 2024"): no twin then.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import { columnHeader } from "./roles";

const AVERAGE = /ø|durchschnitt|\bjdw\b|\bjd\b|\bmittel\b/i;

/** Whether a label itself names an average ("eLb im Jahresdurchschnitt", "Ø eLb"), not only its column head. */
export const namesAverage = (label: string | undefined): boolean => label !== undefined && AVERAGE.test(label);

const cellOf = (ref: string) => parseCell(splitAddress(ref).range.replace(/\$/g, "").split(":")[0]);

/** Whether candidate `c` (label and column header together) names the average of the planning year's previous year only. */
export function isPreviousYearAverage(grids: readonly SheetGrid[], c: Candidate, planYear: number | undefined): boolean {
  const g = grids.find((x) => x.index === c.sheet);
  if (planYear === undefined || !g) return false;
  const at = cellOf(c.ref);
  const labelCol = c.labelCell ? cellOf(c.labelCell).col : -1;
  const header = columnHeader(g, at.row, at.col, planYear, labelCol)?.text ?? "";
  const raw = `${c.label ?? ""} ${header}`;
  const years = yearsIn(fold(raw));
  return AVERAGE.test(raw) && years.length > 0 && years.every((y) => y === planYear - 1);
}
