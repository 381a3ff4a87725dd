// What a label in FOE_Tabelle says about its row, for tables without an Ebene column (see foe.ts): the
// level, and "davon" (a complete breakdown) vs "darunter" (parts), by the label's first word. Matched on a loose spelling, so case,
// umlauts, punctuation, dashes and footnote marks do not matter.

/** Lower case, umlauts spelt out, words separated by single spaces: "Begründung¹" → "begruendung 1". */
export function looseLabel(v: string): string {
  return v
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export type LabelLevel = 0 | 1 | 2 | "subtotal";

/**
 * First words (loose spelling) of a "davon" row: a complete breakdown of its parent, the rows add up to it.
 * "hiervon" is the same word as "davon" in German usage ("hiervon Frauen" = "davon Frauen"); "dav" is its
 * abbreviation. The mapper's row-group words are these lists too (src/core/mapper/labels.ts).
 */
export const DAVON_WORDS: readonly string[] = ["davon", "dav", "hiervon"];

/**
 * First words (loose spelling) of a "darunter" row: parts of their parent, which may overlap and need not
 * add up to it. "dabei", "u. a." / "unter anderem" and "und zwar" name some of what the parent counts, not
 * all of it, so they are parts like "darunter"; "dar" is its abbreviation.
 */
export const DARUNTER_WORDS: readonly string[] = ["darunter", "dar", "dabei", "u a", "unter anderem", "und zwar"];

const firstWord = (words: readonly string[]) => new RegExp(`^(${words.join("|")})\\b`);
/** A level-2 row's label, in loose spelling: it starts with a davon or darunter word. */
export const LEVEL2 = firstWord([...DAVON_WORDS, ...DARUNTER_WORDS]);
const DAVON = firstWord(DAVON_WORDS);

/** The level a label gives, for a table without an Ebene column. */
export function levelOfLabel(label: string, firstOrLast: boolean): LabelLevel {
  const l = looseLabel(label);
  if (LEVEL2.test(l)) return 2;
  if (/^(zwischensumme|teilsumme)/.test(l)) return "subtotal";
  if (/^(gesamt|insgesamt|gesamtsumme|gesamtergebnis)\b/.test(l) || /^summe( gesamt| insgesamt| aller\b.*)?$/.test(l) || /^alle (instrumente|massnahmen|foerderungen)$/.test(l)) return 0;
  if (/^summe\b/.test(l)) return firstOrLast ? 0 : "subtotal";
  // "… gesamt", the totals row of an Excel table ("Ergebnis", "Total") and the office's "Ges." only at the table's edge.
  // So is a plain "zusammen" ("Alles zusammen", a newcomer's total row).
  if (firstOrLast && (/ (gesamt|insgesamt)$/.test(l) || /^(ergebnis|total|ges|zusammen|alles zusammen|alle zusammen)$/.test(l))) return 0;
  return 1;
}

/** "davon" rows are a complete breakdown; every other level-2 row is a "darunter" part. */
export const isDavon = (label: string) => DAVON.test(looseLabel(label));

