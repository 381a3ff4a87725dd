// Quarter or month columns right of a year's plan in the same row ("Ziel 2025 | Veränd. % | Q1 | Q2 | Q3 | Q4"):
// the year column is the target, the quarters are its parts over the year (cumulated or as of each quarter's end).
// A reader takes the year column and leaves the parts aside; they neither rival it nor make it doubtful.
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

/** A head naming only a part of a year: a quarter, half-year or month, with or without its year or "kumuliert". */
const PART_OF_YEAR = new RegExp(
  "^(?:" +
    [
      "q ?[1-4]|[1-4] ?q|qu ?[1-4]|quartal ?[1-4]|[1-4] ?quartal|(?:i|ii|iii|iv) ?quartal|quartal ?(?:i|ii|iii|iv)",
      "h ?[12]|hj ?[12]|[12] ?(?:hj|halbjahr)|halbjahr ?[12]",
      "jan|januar|feb|februar|maerz|mrz|apr|april|mai|jun|juni|jul|juli|aug|august|sep|sept|september|okt|oktober|nov|november|dez|dezember",
      "monat ?(?:[1-9]|1[0-2])",
    ].join("|") +
    ")(?: (?:19|20)?\\d\\d)?(?: (?:kum|kumuliert|ende|stichtag|plan|ziel|soll))*$",
);

/** Whether a column head names only a quarter, half-year or month ("Q1", "2. Quartal", "Q3 2025", "Juni"). */
export function isPartOfYearHead(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = fold(text).replace(/[./:-]/g, " ").replace(/\s+/g, " ").trim();
  return PART_OF_YEAR.test(folded);
}

/**
 * The value columns of a row without the quarter and month columns, when at least two such parts stand beside a
 * column whose own head names the planning year's target ("Ziel 2025"): the parts divide that year. All of them
 * otherwise (a month strip alone; "Ist 2024 | Q1 | Jahr" leaves open which column is the year's).
 */
export function withoutPartOfYearColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  const part = (c: C) => isPartOfYearHead(c.header?.text);
  const planColumn = columns.some((c) => !part(c) && c.header?.role === "current");
  if (!planColumn || columns.filter(part).length < 2) return columns;
  const rest = columns.filter((c) => !part(c));
  return rest.length > 0 ? rest : columns;
}
