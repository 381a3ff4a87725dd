// The Verwaltungshaushalt's federal part is the allocated Verwaltungskostentitel (docs/rules.md abstimmung/vwt:
// BUD_VH_EinglMV = BUD_VWT_Zuteilung). A workbook that states the VH as "Zuteilung VWT | + Umschichtung aus dem
// EGT | + KFA | = Gesamt" names the federal part only as the allocation: the one cell is both figures, as a reader
// of the addition sees — by its place (the allocation opens the composition) or by its sum (allocation + move + KFA
// = the VH total on the same sheet). One number under two names, like the eLb twin.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import type { MissingName } from "./types";
import { afterReallocation } from "./notAllocation";

export const FEDERAL_TWINS = ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"] as const;

interface Chosen {
  best: Candidate;
  extra: Low[];
  all?: Candidate[];
}

const at = (c: Candidate) => parseCell(splitAddress(c.ref).range.replace(/\$/g, "").split(":")[0]);

/** An allocation word in a label ("Zuteilung", "Mittelzuweisung", "zugeteilt"). */
const ALLOCATION_WORD = /(?<!\p{L})(zuteilung|zuweisung|mittelzuweisung|zugeteilt|zugewiesen)/iu;

/**
 * Gives both names the one cell when the other name has no candidate anywhere, the base is
 * - the sure BUD_VWT_Zuteilung, or
 * - the sure BUD_VH_EinglMV labelled as the allocation ("Mittelzuweisung Verwaltungstitel (Bund)"),
 * and the sure Umschichtung and KFA add up with it to the sure VH total on the same sheet, or, with no such total to
 * compare, stand below it in the same value column in one block of rows. An allocation block of its own ("Zuteilung EGT | Zuteilung VWT")
 * or a composition with its own federal row leaves the names as they are. Returns the shared ref.
 */
export function shareFederalPart(
  chosen: Map<string, Chosen>,
  candidatesOf: (name: string) => readonly Candidate[],
  missingReasons: MissingName[],
  defined: ReadonlySet<string>,
  grids: readonly SheetGrid[],
): string | undefined {
  if (FEDERAL_TWINS.some((n) => defined.has(n.toUpperCase()))) return undefined;
  const sure = (n: string) => {
    const c = chosen.get(n);
    return c && c.best.lows.length === 0 && c.extra.length === 0 ? c.best : undefined;
  };
  const [vwt, federal] = FEDERAL_TWINS;
  const allocation = sure(vwt);
  const part = sure(federal);
  // A federal part after the move ("Bundesanteil nach Umschichtung") is never the EinglMV part (./federalAfterMove.ts),
  // and a reading of the allocation's own cell is none of another cell: neither makes the federal part found.
  const lone = (n: string) => !chosen.has(n) && candidatesOf(n).every((c) => n === federal && (afterReallocation(c.label) || c.ref === allocation?.ref));
  const base = allocation && lone(federal) ? allocation : part && lone(vwt) && ALLOCATION_WORD.test(part.label) ? part : undefined;
  if (!base) return undefined;
  const parts = [sure("BUD_VH_Umschichtung"), sure("BUD_VH_KFA")];
  // A VH total on the sheet must be their sum (a total that is not leaves room for another federal part).
  const sum = sumAgrees(base, parts, sure("BUD_VH_Gesamt"));
  if (sum === false || (sum === undefined && !opensComposition(base, parts, grids))) return undefined;
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

/** Whether base + |Umschichtung| + KFA is the VH total; undefined when not all four are numbers on one sheet. */
function sumAgrees(base: Candidate, parts: Array<Candidate | undefined>, total: Candidate | undefined): boolean | undefined {
  const all = [base, ...parts, total];
  if (all.some((c) => !c || typeof c.value !== "number" || c.sheet !== base.sheet)) return undefined;
  const [moved, municipal] = parts as Candidate[];
  const sum = (base.value as number) + Math.abs(moved.value as number) + (municipal.value as number);
  return Math.abs(sum - (total!.value as number)) < 0.5;
}
