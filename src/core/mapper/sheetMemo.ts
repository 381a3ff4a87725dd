// What a module reads off a whole sheet once (its legends, pasted blocks, choosing sentences, title): computed on
// the first ask and kept as long as the sheet's grid lives, since the finders ask for it cell by cell.
import type { SheetGrid } from "./grid";

export function oncePerSheet<T>(compute: (sheet: SheetGrid) => T): (sheet: SheetGrid) => T {
  const cache = new WeakMap<SheetGrid, T>();
  return (sheet) => {
    if (cache.has(sheet)) return cache.get(sheet) as T;
    const value = compute(sheet);
    cache.set(sheet, value);
    return value;
  };
}

/** What a module reads off one cell, computed on the first ask and kept by row and column while the sheet's grid lives. */
export function oncePerCell<T>(compute: (sheet: SheetGrid, row: number, col: number) => T): (sheet: SheetGrid, row: number, col: number) => T {
  const answersOf = oncePerSheet(() => new Map<number, T>());
  return (sheet, row, col) => {
    const answers = answersOf(sheet);
    // Excel has at most 16.384 columns.
    const key = row * 16_384 + col;
    if (answers.has(key)) return answers.get(key) as T;
    const value = compute(sheet, row, col);
    answers.set(key, value);
    return value;
  };
}

/**
 * Where a sheet says what it is: its name and the lone texts of its first two filled rows (a title stands alone in
 * its row; a label among values, "Monatsbericht | Sep", names a field).
 */
export const sheetTitleTexts = oncePerSheet((g: SheetGrid): string[] => {
  const texts = [g.name];
  let rows = 0;
  for (let r = g.r0; r <= g.lastRow && rows < 2; r++) {
    const cols = g.filledColumns(r);
    if (cols.length === 0) continue;
    rows++;
    if (cols.length === 1) texts.push(g.ownText(r, cols[0]) ?? "");
  }
  return texts;
});
