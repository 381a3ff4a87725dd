// A text standing for a missing value ("n.v.", "k.A.", "–", "#NV"): a data cell left empty in words, never a
// column header. A row "Integrationen | n.v." is a data row, so the header above still heads the rows below it.
// So is a template's placeholder ("bitte eintragen", "[hier ausfüllen]", "noch offen"): a value still to come.
import { fold } from "./normalize";

const MISSING = /^(n ?v|n ?a|k ?a|keine angabe\w*|nicht verfuegbar|entfaellt|folgt|tbd|-+|–|—|\/|\?|#nv|#n ?a)$/;

const PLACEHOLDER = /^((bitte|hier|noch) )*(eintragen|ausfuellen|ergaenzen|angeben|nachtragen|einfuegen)( bitte)?$|^noch offen$|^ausstehend$|^x{2,}$/;

/** Whether a cell text only says that the value is missing (or still to be filled in). */
export function isMissingValueText(text: string): boolean {
  const f = fold(text).replace(/[.:!()[\]<>]/g, " ").replace(/\s+/g, " ").trim();
  return MISSING.test(f) || PLACEHOLDER.test(f) || /^[-–—/?]+$/.test(text.trim());
}
