// An area table with several number columns beside the VZÄ ("Bereich | Köpfe | VZÄ | Anteil VZÄ", "Bereich |
// Stellen (VZÄ) | davon besetzt", "Personal | Köpfe | VZÄ | Vorjahr VZÄ", "Bereich | VZÄ BA | VZÄ Kommune | VZÄ
// gesamt"): the column heads say which is which. A share column divides the same numbers, a "davon" column is a
// part of the column left of it, a previous year's column is no plan: none of them holds the areas' VZÄ; of what is
// left one VZÄ column (with at most one head count column) does. A total column beside the Träger's columns holds
// the Jobcenter's VZÄ (`totalOverParts`). The table's range ends at that column.
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";
import { staffColumns } from "./staffColumns";
import { withoutShareColumns } from "./shareColumns";

/** A column of a part of its left neighbour ("davon besetzt", "dar. befristet"). */
const PART_HEAD = /^(davon|darunter|dar|dav)\b/;
/** A column of the previous year ("Vorjahr VZÄ", "VZÄ VJ"): the programme plans this year's staff. */
const PREVIOUS_YEAR_HEAD = /\b(vorjahr\w*|vj)\b/;
/** A column totalling the parts beside it ("VZÄ gesamt", "insgesamt", "Summe VZÄ"). */
const TOTAL_HEAD = /\b(gesamt|insgesamt|summe)\b/;

/** The VZÄ column (and head count column) of an area table's number columns, or undefined when the heads do not tell. */
export function staffTableColumns(
  cols: readonly number[],
  headOf: (col: number) => string | undefined,
  inPercent: (col: number) => boolean,
): { vzae: number; heads?: number } | undefined {
  const head = (c: number) => fold(headOf(c) ?? "");
  const kept = withoutShareColumns(cols, headOf, inPercent).filter((c) => !PART_HEAD.test(head(c)) && !PREVIOUS_YEAR_HEAD.test(head(c)));
  if (kept.length === 0 || kept.length === cols.length) return undefined;
  return staffColumns(kept, headOf);
}

/** The last column when its head totals the Träger columns left of it ("VZÄ BA | VZÄ Kommune | VZÄ gesamt"). */
export function totalOverParts(cols: readonly number[], headOf: (col: number) => string | undefined): number | undefined {
  const heads = cols.map((c) => fold(headOf(c) ?? ""));
  const totals = cols.filter((_, i) => TOTAL_HEAD.test(heads[i]) && !COLUMN_WORDS.heads.test(heads[i]));
  if (cols.length < 3 || totals.length !== 1 || totals[0] !== cols[cols.length - 1]) return undefined;
  // Every other column names a part: BA, Kommune, a Träger or a location.
  const parts = heads.slice(0, -1);
  return parts.every((h) => /\b(ba|bund|agentur|kommun\w*|kreis\w*|landkreis\w*|stadt|traeger\w*)\b/.test(h) || COLUMN_WORDS.location.test(h)) ? totals[0] : undefined;
}
