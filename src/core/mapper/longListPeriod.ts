// Data-warehouse target tables in the BA statistics' wording: "Kennzahl | Merkmal | Ausprägung | Zeitbezug | Wert"
// over "K2 Integrationsquote | Geschlecht | Männer | Ziel 2025 | …". A reader reads such a long list (./longList.ts)
// with two more columns: the "Ausprägung" names the row's part of the figure ("Männer", "Anteil Ausländer"), the
// "Merkmal" beside a "Kennzahl" only the kind of part ("Geschlecht"); and the period column holds role texts
// ("Vorjahr 2024 (JFW 12/2024)", "Ziel 2025", "Veränderung ggü. VJ") instead of bare years: each says the row's role.
import { readColumn } from "../columnRoles";
import { isBareTotalLabel } from "./captionTable";
import { latestYearRoles } from "./context";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold, yearsIn } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";

/** A head naming the row's part of the figure. */
export const PART_HEAD = /^(auspraegung|auspraegungen|teilgruppe|personengruppe)\b/;
/** Period heads beside "Jahr": the row's time reference. */
export const PERIOD_HEAD = /^(zeitbezug|bezugszeitraum|berichtszeitraum|zeitbezug\w*)\b/;

const ROLE_KINDS = new Set(["plan", "ist", "change", "prognose"]);

/**
 * Whether a period column's cells are role texts: no number but years, each text readable as a year's role, and
 * at least one naming a role in words (Plan, Ziel, Vorjahr, Veränderung). A column of months only is no such column.
 */
export function isRolePeriodColumn(sheet: SheetGrid, from: number, to: number, col: number, minRows: number): boolean {
  let read = 0;
  let worded = 0;
  for (let r = from; r <= to; r++) {
    if (sheet.value(r, col) === null) continue;
    const t = sheet.ownText(r, col);
    if (t === undefined || t.length > 48) return false;
    const f = fold(t);
    const c = readColumn(f);
    if (c.kind !== undefined && ROLE_KINDS.has(c.kind)) worded++;
    if (roleOf(f, undefined) !== undefined || c.year !== undefined || /\b(19|20)\d\d\b/.test(f) || (c.kind !== undefined && ROLE_KINDS.has(c.kind))) read++;
    else return false;
  }
  return worded > 0 && read >= minRows - 1;
}

/** The row's role from its period text: customer figures by the latest year reported, others by the words. */
export function periodRole(text: string, latestYear: boolean | undefined, planYear: number | undefined): RoleOrNone {
  const f = fold(text);
  if (latestYear) {
    const c = readColumn(f);
    if (c.kind === "plan" || c.kind === "change") return "none";
    return latestYearRoles([f], planYear)[0] ?? "none";
  }
  return roleOf(f, planYear) ?? "none";
}

/** The row's label with its part ("K2 Integrationsquote" + "Männer"); a total part adds nothing. */
export function labelWithPart(label: string, part: string | undefined): string {
  if (part === undefined || isBareTotalLabel(part) || fold(label).includes(fold(part))) return label;
  return `${label} ${part}`;
}

/**
 * "Ausprägung" cells each carrying one year ("2024", "Anteil 2023", "JDW 2024"), several rows alike: the part
 * column is the list's year column too, its words (without the year) the row's part.
 */
export function isYearedPartColumn(sheet: SheetGrid, from: number, to: number, col: number, minRows: number): boolean {
  let dated = 0;
  for (let r = from; r <= to; r++) {
    const v = sheet.value(r, col);
    if (v === null) continue;
    const t = typeof v === "number" ? String(v) : sheet.ownText(r, col);
    if (t === undefined || t.length > 40 || yearsIn(fold(t)).length !== 1) return false;
    dated++;
  }
  return dated >= minRows;
}

/** A yeared part's words without its year ("Anteil 2024" → "Anteil"). */
export const partWithoutYear = (part: string): string => part.replace(/\b(19|20)\d\d\b/g, " ").replace(/\s+/g, " ").trim();

/**
 * A customer figure without a name of its own for the year before ("eLb (JDW)" as KUN_ELB in both roles): the row
 * two years back is an older year, no second row of the latest year reported.
 */
export function withoutOwnPrevious(spec: LabelSpec, role: RoleOrNone | undefined): boolean {
  return role === "previous" && spec.latestYear === true && spec.names.previous === spec.names.current;
}
