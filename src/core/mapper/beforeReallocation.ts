// "EGT-Zuteilung (vor Umschichtung)", "Eingliederungstitel ohne Umschichtungen": the title as allocated, before any
// of it is moved to the Verwaltungshaushalt. The words name the allocation's state, not the reallocation (the
// VH's part "Umschichtung aus dem EGT"), so they read as an allocation word.
const BEFORE_REALLOCATION = /(?<!\p{L})(?:vor|ohne)\s+(?:(?:der|den|die)\s+)?(?:umschicht|umgeschicht)[\p{L}]*\.?/giu;

/** The label with "vor/ohne Umschichtung(en)" read as the allocation word it amounts to. */
export function readBeforeReallocation(text: string): string {
  return text.replace(BEFORE_REALLOCATION, " Zuteilung ");
}
