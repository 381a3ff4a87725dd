// A place where a contract name's figure may be: what the finders produce and ./index.ts ranks.
import type { CellValue } from "../snapshot";
import type { ReasonId } from "./types";

export interface Low {
  id: ReasonId;
  text: string;
  /** A weak label outside its area (findCells lowFor): other evidence of the workbook may lift it (./weakPlanYear.ts). */
  weakLabel?: boolean;
  /** For a weak label: the area it stands in (none: a sheet without a recognisable area). */
  area?: string;
  /** The label names the planning year for a figure of the previous year only (./planYearElsewhere.ts). */
  labelNamesPlanYear?: boolean;
}

export interface Candidate {
  name: string;
  sheet: number;
  /** Absolute reference of the value (cell or table range). */
  ref: string;
  label: string;
  labelCell: string;
  value: CellValue;
  /** Reasons why it can only be "low" (empty: it could be "high"). */
  lows: Low[];
  noteId?: ReasonId;
  note?: string;
  /** Used only when no other candidate exists (a total row taken as a figure, a bare title cell). */
  fallback?: boolean;
  /** A total row the area table's rows add up to (./areaTableTotal.ts): among fallbacks, the table's own total. */
  addsUpTable?: boolean;
  /** A staff noun's total in a VZÄ column (./staffNounTotal.ts): its one doubt goes when the area total restates it. */
  staffNounTotal?: boolean;
  /** The other name the same number has at this cell by definition (the VWT allocation is the VH's federal part: ./budgetMatrix.ts). */
  twinOf?: string;
  /** Its section or sheet names another year than the plan's (./totalScope.ts): no rival to the plan's figure. */
  past?: boolean;
  /** Sort key: sheet, row, column of the label. */
  order: number;
}

/** Cells claimed by a table, so labels inside it are not read as single figures. */
export class Claims {
  private readonly cells = new Set<number>();
  add(sheet: number, r1: number, c1: number, r2: number, c2: number): void {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.cells.add(cellNumber(sheet, r, c));
  }
  has(sheet: number, r: number, c: number): boolean {
    return this.cells.has(cellNumber(sheet, r, c));
  }
}

/** One number per cell (Excel has at most 2^20 rows and 2^14 columns): asked for every cell tried, a string key costs more. */
function cellNumber(sheet: number, r: number, c: number): number {
  return (sheet * 1_048_576 + r) * 16_384 + c;
}

export const orderOf = (sheet: number, row: number, col: number) => sheet * 1e9 + row * 20_000 + col;
