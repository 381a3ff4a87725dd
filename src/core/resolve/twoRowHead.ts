// A FOE_Tabelle head in two rows: the kind over the year ("Ist | Plan" over "2025 | 2026") or the year over the
// kind ("2025 | 2026" over "Ist | Plan"); other headings merged over both rows (blank in one) or repeated in
// both. It is read as one head row joining both rows per column ("Ist 2025", "Plan 2026", "Instrument"), so the
// table layout (./tableLayout.ts) finds the columns as under a one-row head and the data start below the
// second row; namen/jahr-kopf reads the joined years (./surroundings.ts).
//
// A year row below the kind row could be the first data row ("Gesamt | 2025 | 2026"): it is a head only when
// the Ist and Plan cells are consecutive years, not formatted as counts ("2.025"), and every other cell is
// blank, a year under a heading, a short heading (Instrument, Ebene, Begründung, a change or money column) or
// the heading above repeated. So an Ebene number, an instrument's name or a total's label keeps it data.
import { isCellError, type CellValue } from "../snapshot";
import { blank, foeHeaderKey, headerYear, isWord, notACount, numericYear } from "./foeHeader";
import { looseLabel } from "./labels";

export interface TwoRowHead {
  /** One head row: per column the words of both rows, a year last ("Ist 2025", "Plan 2026", "Instrument"). */
  head: CellValue[];
  /** The years the Ist and Plan columns get from the year row. */
  years: { ist: number; plan: number };
}

type Rows = readonly (readonly CellValue[])[];

/** A count's format groups thousands or shows decimals ("#,##0", "0.0"): such a number is no year heading. */
const countFormat = (format: string | undefined) => /[#0],[#0]{3}|[#0]\.[#0]/.test(format ?? "");

/** The year a head cell is: a whole number 1990–2100 not formatted as a count, or a text naming one year only. */
function yearCell(v: CellValue | undefined, format: string | undefined): number | undefined {
  if (typeof v === "number") return countFormat(format) ? undefined : numericYear(v);
  if (typeof v !== "string" || !/^\D*(?:19|20)\d\d\D*$/.test(v.trim())) return undefined;
  // "2025", "2025 (vorl.)", "2025*": not an Ist/Plan heading with its year, nor a money or change column.
  if (foeHeaderKey(v) === "ist" || foeHeaderKey(v) === "plan" || notACount(v)) return undefined;
  return headerYear(v);
}

/**
 * A heading that may stand beside the years in a year row below the kinds: a column name in few words. The
 * instrument's heading in one or two ("Instrument", "Maßnahme", "Instrument / Maßnahme"), since an instrument's
 * own name may start alike ("Förderung beruflicher Weiterbildung").
 */
function shortHeading(v: CellValue | undefined): boolean {
  if (!isWord(v)) return false;
  const words = looseLabel(v).split(" ").length;
  const key = foeHeaderKey(v);
  if (key === "instrument") return words <= 2;
  return words <= 3 && (key === "ebene" || key === "begruendung" || (key === undefined && notACount(v)));
}

const same = (a: CellValue | undefined, b: CellValue | undefined) => typeof a === "string" && typeof b === "string" && a.trim() === b.trim();

/**
 * The two cells of one column joined: headings first (a column name before other words), the year last.
 * `yearCellAt` is the cell that is the year itself (left out as a word), if any.
 */
function joined(cells: [CellValue | undefined, CellValue | undefined], yearCellAt: 0 | 1 | undefined, year: number | undefined): CellValue {
  const words = cells.filter((v, i): v is string => isWord(v) && i !== yearCellAt);
  const texts = [...new Set(words.map((w) => w.trim()))].sort((a, b) => Number(foeHeaderKey(b) !== undefined) - Number(foeHeaderKey(a) !== undefined));
  if (year !== undefined) return texts.length ? `${texts.join(" ")} ${year}` : year;
  if (texts.length) return texts.join(" ");
  return cells.find((v) => !blank(v)) ?? null;
}

/** The head with the kinds in row `k` and the years in the other of the first two rows, if it is one. */
function read(values: Rows, formats: Rows | undefined, k: 0 | 1): TwoRowHead | undefined {
  const y = k === 0 ? 1 : 0;
  const kinds = values[k];
  const years = values[y];
  // The kind row: text only, one Ist and one Plan, neither naming a year itself.
  if (kinds.some((v) => typeof v === "number" || isCellError(v)) || years.some((v) => isCellError(v))) return undefined;
  const only = (key: string) => {
    const at = kinds.flatMap((v, i) => (foeHeaderKey(v) === key ? [i] : []));
    return at.length === 1 && headerYear(kinds[at[0]]) === undefined ? at[0] : undefined;
  };
  const ist = only("ist");
  const plan = only("plan");
  if (ist === undefined || plan === undefined) return undefined;

  // The year of each column; a year merged over several columns (the upper row) stands over each of them.
  const own = years.map((v, i) => yearCell(v, formats?.[y]?.[i] as string | undefined));
  const yearOf = own.map((year, i) => {
    if (year !== undefined || y !== 0 || !blank(years[i]) || blank(kinds[i])) return year;
    let j = i - 1;
    while (j >= 0 && blank(years[j])) j--;
    return j >= 0 ? own[j] : undefined;
  });
  const istYear = yearOf[ist];
  const planYear = yearOf[plan];
  if (istYear === undefined || planYear !== istYear + 1) return undefined;

  // Every other cell of the year row: blank, a year over or under a heading, or a heading. Below the kinds (a
  // row that could be data) only short column headings; above them any word (a group title).
  const fits = years.every((v, i) => {
    if (blank(v) || same(v, kinds[i])) return true;
    if (own[i] !== undefined) return !blank(kinds[i]);
    if (typeof v === "number") return false;
    return y === 0 ? isWord(v) : shortHeading(v);
  });
  if (!fits) return undefined;

  const head = kinds.map((v, i) => joined(k === 0 ? [v, years[i]] : [years[i], v], own[i] === undefined ? undefined : y, yearOf[i]));
  return { head, years: { ist: istYear, plan: planYear } };
}

/** The two-row head a FOE_Tabelle range starts with (kind over year or year over kind), if any. */
export function twoRowHead(values: Rows, formats?: Rows): TwoRowHead | undefined {
  if (values.length < 2 || values[1].length !== values[0].length) return undefined;
  return read(values, formats, 0) ?? read(values, formats, 1);
}
