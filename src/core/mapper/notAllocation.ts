// What an allocation became is no allocation. Under an allocation title ("Haushalt 2025 (vorläufige Zuteilung)")
// a budget label is read as the allocated amount (./allocationTitle.ts), but not when its own words name the budget
// after the reallocation ("Eingliederungstitel nach Umschichtung", "EGT inkl. Umschichtung") or the total of the
// Verwaltungshaushalt ("Verwaltungskosten insgesamt", "Gesamtverwaltungskosten"): that total holds the municipal
// share, which no allocation contains, and the amount after the move is the Jobcenter's budget, not the allotment.
import type { LabelSpec } from "./labels";
import { fold, rememberText } from "./normalize";

const AFTER_REALLOCATION = /\b(nach|n|inkl|inklusive|einschl|einschliesslich|abzgl|abzueglich|mit)\s+(der\s+|den\s+)?(umschicht\w*|umsch\b)|\bumgeschichtet\w*/;
const TOTAL = /\b(insgesamt|gesamt\w*|summe\w*|total)\b/;

/** "nach Umschichtung", "inkl. Umschichtung", "umgeschichtet": the label names an amount as it stands after the move. */
export const afterReallocation = rememberText((label: string) => AFTER_REALLOCATION.test(fold(label)));
const namesTotal = rememberText((label: string) => TOTAL.test(fold(label)));

/** Whether the label, read as `own` on its own, names what the allocation became rather than the allocation. */
export function namesNoAllocation(label: string, own: readonly LabelSpec[]): boolean {
  if (afterReallocation(label)) return true;
  return namesTotal(label) && own.some((s) => s.names.current === "BUD_VH_Gesamt");
}
