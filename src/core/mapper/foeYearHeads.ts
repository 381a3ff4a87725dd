// "Instrument | Eintritte 2025 | Eintritte 2026" in a 2026 plan: both heads name the entries, the year alone tells
// them apart, so the earlier is the year before's and the later the plan (as the check reads it). So do heads
// naming their own role instead ("Eintritte 2026 (Hochr.) | Planung 2027": a forecast of the year before, then the
// plan). Bare years ("Instrument | 2025 | 2026") name no figure: such a table stays unsure (./findFoe.ts).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const ENTRIES = /eintritt/;
const EARLIER_ROLES = new Set(["ist", "prognose"]);

/** Whether each year head of a Förderung table names the entries or its own role (earlier: Ist/forecast, later: plan). */
export function entriesByYears(sheet: SheetGrid, row: number, ist: number, plan: number): boolean {
  return [ist, plan].every((c) => {
    const t = sheet.ownText(row, c);
    if (t === undefined) return false;
    const f = fold(t);
    const kind = readColumn(f).kind ?? "";
    return ENTRIES.test(f) || (c === ist ? EARLIER_ROLES.has(kind) : kind === "plan");
  });
}
