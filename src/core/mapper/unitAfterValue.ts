// A unit written right after a value ("Sonstiges administratives Personal | 4,0 | VZÄ") says what the number
// (or in the value's own text, "140 VZÄ") counts: full-time equivalents are no head count, and heads ("Pers.", "Köpfe") are no VZÄ, however the label reads.
import type { CellKind } from "../contract";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const VZAE_UNIT = /^(vzae|vze|vollzeitaequivalente?|vollzeitstellen)$/;
const HEADS_UNIT = /^(koepfe|kopfe|pers|personen|ma|mitarbeiter|beschaeftigte)$/;

/** The unit cell right after the value (folded), if the next filled cell of the row is a short unit text. */
function unitAfter(sheet: SheetGrid, row: number, valueCol: number): string | undefined {
  // "187,5 VZÄ", "186 MA": the unit typed in the value's own cell (./typedNumbers.ts).
  const own = sheet.typedText(row, valueCol)?.unit;
  if (own) return fold(own).replace(/\.$/, "");
  const next = sheet.filledColumns(row).find((c) => c > valueCol);
  if (next === undefined || next > valueCol + 1) return undefined;
  const t = sheet.ownText(row, next);
  return t === undefined || t.length > 25 ? undefined : fold(t).replace(/[()[\]]/g, "").trim();
}

/** Why the value cannot be of `kind` by the unit after it, or undefined when the unit says nothing against it. */
export function unitContradiction(sheet: SheetGrid, row: number, valueCol: number, kind: CellKind | "table" | undefined): { text: string } | undefined {
  if (kind !== "count" && kind !== "vzae") return undefined;
  const unit = unitAfter(sheet, row, valueCol);
  if (unit === undefined) return undefined;
  if (kind === "count" && VZAE_UNIT.test(unit)) return { text: "die Einheit daneben ist VZÄ, keine Kopfzahl" };
  if (kind === "vzae" && HEADS_UNIT.test(unit)) return { text: "die Einheit daneben zählt Köpfe, keine VZÄ" };
  return undefined;
}
