// Columns of one row for the versions a programme went through: "Erstentwurf 15.10. | Fassung nach ZV 12.12.",
// "alt | neu | Änderung", "Anmeldung JC | lt. Zuteilung / final", "Plan 2026 | 2027 nachrichtlich". The final,
// new or agreed column is the plan; a draft's, an old value's or a request's column is never the plan, nor is a
// preview of a later year given for information. So of several numbers of one row, those under such heads drop out
// when another remains (./findCells.ts, beside ./agreedColumn.ts).
import type { SheetGrid } from "./grid";
import { namesChosen } from "./chosenWords";
import { fold } from "./normalize";
import { namesAlternative, namesVariantWord, unmarkedAlternatives, variantRole } from "./variantColumns";
import { readColumn } from "../columnRoles";
import { chosenByRemark } from "./choiceRemark";

/** A head naming a draft, an old value, a request or a preview (folded). */
const NOT_THE_PLAN =
  /\b(\w*entwurf\w*|alt|alte\w?|bisher\w*|ueberholt\w*|vorherig\w*|vorversion\w*|anmeldung\w*|angemeldet\w*|bedarfsanmeldung\w*|nachrichtlich\w*|vorschau|ausblick)\b/;
/** … unless it names the final or agreed version too ("Entwurf → final", "neu (nach ZV)"). */
const FINAL_MORE = /\b(zv|neu|aktuell\w*|zuteilung\w*)\b/;
const namesFinal = (f: string) => namesChosen(f) || FINAL_MORE.test(f);

/** Whether a column head names a draft, an old value, a request or a preview rather than the plan. */
export function headNamesNoPlan(header: string | undefined): boolean {
  if (header === undefined) return false;
  const f = fold(header);
  return NOT_THE_PLAN.test(f) && !namesFinal(f);
}

/** The values of a row not under a draft's, old value's, request's or preview's head (all of them when none remains). */
export function finalColumnsOnly<T extends { header?: string }>(found: T[]): T[] {
  if (found.length < 2) return found;
  const kept = found.filter((f) => !headNamesNoPlan(f.header));
  return kept.length > 0 ? kept : found;
}

/** The nearest text above a cell in its column (a head), looking a few rows up. */
function headAbove(sheet: SheetGrid, row: number, col: number): string | undefined {
  for (let r = row - 1; r >= Math.max(0, row - HEAD_REACH); r--) {
    const t = sheet.text(r, col);
    if (t !== undefined && t.trim() !== "" && typeof sheet.value(r, col) === "string") return t;
  }
  return undefined;
}
const HEAD_REACH = 15;

/**
 * A date row "Zuteilung mitgeteilt am | | 01.10. | 05.12." under "… | Erstentwurf 15.10. | Fassung nach ZV 12.12.":
 * the date beside the label stands in a draft's column, so the row's next dated cell under a head that names no
 * draft is the figure's; undefined when the beside cell's head names no draft or no such cell follows.
 */
export function finalDateColumn(sheet: SheetGrid, row: number, beside: number): number | undefined {
  if (!headNamesNoPlan(headAbove(sheet, row, beside))) return undefined;
  for (let c = beside + 1; c <= sheet.lastCol; c++) {
    if (typeof sheet.value(row, c) !== "number") continue;
    if (!headNamesNoPlan(headAbove(sheet, row, c))) return c;
  }
  return undefined;
}

/** A draft's, an old value's or a request's head (no preview: "nachrichtlich" has no final rival in its row). */
const DRAFT_HEAD = /\b(\w*entwurf\w*|alt|alte\w?|bisher\w*|ueberholt\w*|vorherig\w*|vorversion\w*|anmeldung\w*|angemeldet\w*)\b/;
/** The final, new or agreed version's head ("Fassung 12.12.", "neu", "final", "Fassung nach ZV", "lt. Zuteilung"). */
const FINAL_HEAD = /\b(fassung|version)\b/;

/** A change head naming what it compares with: the previous year, a year, the target. */
const NAMES_BASE = /\b(vj|vorjahr\w*|vorjahres\w*|(19|20)\d\d|ziel\w*|ist\w*|basis\w*)\b/;
const isDraftHead = (f: string) => DRAFT_HEAD.test(f) && !namesFinal(f);
const isFinalHead = (f: string) => (FINAL_HEAD.test(f) || namesFinal(f)) && !DRAFT_HEAD.test(f);

/**
 * The role of a version's column in a head row holding both a draft's (or old value's) head and the final one's:
 * the final, new or agreed column is the planning year's ("current"), the draft's column is no year's ("none").
 * Undefined when the row does not hold both (a lone "Fassung 12.12." or "alt" says nothing about the plan).
 * Alternatives of one year with one marked as chosen read the same way (./variantColumns.ts).
 */
export function versionHeadRole(sheet: SheetGrid, row: number, head: string, col?: number): "current" | "none" | undefined {
  // "Variante 1 | Veränd. VJ | Variante 2 | Veränd. VJ": a change right of an alternative not chosen is that one's.
  if (col !== undefined && readColumn(fold(head)).kind === "change" && changeOfDropped(sheet, row, col)) return "none";
  const raw = sheet
    .filledColumns(row)
    .map((c) => sheet.ownText(row, c))
    .filter((t): t is string => t !== undefined && t !== head);
  // Alternatives of one year, one marked as chosen ("Variante B (beschlossen)", "Stand 20.11. (final)"): ./variantColumns.ts.
  const variant = variantRole(head, raw);
  if (variant) return variant === "chosen" ? "current" : "none";
  // "Variante 1 | Variante 2" and a sentence on the sheet "… gilt Variante 2" (./choiceRemark.ts).
  const open = unmarkedAlternatives(head, raw);
  const byRemark = open ? chosenByRemark(sheet, open.map(fold)) : undefined;
  if (byRemark !== undefined) return byRemark === 0 ? "current" : "none";
  const f = fold(head);
  const others = raw.map(fold);
  // "alt | neu | Änderung": a bare change beside both versions is the difference between them, not the change
  // against the previous year; a head naming the previous year or a year ("Veränd. ggü. VJ") keeps its own.
  if (readColumn(f).kind === "change" && !NAMES_BASE.test(f) && others.some(isDraftHead) && others.some(isFinalHead)) return "none";
  const draft = isDraftHead(f);
  if (!draft && !isFinalHead(f)) return undefined;
  if (draft) return others.some(isFinalHead) ? "none" : undefined;
  return others.some(isDraftHead) ? "current" : undefined;
}

/**
 * Whether the nearest alternative's head left of a change column in its head row is one not chosen. A change head
 * naming its variant itself ("Veränderung ggü. VJ (realistisch)") says whose it is: not read by position.
 */
function changeOfDropped(sheet: SheetGrid, row: number, col: number): boolean {
  const own = sheet.ownText(row, col);
  if (own === undefined || namesVariantWord(own)) return false;
  for (let c = col - 1; c >= sheet.c0; c--) {
    const t = sheet.ownText(row, c);
    if (t === undefined || !namesAlternative(t)) continue;
    return versionHeadRole(sheet, row, t) === "none";
  }
  return false;
}
