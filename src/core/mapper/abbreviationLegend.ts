// "AIP-Planungsmappe v3.2 (PJ = Planjahr, VJ = Vorjahr)": a title's legend explains the abbreviations used on the
// sheets. "VJ = Vorjahr" defines a word, it does not say the programme is last year's; a reader skips the legend
// when reading the title's year or role.

/**
 * An abbreviation's definition: a short word, "=", the one or two words it stands for, then a separator or the end
 * ("VJ: Vorjahr" may be a title's own words, so only "=").
 */
const LEGEND = /(^|[\s(,;])\p{L}{1,6}\s*=\s*[\p{L}-]+(\s+[\p{L}-]+)?(?=\s*([,;)]|$))/gu;

/** The raw text without the definitions of its legend. */
export function withoutLegend(text: string): string {
  return text.replace(LEGEND, "$1 ");
}
