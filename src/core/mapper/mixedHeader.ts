// A column head naming two kinds at once ("Anzahl / Anteil", "Wert bzw. Quote", "Köpfe und %"): the column holds
// counts in some rows and shares in others, so its head contradicts no row's kind; each row's label decides.
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";

/** Words that name a plain amount in a head ("Anzahl", "Wert", "Zahl", "Betrag", "absolut"). */
const AMOUNT = /^(anzahl|wert|werte|zahl|zahlen|betrag|absolut|abs|menge|ist|stand)$/;
const SEPARATOR = /\s*(?:\/|\||\bbzw\b\.?|\bund\b|\boder\b|\bu\b\.?)\s*/;

/** Whether a head joins an amount and a share (or two different column kinds) with "/", "bzw.", "und", "oder". */
export function isMixedHeader(text: string): boolean {
  const parts = text.toLowerCase().split(SEPARATOR).map((p) => fold(p).trim() || p.trim()).filter(Boolean);
  if (parts.length !== 2) return false;
  const kinds = parts.map((p) => (AMOUNT.test(p) ? "amount" : readColumn(p).kind ?? (p === "%" ? "share" : undefined)));
  return kinds[0] !== undefined && kinds[1] !== undefined && kinds[0] !== kinds[1];
}
