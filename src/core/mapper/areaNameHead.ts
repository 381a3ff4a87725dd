// "ORG_BEZ | KOEPFE | VZAE", "Bereichsbezeichnung | Köpfe | VZÄ", "OE-Name | VZÄ": a column head naming the areas'
// names (an area word with a name word: "Bezeichnung", its office short form "Bez.", "Name", "Text") over a row whose
// other heads name the VZÄ heads the staff table by area as a heading naming it would. "Bez" after an area word is
// the Bezeichnung, never the Bundesentlastungszuschuss. A name head alone ("Bezeichnung | VZÄ") names no area.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { identifierWords } from "./identifierWords";
import { isStaffHeadRow } from "./staffHeadRow";

const AREA_WORD = /^((fach|organisations|arbeits|aufgaben)?bereichs?|organisationseinheit(en)?|org|oe|orga|einheit|sachgebiets?|abteilungs?|teams?)$/;
const NAME_WORD = /^(bezeichnung(en)?|bez|bezeichner|name[n]?|txt|text|kurztext|langtext|kurzbez|langbez)$/;
// "Bereichsbezeichnung", "Bereichsname", "Sachgebietsbezeichnung", "Organisationseinheitbez": compounds of the two.
const COMPOUND = /^((fach|organisations|arbeits|aufgaben)?bereich|organisationseinheit|sachgebiet|abteilung|team)s?(bezeichnung|name|bez|text)$/;

/** Whether a head text names the areas' names: an area word with a name word, in any order ("Bezeichnung Bereich"). */
export function namesAreaNames(text: string): boolean {
  const words = fold(identifierWords(text)).replace(/[-_./:()]/g, " ").split(/\s+/).filter((w) => w && !/^(der|des|die|nach)$/.test(w));
  if (words.length === 1) return COMPOUND.test(words[0]);
  if (words.length !== 2) return false;
  const [a, b] = words;
  return (AREA_WORD.test(a) && NAME_WORD.test(b)) || (NAME_WORD.test(a) && AREA_WORD.test(b));
}

/** Whether the cell at (row, col) is an area-name head in a head row whose other heads name the VZÄ. */
export function isAreaNameHead(sheet: SheetGrid, row: number, col: number): boolean {
  return namesAreaNames(sheet.ownText(row, col) ?? "") && isStaffHeadRow(sheet, row, col, true);
}
