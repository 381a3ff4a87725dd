// "Vorjahresvergleich abs. | Vorjahresvergleich %", "Vergleich zum Vorjahr", "VJ-Vergleich": a comparison with the
// previous year is the change against it, never the previous year's value (the word "Vorjahr" in it names only
// what is compared with).
const COMPARISON = /\b(vorjahresvergleich\w*|vj[- ]?vergleich\w*|vergleich (zum|mit dem|ggue?\.?|gegenueber dem) (vorjahr\w*|vj))\b/;

/** Whether a folded head names the comparison with the previous year. */
export const isPreviousYearComparison = (folded: string): boolean => COMPARISON.test(folded);
