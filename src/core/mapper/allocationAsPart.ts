// "Bundesanteil (Zuteilung VWT)" beside "Umschichtung aus EGT" and "Kommunaler Finanzierungsanteil": the
// Verwaltungshaushalt's federal part, which is the allocated Verwaltungstitel, named with the allocation it comes
// from. The allocation word alone makes it read as BUD_VWT_Zuteilung; the row block it stands in decides.
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { outlineEnds } from "./outlineGroup";
import { DATE_SPEC_IDS } from "./trailingDateWord";

/**
 * What a figure is part of, by the contract's own naming: "BUD_VH_EinglMV" → VH (the Verwaltungshaushalt's
 * composition), "BUD_VWT_Zuteilung" → Zuteilung (the allocation, with BUD_EGT_Zuteilung). Parts every area
 * has (Gesamt, VJ, Veränderung, Männer, Frauen, Anteil) tie nothing together.
 */
const GENERIC_PART = /^(gesamt|vj|veraenderung|maenner|frauen|anteil)$/i;
export const familiesOf = (spec: LabelSpec) =>
  new Set(Object.values(spec.names).flatMap((n) => (n ? n.split("_").slice(1).filter((p) => !GENERIC_PART.test(p)) : [])));

export const isAllocation = (spec: LabelSpec) => familiesOf(spec).has("Zuteilung");

/** The figures the other rows of a label's block name unambiguously (same column, up to a blank row). */
export function blockSpecs(sheet: SheetGrid, row: number, col: number, matchAt: (r: number) => LabelMatch): LabelSpec[] {
  const specs: LabelSpec[] = [];
  // An outline-numbered list's block ends where the top number changes (./outlineGroup.ts).
  const ends = outlineEnds(sheet, row, col);
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < 12 && !sheet.rowBlank(r) && !ends(r); r += step, n++) {
      const m = matchAt(r);
      if (m.standalone.length === 1) specs.push(m.standalone[0]);
    }
  }
  return specs;
}

/** The contract families of figures (see familiesOf). */
export const familiesIn = (specs: LabelSpec[]) => new Set(specs.flatMap((s) => [...familiesOf(s)]));

/**
 * Several readings of one label or head ("VH Bund lt. EinglMV": the Verwaltungshaushalt's federal part or the
 * allocation of its title): when its siblings (the rows of its block, the heads of its row) name figures of exactly
 * one reading's contract family, it is that reading. Else all readings stay.
 */
export function byFamilies(specs: LabelSpec[], siblings: LabelSpec[]): LabelSpec[] {
  const families = familiesIn(siblings);
  const fitting = specs.filter((s) => [...familiesOf(s)].some((f) => families.has(f)));
  return fitting.length === 1 ? fitting : specs;
}

const ALLOCATION_WORD = /(?<!\p{L})(zuteilung|zuweisung|mittelzuweisung|zugeteilt|zugewiesen)\p{L}*/giu;

/**
 * The part a label names besides the allocation it equals: read without its allocation word, it names one
 * non-allocation figure, and its block holds that figure's family (VH) but neither an allocation row nor a row of
 * that figure itself. Undefined otherwise: in the allocation's own block ("Zuteilung EGT | Zuteilung VWT
 * (Bundesanteil)"), or above a composition that has its own federal row, the label stays the allocation.
 */
export function allocationAsPart(text: string, specs: LabelSpec[], siblings: () => LabelSpec[]): LabelSpec[] | undefined {
  // "Zuteilung gem. EinglMV vom": the allocation's date is no amount, and no part of what it dates (./trailingDateWord.ts).
  if (specs.length !== 1 || !isAllocation(specs[0]) || DATE_SPEC_IDS.has(specs[0].id)) return undefined;
  const stripped = text.replace(ALLOCATION_WORD, " ");
  if (stripped === text || stripped.trim() === "") return undefined;
  const part = matchLabel(stripped).standalone;
  if (part.length !== 1 || isAllocation(part[0])) return undefined;
  const rows = siblings();
  const around = familiesIn(rows);
  if (around.has("Zuteilung") || rows.includes(part[0])) return undefined;
  return [...familiesOf(part[0])].some((f) => around.has(f)) ? part : undefined;
}
