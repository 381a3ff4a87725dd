// "Summe | 540 | 524" followed directly by "geplante Eintritte insgesamt (s. Textteil) | | 524": a line right under
// a Förderung table's closing total whose label names a figure of its own is a separate line (here the planned
// entries as the text states them), no row of the table. A reader sees the table end at its total.

/**
 * The table's last row: the closing total when only lines naming a figure of their own follow it, else `last`.
 * `namesFigure` says whether a row's label names a contract figure by itself.
 */
export function endBeforeFigureLines(
  top: number,
  last: number,
  keyOf: (row: number) => string,
  isTotalKey: (key: string) => boolean,
  namesFigure: (key: string) => boolean,
): number {
  let r = last;
  while (r > top + 1 && namesFigure(keyOf(r))) r--;
  // A total closes the rows above it: a first row "Verwaltungskosten gesamt" over its parts is no closing total.
  return r < last && r > top + 1 && isTotalKey(keyOf(r)) ? r : last;
}

// "nachrichtlich: Eintritte Reha", "nachr.", "zur Information": a memo line shown beside the table, not a row of it.
const MEMO = /^(nachrichtl\w*|nachr|zur (information|info|kenntnis)|informativ\w*|ausserhalb\w*)\b/;

/**
 * Whether rows after a blank row still belong to the table: not after a closing total (`lastKey` a total below
 * other rows; "Summe", blank, "nachrichtlich: …" closes the table at "Summe"), nor when the next row is a memo line.
 */
export function goesOnAfterBlank(lastKey: string, lastIsFirstRow: boolean, nextKey: string, isTotalKey: (key: string) => boolean): boolean {
  if (MEMO.test(nextKey)) return false;
  return lastIsFirstRow || !isTotalKey(lastKey);
}
