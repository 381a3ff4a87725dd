// What a label in FOE_Tabelle says about its row, for tables without an Ebene column (see foe.ts): the
// level, and "davon" (a complete breakdown) vs "darunter" (parts). Matched on a loose spelling, so case,
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

/** The level a label gives, for a table without an Ebene column. */
export function levelOfLabel(label: string, firstOrLast: boolean): LabelLevel {
  const l = looseLabel(label);
  if (/^(darunter|davon|dar|dav)\b/.test(l)) return 2;
  if (/^(zwischensumme|teilsumme)/.test(l)) return "subtotal";
  if (/^(gesamt|insgesamt|gesamtsumme|gesamtergebnis)\b/.test(l) || /^summe( gesamt| insgesamt| aller\b.*)?$/.test(l) || /^alle (instrumente|massnahmen|foerderungen)$/.test(l)) return 0;
  if (/^summe\b/.test(l)) return firstOrLast ? 0 : "subtotal";
  // "… gesamt" and the totals row of an Excel table ("Ergebnis", "Total") only at the table's edge.
  if (firstOrLast && (/ (gesamt|insgesamt)$/.test(l) || /^(ergebnis|total)$/.test(l))) return 0;
  return 1;
}

/** "davon" rows are a complete breakdown; every other level-2 row is a "darunter" part. */
export const isDavon = (label: string) => /^(davon|dav)\b/.test(looseLabel(label));

