// Whether a section title naming the allocation ("Zuteilung lt. EinglMV (vorläufig)", "Mittelzuweisung 2025") makes
// the budget labels under it the allocated amounts. Not when the title names the planning ("Budgetplanung 2025
// (vorl. Zuteilung)": the allocation in parentheses is what the plan rests on), nor below a head row with Plan or
// Soll columns ("Budgetansatz | Soll 2024 | Plan 2025" after the allocation block): an allocation is one amount
// given to the Jobcenter, never planned, so such a head starts a block of planned budgets.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isMoneyUnitTitle } from "./unitTitle";
import { isRemarkHead } from "./remarkColumns";
import { datingPairAt } from "./allocationTitleDate";

// Also in a compound naming what is allocated ("Mittelzuteilung", "Budgetzuweisung", "Haushaltszuteilung").
const ALLOCATION = /\b(mittel|budget|haushalts|finanz|jahres)?(zuteilung\w*|zuweisung\w*|zugeteilt\w*|zugewiesen\w*|orientierungswert\w*)\b/;
const PLANNING = /\b(\w*planung\w*|plan|planwerte?|ansatz|ansaetze)\b/;

/** Whether the title names the allocation itself, not a plan resting on it. */
export function isAllocationTitle(title: string): boolean {
  if (!ALLOCATION.test(fold(title))) return false;
  const main = fold(title.replace(/\([^)]*\)?/g, " "));
  return ALLOCATION.test(main) || !PLANNING.test(main);
}

/** A head row of texts (and years) with a Plan/Soll/Ziel column. */
function isPlanHeadRow(sheet: SheetGrid, r: number): boolean {
  const cols = sheet.filledColumns(r);
  if (cols.length < 2 || cols.some((c) => sheet.ownText(r, c) === undefined)) return false;
  return cols.some((c) => readColumn(sheet.ownText(r, c)!).kind === "plan");
}

// Per sheet and title row: the first plan head row below the title (scanned once per title, not per label).
const planHeadCache = new WeakMap<SheetGrid, Map<number, number>>();

function firstPlanHeadBelow(sheet: SheetGrid, titleRow: number): number {
  let bySheet = planHeadCache.get(sheet);
  if (!bySheet) planHeadCache.set(sheet, (bySheet = new Map()));
  let found = bySheet.get(titleRow);
  if (found === undefined) {
    found = Infinity;
    for (let r = titleRow + 1; r <= sheet.lastRow; r++) {
      if (isPlanHeadRow(sheet, r)) {
        found = r;
        break;
      }
    }
    bySheet.set(titleRow, found);
  }
  return found;
}

/** Whether the allocation title at `title.row` covers the label in `row`. */
export function allocationTitleCovers(sheet: SheetGrid, title: { row: number; text: string }, row: number): boolean {
  return isAllocationTitle(title.text) && firstPlanHeadBelow(sheet, title.row) > row;
}

/**
 * "Ausgangswerte (Zuteilung lt. EinglMV-Entwurf) | | €" heading a block: a title beside only its money unit (or the
 * allocation's date: "| Stand: | 15.10.2026") is still the block's title. The first row of the label's block (rows without a blank between) when its text stands in the
 * label's column, the row's other cells are money units only, and it names the allocation; else undefined.
 */
export function allocationUnitTitle(sheet: SheetGrid, row: number, col: number): { row: number; text: string } | undefined {
  let top = row;
  while (top - 1 >= sheet.r0 && !sheet.rowBlank(top - 1) && row - top < 12) top--;
  if (top === row) return undefined;
  const text = sheet.ownText(top, col);
  // The title's own words first: most blocks name no allocation, and their head rows need no reading.
  if (text === undefined || sheet.number(top, col) !== undefined || !isAllocationTitle(text)) return undefined;
  // "… | Betrag in € | Bemerkung": a remark column's head beside the unit is no column of figures either.
  // "Mittelzuteilung 2027 (vorläufig) | | Stand: | 15.10.2026": the allocation's date beside the title is none
  // either (./allocationTitleDate.ts).
  let unit = false;
  let dateCol: number | undefined;
  for (const c of sheet.filledColumns(top)) {
    if (c === col || c === dateCol) continue;
    const head = sheet.ownText(top, c);
    if (isMoneyUnitTitle(head ?? "")) unit = true;
    else if (dateCol === undefined && (dateCol = datingPairAt(sheet, top, c)) !== undefined) unit = true;
    else if (!isRemarkHead(head)) return undefined;
  }
  return unit && firstPlanHeadBelow(sheet, top) > row ? { row: top, text } : undefined;
}
