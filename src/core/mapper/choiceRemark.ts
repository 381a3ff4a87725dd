// A head row of alternatives without a mark ("Variante 1 | Variante 2") and a sentence on the sheet saying which one
// counts: "Die TV hat sich … für Variante 2 entschieden; Variante 1 ist damit hinfällig", "gilt Variante 2",
// "maßgeblich ist Szenario B". The one alternative the sentence names as chosen is the chosen one, as a mark in its
// head would be (./variantColumns.ts). A sentence that names none, or leaves two ("Entscheidung steht noch aus"),
// chooses nothing.
import { oncePerSheet } from "./sheetMemo";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** A verb or phrase of choosing (folded). */
const CHOICE = /\b(entschieden|entscheidet|gilt|gelten|massgeblich|beschlossen|gewaehlt|verabschiedet|zugrunde)\b/;
/** The choice is denied or still open. */
const OPEN = /\b(noch nicht|steht noch aus|offen|nicht entschieden)\b/;
/** After an alternative's name: it was dropped ("Variante 1 ist damit hinfällig"). */
const DROPPED = /^\s*(ist\s+|wird\s+|wurde\s+)?(damit\s+|somit\s+)?(hinfaellig|entfaellt|entfallen|verworfen|abgelehnt|obsolet|gegenstandslos|nicht mehr)/;

/** The sheet's choosing sentences (folded): rows holding one long text with a verb of choosing. */
const choiceSentences = oncePerSheet((sheet): string[] => {
  const out: string[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 1) continue;
    const t = sheet.ownText(r, cols[0]);
    if (t === undefined || t.length < 12) continue;
    const f = fold(t);
    if (CHOICE.test(f) && !OPEN.test(f)) out.push(f);
  }
  return out;
});

const nameRes = new Map<string, RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a sentence names the alternative (folded head) and keeps it (no "… ist hinfällig" after it). */
function keeps(sentence: string, name: string): boolean {
  // Compiled once per head text, not once per cell asking (the header lookups repeat per row).
  let re = nameRes.get(name);
  if (nameRes.size > 1_000) nameRes.clear();
  if (!re) nameRes.set(name, (re = new RegExp(`\\b${escape(name)}\\b`, "g")));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let named = false;
  while ((m = re.exec(sentence)) !== null) {
    if (DROPPED.test(sentence.slice(m.index + m[0].length))) return false;
    named = true;
  }
  return named;
}

/** The index among `heads` (folded) that a choosing sentence on the sheet names as the one that counts, or undefined. */
export function chosenByRemark(sheet: SheetGrid, heads: readonly string[]): number | undefined {
  if (heads.length < 2 || heads.some((h) => h.trim() === "")) return undefined;
  for (const s of choiceSentences(sheet)) {
    const kept = heads.map((h, i) => (keeps(s, h) ? i : -1)).filter((i) => i >= 0);
    if (kept.length === 1) return kept[0];
  }
  return undefined;
}
