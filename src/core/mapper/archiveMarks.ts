// "Archiv 2024", "Kopie", "alt", "Backup", and in words "nicht mehr aktuell", "überholt", "veraltet", "nicht verwenden"
// (a draft word alone does not: "Entwurf" is every programme until it is agreed): a sheet or
// section so marked is a copy kept for reference. Its figures are never sure, and no rival to the same figure on
// the workbook's own, unmarked sheets (a visible archive copy beside the current list does not make it ambiguous).
import type { Low } from "./candidate";
import { marksSuperseded } from "./supersededSheets";

/**
 * The marks of an archive or copy in a folded sheet name or title. Not "Entwurf" (every programme is a draft until
 * agreed), nor Excel's copy suffix "Ziele (2)" (often the newer sheet): two such places stay ambiguous.
 */
const ARCHIVE = /\b(alt|alte[rs]?|kopie|archiv\w*|old|backup|sicherung\w*|veraltet\w*|ueberholt\w*|obsolet\w*|nicht (mehr )?(aktuell|gueltig|verwenden|benutzen|nutzen)|copy)\b/;

/** Whether a folded sheet name or title marks an archive or copy, or a superseded version ("ersetzt", "ungültig": ./supersededSheets.ts). */
export const isArchiveMarked = (folded: string): boolean => ARCHIVE.test(folded) || marksSuperseded(folded);

const ARCHIVE_TEXT = " ist als Kopie oder Archiv gekennzeichnet.";

/** The doubt of a value on an archive sheet or in an archive section (`where` names it). */
export const archiveLow = (where: string): Low => ({ id: "kontext", text: `${where}${ARCHIVE_TEXT}` });

const isArchiveLow = (low: Low) => low.id === "kontext" && low.text.endsWith(ARCHIVE_TEXT);

/** The pool without candidates of an archive or copy, when a candidate outside one stands beside them. */
export function withoutArchiveRivals<C extends { lows: Low[] }>(pool: C[]): C[] {
  const own = pool.filter((c) => !c.lows.some(isArchiveLow));
  return own.length > 0 && own.length < pool.length ? own : pool;
}
