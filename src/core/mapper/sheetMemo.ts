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
