// A month span with two-digit years ("Dez 23–Nov 24", "Jan. 24 bis Dez. 24") is a period, and its numbers are
// years: written with four digits ("Dez 2023–Nov 2024") it reads as the spans the column roles already know
// (../columnRoles.ts: a period of months, its year the span's end), and its "23"/"24" no longer look like the
// running number of a monitoring row ("Zugänge 12") nor stand as unknown words in the label.

const MONTHS = ["jan", "feb", "m(?:ae|a|ä)?rz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];
const MONTH = `(${MONTHS.map((m) => `${m}[a-zä]*`).join("|")})`;
const SPAN = new RegExp(`\\b${MONTH}\\.? ?(\\d\\d)\\s*(?:[–—-]|bis)?\\s*${MONTH}\\.? ?(\\d\\d)\\b`, "gi");

// "01/25–12/25", "12/24 - 11/25": months as numbers with their two-digit years, joined by a dash or "bis".
export const NUMERIC_SPAN = /(?<![\d./])(0[1-9]|1[0-2])\/(\d\d)(\s*(?:[–—-]|bis)\s*)(0[1-9]|1[0-2])\/(\d\d)(?![\d./])/g;

/** The text with each month span's two-digit years written with four ("Dez 23–Nov 24" → "Dez 2023–Nov 2024", "01/25–12/25" → "01/2025–12/2025"). */
export function withFullYears(text: string): string {
  if (!/\d\d/.test(text)) return text;
  return text
    .replace(SPAN, (_, m1: string, y1: string, m2: string, y2: string) => `${m1} 20${y1}–${m2} 20${y2}`)
    .replace(NUMERIC_SPAN, (_, m1: string, y1: string, dash: string, m2: string, y2: string) => `${m1}/20${y1}${dash}${m2}/20${y2}`);
}
