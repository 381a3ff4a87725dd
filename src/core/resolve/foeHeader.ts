// How the check reads one cell of a FOE_Tabelle head: which contract column a header names, the year a heading
// names, whether a cell is a word at all. Shared by the table layout (./tableLayout.ts) and the two-row head
// (./twoRowHead.ts).
import { readColumn } from "../columnRoles";
import type { CellValue } from "../snapshot";
import { looseLabel } from "./labels";

export const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const numericText = (v: string) => /^[\s+\-\u2212]*[\d.,\s]+\s*%?$/.test(v);
/** A cell that reads as a heading or a label: text that is not a number typed as text. */
export const isWord = (v: CellValue | undefined): v is string => typeof v === "string" && !blank(v) && !numericText(v.trim());

// Headers are read with the shared column-role vocabulary (../columnRoles.ts), strictly: only the words Ist
// and Plan/Soll themselves make a FOE column, and a money, change or share header is never the count of Förderungen.
export const strictKind = (text: string) => readColumn(text, "strict").kind;
/** A money, change or share column ("Kosten Ist 2023", "Veränderung in %"), not the count of Förderungen. */
export const notACount = (text: string) => ["money", "change", "share"].includes(strictKind(text) ?? "");

export type FoeHeaderKey = "ist" | "plan" | "ebene" | "begruendung" | "instrument";

/** The contract column a FOE header names, if any. */
export function foeHeaderKey(v: CellValue | undefined): FoeHeaderKey | undefined {
  if (!isWord(v)) return undefined;
  const h = looseLabel(v);
  if (/^ebene\b/.test(h)) return "ebene";
  if (/^(begruendung|erlaeuterung|bemerkung)/.test(h)) return "begruendung";
  // "Ist 2023", "IST 23", "Ist (Vorjahr)", "Ist-Eintritte 2023", "Eintritte Ist 2023"; Soll is the plan.
  const kind = strictKind(v);
  if (kind === "ist" || kind === "plan") return kind;
  if (/^(instrument|foerderinstrument|massnahme|bezeichnung|foerderung|leistung)/.test(h)) return "instrument";
  return undefined;
}

export const numericYear = (v: CellValue | undefined) => (typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : undefined);

/** The year a text heading names ("Eintritte 2023", "2024"), unless it is a money, change or share column. */
export function headerYear(v: CellValue | undefined): number | undefined {
  if (!isWord(v) && !(typeof v === "string" && /^\s*(19|20)\d\d\s*$/.test(v))) return undefined;
  const text = String(v);
  if (notACount(text)) return undefined;
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : undefined;
}
