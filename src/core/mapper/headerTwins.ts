// A figure head naming twins ("eLb (Ø)" is the targets' eLb and the customers' eLb) among heads of one area
// ("Integrationsquote | LZB-Bestand | Integrationen | eLb (Ø)" are targets): the twin of that area is meant, as
// a row label among target rows is (./findCells.ts settleTwins). Among heads of mixed areas it stays open.
import { areaOf, type AreaId } from "../areas";
import type { LabelSpec } from "./labels";

const areasOf = (spec: LabelSpec): Set<AreaId> => new Set(Object.values(spec.names).flatMap((n) => (n ? [areaOf(n)?.id].filter((a): a is AreaId => a !== undefined) : [])));

/**
 * For each head's specs: the one spec, or of several the one in the area all single-spec heads share (at least two
 * of them, or the other of only two heads); an empty list where that does not decide.
 */
export function settleHeadTwins(heads: ReadonlyArray<readonly LabelSpec[]>): LabelSpec[][] {
  const single = heads.filter((s) => s.length === 1).map((s) => areasOf(s[0]));
  // Two heads alone ("Integrationen | eLb (JDW)": the IQ's base) read as one pair: the single one's area decides.
  const enough = single.length >= 2 || (single.length === 1 && heads.length === 2);
  const shared = enough && single.every((a) => a.size === 1) ? [...single[0]][0] : undefined;
  const area = shared !== undefined && single.every((a) => a.has(shared)) ? shared : undefined;
  return heads.map((specs) => {
    if (specs.length <= 1) return [...specs];
    if (area === undefined) return [];
    const inArea = specs.filter((s) => areasOf(s).size === 1 && areasOf(s).has(area));
    return inArea.length === 1 ? inArea : [];
  });
}
