// Numbered drafts and versions of one sheet ("Entwurf 1" beside "Entwurf 2", "Version 3", "Fassung Nr. 2", "V2"):
// the number counts the versions, so the highest is the latest (./versions.ts). A bare number without such a word
// ("Ziele 2", "Blatt 3", a year) counts nothing.

/** A version word followed by its number, in a folded name. */
const NUMBERED = /\b(entwurf|entwuerfe|version|fassung|ueberarbeitung|revision|v|rev)\s*(?:nr\s*|no\s*)?(\d{1,2})\b/;

/** The name without its draft number, and the number; undefined without one. */
export function draftNumberOf(folded: string): { rest: string; number: number; word: string } | undefined {
  const m = NUMBERED.exec(folded);
  if (!m) return undefined;
  return { rest: `${folded.slice(0, m.index)} ${m[1]} ${folded.slice(m.index + m[0].length)}`, number: Number(m[2]), word: m[1] };
}
