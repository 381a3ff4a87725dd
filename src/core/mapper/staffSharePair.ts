// "anteilBa | 82 %" over "anteilKommune | 18 %", "Anteil BA | 76 %" beside "Anteil kommunal | 24 %" on a sheet of
// settings without area titles: the BA's share and the municipal share in neighbouring rows, completing each other
// to 100 %, are the staff's split by employer. The BA employs staff; it funds no budget share (the budget's is the
// Bund's, "Anteil Bund"), so the pair names its area itself. A lone "Anteil Kommune" (the KFA's rate?) or a pair not
// adding up stays unsure.
import type { SheetGrid } from "./grid";
import { matchAt } from "./labelCells";

const PAIR: Record<string, string> = { PER_Anteil_BA: "PER_Anteil_Kommune", PER_Anteil_Kommune: "PER_Anteil_BA" };

/** The first number right of the label, as a share (0–1), if it is one. */
function shareRight(sheet: SheetGrid, row: number, col: number): number | undefined {
  const c = sheet.filledColumns(row).find((x) => x > col && sheet.number(row, x) !== undefined);
  const v = c === undefined ? undefined : sheet.number(row, c);
  return v !== undefined && v > 0 && v < 1 ? v : undefined;
}

const names = (sheet: SheetGrid, row: number, col: number) => matchAt(sheet, row, col).standalone.flatMap((s) => Object.values(s.names));

/** Whether the label at (row, col) naming `name` has its sibling share in the row above or below, the two adding to 100 %. */
export function isStaffSharePair(sheet: SheetGrid, row: number, col: number, name: string): boolean {
  const sibling = PAIR[name];
  const own = sibling === undefined ? undefined : shareRight(sheet, row, col);
  if (own === undefined || !names(sheet, row, col).includes(name)) return false;
  return [row - 1, row + 1].some((r) => {
    if (r < sheet.r0 || r > sheet.lastRow) return false;
    const other = shareRight(sheet, r, col);
    return other !== undefined && Math.abs(own + other - 1) <= 0.005 && names(sheet, r, col).includes(sibling);
  });
}
