// "AIP-Planung (fortgeschrieben seit 2016, Blätter der Vorjahre siehe Archiv)", "Ziele 2026 – ältere Fassungen
// s. Blatt Archiv", "Personal (Vorjahr → Archiv)": a clause pointing elsewhere ("siehe", "s.", "vgl.", an arrow) says
// where other things are kept, not what this section is. Its words ("Archiv", "Vorjahre") mark no archive and give
// no year. A clause without a pointer ("Ziele 2024 (Archiv)", "Archiv, siehe Blatt Ziele") still marks the archive.

// A clause: the text between parentheses, commas, semicolons or a dash between spaces.
const CLAUSE = /[^(),;–—]+|[(),;–—]/g;
const POINTER = /(?:^|[\s(])(?:siehe|s\.|vgl\.?|vergleiche|→|->|⇒)(?=\s|$)/iu;

/** The text without its clauses pointing elsewhere (emptied parentheses and dangling separators tidied away). */
export function withoutPointerClause(text: string): string {
  if (!POINTER.test(text)) return text;
  return (text.match(CLAUSE) ?? [])
    .map((part) => (POINTER.test(part) ? " " : part))
    .join("")
    .replace(/[,;]\s*(?=[),;]|$)/g, "")
    .replace(/\(\s*[,;]?\s*\)/g, " ")
    .replace(/\s[–—]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
