// "lt. Textteil Kap. 3.3: rd. 930 Eintritte geplant": a label written as a sentence may state its amount ("rd. 930",
// "ca. 1.000") and point to a chapter of the programme's text ("Kap. 3.3", "Abschnitt 2", "Ziff. 4"). Neither is
// a running number of a numbered item ("Zugänge 12") nor a word of the figure: both are set aside before the label
// is matched, so the sentence names the figure its words name.

/** An approximate amount: "rd. 930", "rund 1.200", "ca. 45", "circa 930", "etwa 900", "ungefähr 1 000", "knapp 950". */
const APPROXIMATE = /(?<![\p{L}\d])(?:rd|rund|ca|circa|zirka|etwa|ungefähr|ungefaehr|knapp)\.?\s*\d{1,3}(?:[.\u00a0 ]\d{3})*(?:,\d+)?(?![\d.,]*\d)/giu;

/** A section of a document with its number: "Kap. 3.3", "Kapitel 4", "Abschnitt 2.1", "Ziff. 5", "Tz. 12", "Anlage 2", "Seite 7". */
const SECTION = /(?<![\p{L}\d])(?:kap|kapitel|abschn|abschnitt|ziff|ziffer|tz|anlage|seite)\.?\s*\d+(?:\.\d+)*\.?(?![\d])/giu;

/** The label without a stated approximate amount and without a chapter reference (unchanged when it has none). */
export function withoutStatedAmount(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(APPROXIMATE, " ").replace(SECTION, " ");
}
