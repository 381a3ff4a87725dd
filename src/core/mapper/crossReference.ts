// "Planeintritte 2025 (vgl. Text Kap. 3.3)", "siehe Anlage 2": a cross-reference points the reader elsewhere. Its
// "vgl." abbreviates "vergleiche" (see), no comparison with the previous year: it gives the label no change role.
const CROSS_REFERENCE = /\b(vgl|siehe)\.?\s+(text\w*|kap\w*|abschnitt\w*|seite\w*|s|anlage\w*|ziff\w*|tz|oben|unten|blatt|tabelle\w*|tab|punkt|nr)\b/g;

/** A folded text without its cross-references (unchanged when it has none). */
export const withoutCrossReference = (folded: string): string => (folded.includes("vgl") || folded.includes("siehe") ? folded.replace(CROSS_REFERENCE, " ") : folded);
