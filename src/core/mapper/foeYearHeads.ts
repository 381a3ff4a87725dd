// "Instrument | Eintritte 2025 | Eintritte 2026" in a 2026 plan: both heads name the entries, the year alone tells
// them apart, so the earlier is the year before's and the later the plan (as the check reads it). So do heads
// naming their own role instead ("Eintritte 2026 (Hochr.) | Planung 2027": a forecast of the year before, then the
// plan). Bare years ("Instrument | 2025 | 2026") name no figure: such a table stays unsure (./findFoe.ts). A bare year
// before a head naming the plan ("Angebot | 2026 | Plan 2027") is the year before's figure set against that plan;
// "Plan 2026 | Plan 2027" (two plans) stays unsure.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const ENTRIES = /eintritt/;
const EARLIER_ROLES = new Set(["ist", "prognose"]);
/** A head that is a year and nothing else ("2026", "2026:"). */
const BARE_YEAR = /^\s*(19|20)\d\d\s*:?\s*$/;

/** Whether each year head of a Förderung table names the entries or its own role (earlier: Ist/forecast, later: plan). */
export function entriesByYears(sheet: SheetGrid, row: number, ist: number, plan: number): boolean {
  const planNamed = (() => {
    const t = sheet.ownText(row, plan);
    return t !== undefined && readColumn(fold(t)).kind === "plan";
  })();
  return [ist, plan].every((c) => {
    const t = sheet.ownText(row, c);
    if (t === undefined) return false;
    const f = fold(t);
    const kind = readColumn(f).kind ?? "";
    if (c === ist && planNamed && BARE_YEAR.test(f)) return true;
    return ENTRIES.test(f) || (c === ist ? EARLIER_ROLES.has(kind) : kind === "plan");
  });
}
