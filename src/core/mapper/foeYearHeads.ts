// "Instrument | Eintritte 2025 | Eintritte 2026" in a 2026 plan: both heads name the entries, the year alone tells
// them apart, so the earlier is the year before's and the later the plan (as the check reads it). Bare years
// ("Instrument | 2025 | 2026") name no figure: such a table stays unsure (./findFoe.ts).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const ENTRIES = /eintritt/;

/** Whether the two year heads of a Förderung table both name the entries (folded text contains "eintritt"). */
export function entriesByYears(sheet: SheetGrid, row: number, ist: number, plan: number): boolean {
  return [ist, plan].every((c) => {
    const t = sheet.ownText(row, c);
    return t !== undefined && ENTRIES.test(fold(t));
  });
}
