// A month span with two-digit years ("Dez 23–Nov 24", "Jan. 24 bis Dez. 24") is a period, and its numbers are
// years: written with four digits ("Dez 2023–Nov 2024") it reads as the spans the column roles already know
// (../columnRoles.ts: a period of months, its year the span's end), and its "23"/"24" no longer look like the
// running number of a monitoring row ("Zugänge 12") nor stand as unknown words in the label.

const MONTHS = ["jan", "feb", "m(?:ae|a|ä)?rz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];
const MONTH = `(${MONTHS.map((m) => `${m}[a-zä]*`).join("|")})`;
const SPAN = new RegExp(`\\b${MONTH}\\.? ?(\\d\\d)\\s*(?:[–—-]|bis)?\\s*${MONTH}\\.? ?(\\d\\d)\\b`, "gi");

/** The text with each month span's two-digit years written with four ("Dez 23–Nov 24" → "Dez 2023–Nov 2024"). */
export function withFullYears(text: string): string {
  if (!/\d\d/.test(text)) return text;
  return text.replace(SPAN, (_, m1: string, y1: string, m2: string, y2: string) => `${m1} 20${y1}–${m2} 20${y2}`);
}
