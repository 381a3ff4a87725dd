// Short forms of "Veränderung"/"Änderung" in headers typed by hand ("Verä. VJ", "Verändg.", "Änd. z. VJ"): a
// change against the previous year, not the previous year's value. The folded text gets the full word, so the
// shared vocabulary (./columnRoles.ts) reads such a header as a change whatever year word stands beside it.

/** Whether a folded word cuts "veraenderung" or "aenderung" short (at least "verae"/"aend"), or is "veraendg"/"aendg". */
function isChangeStub(word: string): boolean {
  if (word === "veraendg" || word === "aendg") return true;
  if (word.length >= 5 && word.length < "veraenderung".length && "veraenderung".startsWith(word)) return true;
  return word.length >= 4 && word.length <= "aenderung".length && "aenderung".startsWith(word);
}

/** The folded text with each short form of the change word written out ("verae vj" → "veraenderung vj"). */
export function expandChangeStubs(folded: string): string {
  if (!/\b(verae|aend)/.test(folded)) return folded;
  return folded.replace(/[a-z]+/g, (w) => (isChangeStub(w) ? "veraenderung" : w));
}
