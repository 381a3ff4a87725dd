// "Stand 31.01.26", "per 30.09.25": a full date written with a two-digit year names that year (20yy) as plainly as
// "31.01.2026" does. Read only from a whole date (day, month and year), so "Ist 01–09/24" and "3.1" stay as they are.

/** "31.01.26" (raw text): day, month and a two-digit year, no further digit. */
const SHORT_DATE = /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d\d)(?![\d.])/g;

/** The years of the text's full dates with two-digit years, written with four. */
export function shortDateYears(text: string): number[] {
  if (!/\.\d\d/.test(text)) return [];
  return [...text.matchAll(SHORT_DATE)].map((m) => 2000 + Number(m[3]));
}
