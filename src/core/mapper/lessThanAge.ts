// "Anteil junge Alo < 25", "Arbeitslose <25 J.": a "less than" before an age reads as "unter", as "U25" does; folded
// away, the "<" left a bare "25" that named nothing. A "≤"/"<=" reads alike; "> 55" (over) reads as "ue55".
/** The text with "< 25" written "u25" and "> 55" written "ue55" (before folding). */
export function withAgeLimits(text: string): string {
  if (!/[<>≤≥]/.test(text)) return text;
  return text.replace(/(?:<=?|≤)\s?(\d\d)(?!\d)/g, " u$1 ").replace(/(?:>=?|≥)\s?(\d\d)(?!\d)/g, " ue$1 ");
}
