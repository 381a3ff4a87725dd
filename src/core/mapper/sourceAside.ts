// "Integrationen (XSozial-BA-SGB II)", "eLb (Quelle: BA-Statistik)", "LZB (lt. Statistik der BA)": an aside in
// parentheses naming where the number comes from (the zkT's XSozial-BA-SGB II reporting, the BA's statistics, a
// data warehouse) says nothing about which figure it is; its words ("BA", "SGB II") name no part of the figure.
// Only an aside that opens with the source and says nothing else: "Anteil BA (Köpfe)", "Integrationen (BA)" keep
// their words, and so does a title's "(BA-Statistik, Datenstand 01/2025 – vorläufig)", which tells its data's state.

/** A parenthesised aside opening with a data source or "Quelle:", with no second item after a comma. */
const SOURCE = /\(\s*(?:(?:quelle|datenquelle)\s*:?|(?:lt\.?|laut|gem\.?|gemäß|nach)\s+(?:ba-?\s*)?statistik\b|xsozial\b|ba-?\s*statistik\b|statistik\s+der\s+ba\b|dwh\b|data\s*warehouse\b)[^(),;]*\)/giu;

/** The label without its source asides (the text unchanged when it has none or is nothing else). */
export function withoutSourceAside(text: string): string {
  if (!text.includes("(")) return text;
  const out = text.replace(SOURCE, " ");
  return out.trim() === "" ? text : out;
}
