// Short forms of "Veränderung"/"Änderung" in headers typed by hand ("Verä. VJ", "Verändg.", "Änd. z. VJ"): a
// change against the previous year, not the previous year's value. The folded text gets the full word, so the
// shared vocabulary (./columnRoles.ts) reads such a header as a change whatever year word stands beside it.

/**
 * Whether a folded word cuts "veraenderung" or "aenderung" short (at least "verae"/"aend"), or contracts it to
 * its first letter and the "d…g" of "-derung" ("vdg", "verdg", "veraendg", "aendg"; letters in the word's order).
 */
function isChangeStub(word: string): boolean {
  if (isContraction(word)) return true;
  if (word.length >= 5 && word.length < "veraenderung".length && "veraenderung".startsWith(word)) return true;
  return word.length >= 4 && word.length <= "aenderung".length && "aenderung".startsWith(word);
}

/** "vdg", "verdg", "aendg": the word's first letter, some of its letters in order, ending in "dg". */
function isContraction(word: string): boolean {
  if (!word.endsWith("dg") || word.length < 3) return false;
  const full = word[0] === "v" ? "veraenderung" : word[0] === "a" ? "aenderung" : undefined;
  if (full === undefined) return false;
  let at = 0;
  for (const ch of word) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

// "Ver. in %", "Ver. IQ Mä", "Ver. %-Pkt.": the bare syllable "Ver." typed for the change; not before a number or
// a number word ("Ver. 2", "Ver.-Nr.": a version).
const BARE_VER = /\bver\b(?! ?(\d|nr\b|nummer))/g;

/** The folded text with each short form of the change word written out ("verae vj" → "veraenderung vj"). */
export function expandChangeStubs(folded: string): string {
  if (!/\b(verae|aend|v\w*dg\b|ver\b)/.test(folded)) return folded;
  return folded.replace(/[a-z]+/g, (w) => (isChangeStub(w) ? "veraenderung" : w)).replace(BARE_VER, "veraenderung");
}
