// The Verwaltungshaushalt's federal part is the allocated Verwaltungskostentitel (docs/rules.md abstimmung/vwt:
// BUD_VH_EinglMV = BUD_VWT_Zuteilung). A workbook that lists the VH's composition as "Zuteilung
// Verwaltungskostentitel | + Umschichtung aus dem EGT | + kommunaler Finanzierungsanteil | = Gesamt" states the
// federal part only as the allocation: the one cell is both figures, as a reader of the addition sees.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import type { MissingName } from "./types";

export const ALLOCATION_TWINS = ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"] as const;

interface Chosen {
  best: Candidate;
  extra: Low[];
  all?: Candidate[];
}

const at = (c: Candidate) => parseCell(splitAddress(c.ref).range.replace(/\$/g, "").split(":")[0]);

/** An allocation word in a label ("Zuteilung", "Mittelzuweisung", "zugeteilt"). */
const ALLOCATION_WORD = /(?<!\p{L})(zuteilung|zuweisung|mittelzuweisung|zugeteilt|zugewiesen)/iu;

/**
 * Gives both names the one cell when the other name has no candidate anywhere and either
 * - the sure BUD_VWT_Zuteilung opens the VH's composition: the sure Umschichtung and KFA stand below it in the same
 *   value column, in one block of rows (no blank row between), or
 * - the sure BUD_VH_EinglMV, read in that composition (./allocationAsPart.ts), is labelled as the allocation
 *   ("Mittelzuweisung Verwaltungstitel (Bund)").
 * An allocation block of its own ("Zuteilung EGT | Zuteilung VWT"), or a composition with its own federal row,
 * leaves the names as they are. Returns the shared ref.
 */
export function shareAllocationTwin(
  chosen: Map<string, Chosen>,
  candidatesOf: (name: string) => readonly Candidate[],
  missingReasons: MissingName[],
  defined: ReadonlySet<string>,
  grids: readonly SheetGrid[],
): string | undefined {
  if (ALLOCATION_TWINS.some((n) => defined.has(n.toUpperCase()))) return undefined;
  const sure = (n: string) => {
    const c = chosen.get(n);
    return c && c.best.lows.length === 0 && c.extra.length === 0 ? c.best : undefined;
  };
  const [vwt, federal] = ALLOCATION_TWINS;
  const lone = (n: string) => !chosen.has(n) && candidatesOf(n).length === 0;
  const allocation = sure(vwt);
  const part = sure(federal);
  const base = allocation && lone(federal) ? allocation : part && lone(vwt) && ALLOCATION_WORD.test(part.label) ? part : undefined;
  if (!base || !opensComposition(base, [sure("BUD_VH_Umschichtung"), sure("BUD_VH_KFA")], grids)) return undefined;
  const name = base === allocation ? federal : vwt;
  chosen.set(name, { best: { ...base, name, lows: [] }, extra: [], all: [{ ...base, name }] });
  const i = missingReasons.findIndex((m) => m.name === name);
  if (i >= 0) missingReasons.splice(i, 1);
  return base.ref;
}

/** Whether `top` stands right above the VH's Umschichtung and KFA, in their value column, with no blank row between. */
function opensComposition(top: Candidate, parts: Array<Candidate | undefined>, grids: readonly SheetGrid[]): boolean {
  const sheet = grids.find((g) => g.index === top.sheet);
  if (!sheet || parts.some((p) => !p || p.sheet !== top.sheet)) return false;
  const at0 = at(top);
  const below = parts.map((p) => at(p!));
  if (below.some((b) => b.col !== at0.col || b.row <= at0.row)) return false;
  const last = Math.max(...below.map((b) => b.row));
  for (let r = at0.row + 1; r < last; r++) if (sheet.rowBlank(r)) return false;
  return true;
}
