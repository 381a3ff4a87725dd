// A text standing for a missing value ("n.v.", "k.A.", "–", "#NV"): a data cell left empty in words, never a
// column header. A row "Integrationen | n.v." is a data row, so the header above still heads the rows below it.
// So is a template's placeholder ("bitte eintragen", "[hier ausfüllen]", "noch offen"): a value still to come; and
// a pointer to another place ("s.o.", "siehe oben", "vgl. unten", "s. Zeile 6"): the value is not in this cell.
import { fold } from "./normalize";

// Also to another row of the table: "s. Zeile 6", "siehe Zl. 12" (a note "siehe Anlage 2" points to no value).
const POINTER = /^(s|siehe|vgl) ?(o|oben|u|unten|(zeile|zl) ?\d+)$/;
const MISSING = /^(n ?v|n ?a|k ?a|keine angabe\w*|nicht verfuegbar|entfaellt|folgt|tbd|-+|–|—|\/|\?|#nv|#n ?a)$/;

const PLACEHOLDER = /^((bitte|hier|noch) )*(eintragen|ausfuellen|ergaenzen|angeben|nachtragen|einfuegen)( bitte)?$|^noch offen$|^ausstehend$|^x{2,}$/;

/** Whether a cell text only says that the value is missing (or still to be filled in). */
export function isMissingValueText(text: string): boolean {
  const f = fold(text).replace(/[.:!()[\]<>]/g, " ").replace(/\s+/g, " ").trim();
  return MISSING.test(f) || POINTER.test(f) || PLACEHOLDER.test(f) || /^[-–—/?]+$/.test(text.trim());
}

/** Whether a cell text points to the value's other place ("s.o.", "siehe oben"): the figure is not here. */
export function isPointerText(text: string): boolean {
  return POINTER.test(fold(text).replace(/[.:!()]/g, " ").replace(/\s+/g, " ").trim());
}
