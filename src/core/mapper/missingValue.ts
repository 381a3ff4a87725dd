// A text standing for a missing value ("n.v.", "k.A.", "–", "#NV"): a data cell left empty in words, never a
// column header. A row "Integrationen | n.v." is a data row, so the header above still heads the rows below it.
import { fold } from "./normalize";

const MISSING = /^(n ?v|n ?a|k ?a|keine angabe\w*|nicht verfuegbar|entfaellt|folgt|tbd|-+|–|—|\/|\?|#nv|#n ?a)$/;

/** Whether a cell text only says that the value is missing. */
export function isMissingValueText(text: string): boolean {
  const f = fold(text).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();
  return MISSING.test(f) || /^[-–—/?]+$/.test(text.trim());
}
