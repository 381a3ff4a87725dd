// The eLb twin (./elbTwin.ts) lets the targets' previous-year average stand for the customer stock when the
// workbook reports customer structure without a stock of its own. Not when that structure is reported as of a
// month ("aktuell (12/2024)", "Stand 31.12.2024"): its stock would be that month's, which a year's average is not.
import { parseCell, splitAddress } from "../address";
import { readColumn } from "../columnRoles";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { isPartOfYear } from "./partYear";

/** The text heading a candidate's column: the nearest text above it in the same column. */
function headAbove(g: SheetGrid, c: Candidate): string | undefined {
  const at = parseCell(splitAddress(c.ref).range.replace(/\$/g, "").split(":")[0]);
  for (let r = at.row - 1; r >= g.r0; r--) {
    const t = g.ownText(r, at.col);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Whether the sure current customer-structure figures (not the _VJ ones) stand under heads dated by a month or day. */
export function customersAsOfMonth(grids: SheetGrid[], sureCustomers: Candidate[]): boolean {
  const current = sureCustomers.filter((c) => !c.name.endsWith("_VJ"));
  if (current.length === 0) return false;
  return current.every((c) => {
    const g = grids.find((x) => x.index === c.sheet);
    const head = g ? headAbove(g, c) : undefined;
    // A span of months ("2025 (Jan–Jun)") reports a period, not the state at one month's end.
    return head !== undefined && readColumn(head).asOf && !isPartOfYear(head);
  });
}
