// "Kunden (Ist 2024)" merged over "Merkmal | Wert" in a 2025 cockpit: the value head names no year, the box's
// heading above lends it. For customer figures that lent year is read as the latest year reported (2024 current,
// KUN_*), as the head's own year would be — not as the previous year's role it has for targets. A head naming a
// year itself ("2021" under "Ist") keeps it.
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader } from "./roles";

/** The heads' texts, each yearless head replaced by the upper head naming a year that gave its role. */
export function withLentHeads(texts: Array<string | undefined>, heads: Array<ColumnHeader | undefined>): Array<string | undefined> {
  return texts.map((t, i) => {
    const from = heads[i]?.roleFrom;
    if (from === undefined || t === undefined || t !== heads[i]?.text) return t;
    return yearsIn(fold(t)).length === 0 && yearsIn(fold(from)).length > 0 ? from : t;
  });
}
