// Two totals of the VZÄ, both read from total rows ("Stellen gesamt | 64,5" under the areas, "insgesamt | 61" under
// "Köpfe | VZÄ" by gender): the contract's PER_VZAE_Gesamt is the total of PER_VZAE_Bereiche, so the total row the
// sure area table's rows add up to wins over another table's column total. A labelled figure still wins over both.
// So does a total row naming the whole staff ("MA gesamt", "Personal insgesamt" under "Träger | Köpfe | VZÄ") when it
// holds the same number: it states the staff's total, the area table's bare "Gesamt" only adds the areas up to it.
import type { Candidate } from "./candidate";
import { fold } from "./normalize";

const NAMES_STAFF = /\b(ma|mitarbeit\w*|personal\w*|beschaeftigt\w*|belegschaft|bedienstet\w*)\b/;

/** The fallback pool narrowed to the area table's own total, when it is there beside other fallbacks. */
export function preferAreaTableTotal(all: Candidate[]): Candidate[] {
  // A cell another reader takes too (a total row "Mitarbeitende gesamt" under the carriers) is read by that reader.
  const pool = all.filter((c) => !c.staffNounTotal || !all.some((o) => o !== c && o.ref === c.ref));
  if (pool.length < 2 || !pool.every((c) => c.fallback)) return pool;
  const own = pool.filter((c) => c.addsUpTable);
  if (own.length !== 1) return pool;
  // A staff noun's total in a VZÄ column (./staffNounTotal.ts) is doubted only until the area total restates it.
  const clean = (c: Candidate) => c.lows.length === 0 || (c.staffNounTotal === true && c.lows.length === 1);
  const staffTotal = [...new Map(pool.filter((c) => c !== own[0] && c.ref !== own[0].ref && clean(c) && NAMES_STAFF.test(fold(c.label))).map((c) => [c.ref, c])).values()];
  const same = (a: unknown, b: unknown) => typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 0.05;
  if (staffTotal.length === 1 && same(staffTotal[0].value, own[0].value)) return [{ ...staffTotal[0], lows: [] }];
  return own;
}
