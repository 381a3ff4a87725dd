// "Ergänzungsgrößen", "Rechengrundlagen", "Berechnungsgrundlagen" under the targets ("Zielindikator | Ist 2024 |
// Zielwert 2025" over IQ and LZB, a blank row, then the title over "Integrationen | 2.108" and "Ø Bestand eLb |
// 9.540 | 9.400"): the title names the quantities the targets above are computed from, a part of the same table,
// so the targets' head still says which column is the previous year's and which the plan's — also over a row of one
// number (the integrations only counted for the year before). "Grundlagen Vorjahr", "Grundlagen des Vorjahres" name
// the same bases by the year they are counted in (the head's Ist column; a plan column beside it keeps its role);
// a bare "Grundlagen" says too little.
// Another title ("Weitere Merkmale", "Kundenstruktur")
// may start another table and still ends the head's reach (./groupTitle.ts).
import { fold } from "./normalize";

const BASES =
  /^(nachr |nachrichtlich )?(ergaenzungsgroesse|ergaenzungsgroessen|erg groessen|rechengrundlage|rechengrundlagen|berechnungsgrundlage|berechnungsgrundlagen|grundlagen der berechnung|grundlagen der zielberechnung|basisgroessen|bezugsgroessen|rechengroessen|zur berechnung|zur information berechnungsgrundlagen|grundlagen vorjahr|grundlagen des vorjahres|grundlagen aus dem vorjahr)( zu den zielen| der ziele| der zielwerte| fuer die ziele| fuer die quoten)?$/;

/** Whether a title names the targets' supplementary or base quantities (a part of the targets' table). */
export function isBasesTitle(text: string): boolean {
  if (text.length > 80) return false;
  // An aside ("(§ 48a SGB II)", "(K2E)") or a legal reference after the words says where they come from.
  const f = fold(text.replace(/\([^)]*\)/g, " ").replace(/\b(nach|gem\.?|gemäß)\s*§.*$/i, " "))
    .replace(/ (sgb ii|48a|48 a)$/g, "")
    .trim();
  return BASES.test(f);
}
