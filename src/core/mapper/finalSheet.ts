// Versions on sheets of their own beside one named as the valid one: "V1 | V2 | final", "Ziele Entwurf 2 | Ziele
// endgültig". The sheet named final, endgültig or aktuell is the programme; the numbered versions are earlier ones,
// kept for the record: never sure, as an earlier dated version is (./versions.ts). ("Entwurf" alone names no old
// version: every programme is a draft until agreed.)
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { draftNumberOf } from "./draftNumber";
import { fold } from "./normalize";

const FINAL_WORD = /\b(final\w*|endgueltig\w*|aktuell\w*|gueltig\w*)\b/;
const FILLER = /\b(fassung|version|stand|die|der)\b/g;

const baseOf = (folded: string) => folded.replace(FILLER, " ").replace(/\s+/g, " ").trim();

/** `older` with every numbered version sheet of a base that also has a sheet named final (the final one wins). */
export function withFinalSheet(grids: readonly SheetGrid[], older: Map<number, Low>): Map<number, Low> {
  const finals = grids
    .map((g) => ({ g, f: fold(g.name) }))
    .filter((x) => FINAL_WORD.test(x.f) && draftNumberOf(x.f) === undefined)
    .map((x) => ({ g: x.g, base: baseOf(x.f.replace(FINAL_WORD, " ")) }));
  if (finals.length !== 1) return older;
  const final = finals[0];
  const out = new Map(older);
  for (const g of grids) {
    const draft = draftNumberOf(fold(g.name));
    if (!draft || g === final.g || out.has(g.index)) continue;
    const base = baseOf(draft.rest.replace(new RegExp(`\\b${draft.word}\\b`), " "));
    if (base !== final.base) continue;
    out.set(g.index, { id: "kontext", text: `Blatt „${g.name}“ ist eine frühere Fassung; gültig ist „${final.g.name}“.` });
  }
  return out;
}
