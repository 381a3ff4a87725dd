// "Anteil der zugewiesenen Beschäftigten (§ 44g Abs. 1 SGB II)", "Bundesanteil nach § 1 EinglMV", "Integrationen
// (§ 5 Abs. 1 KennzV)", "Planjahr (Haushaltsjahr nach § 4 BHO)": a legal reference says where the figure is
// defined, not which year, count or part it is. Its numbers (§ n, Abs., Satz, Nr., Buchst.) are no running number
// and no year, and the cited law's name is no word of another figure ("§ 16 SGB III" defines the unemployed, it
// does not make the figure the Agentur's). The reference is set aside with the preposition that introduces it
// ("nach", "gemäß", "i. V. m."); a law whose name is a word of the vocabulary ("EinglMV") stays as that word, evidence
// of a concept at most, without the year of its issue ("EinglMV 2026"). A label that opens with its reference
// ("§ 16i SGB II – Teilhabe am Arbeitsmarkt", "§ 16k") names an instrument by it and keeps it.
import { tokenize } from "./tokens";
import { isContentConcept } from "./labels";
import { rememberText } from "./normalize";

/** A keyword in any case: "Abs." and "abs.", "Nach" at a sentence's start (the law's capitals are read as written). */
const ci = (words: string): string => words.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`));
/** A number of a provision: "44", "16i", "44g", "1a". */
const NUM = "\\d{1,3}[a-z]?(?![\\p{L}\\d])";
/** "Abs. 1", "Satz 4", "Nr. 2", "Buchst. b", "S. 1", "Halbsatz 2", "lit. a". */
const PART = `(?:${ci("abs")}\\.?|${ci("absatz|satz|nummer|buchstabe|halbsatz")}|S\\.|${ci("nr")}\\.?|${ci("buchst")}\\.?|${ci("lit")}\\.?|${ci("hs")}\\.?|${ci("alt")}\\.?)\\s*(?:${NUM}|[a-z](?![\\p{L}]))`;
/** "ff.", "f.": the provisions following. */
const FOLLOWING = "(?:ff?\\.|ff(?![\\p{L}]))";
/** One cited provision: "§ 44g Abs. 1", "§§ 16 ff.", "Art. 3 Abs. 2", "§§ 14–16k", "§ 44g/§ 44i". */
const PROVISION = `(?:§§?|${ci("art")}\\.|${ci("artikel")})\\s*${NUM}(?:\\s*${FOLLOWING})?(?:\\s*,?\\s*${PART})*(?:\\s*(?:[–/-]|bis|und|u\\.|sowie|oder|,)\\s*(?:§§?\\s*)?${NUM}(?:\\s*${FOLLOWING})?(?:\\s*,?\\s*${PART})*)*`;
/**
 * The cited law: "SGB II", "SGB III", "SGB X"; an abbreviation with two capitals or more ("BHO", "KennzV",
 * "EinglMV", "SGG", "AufenthG"), with the year of its issue ("EinglMV 2026").
 */
const LAW = "(?:SGB\\s*(?:[IVX]{1,4}|\\d{1,2})(?![\\p{L}\\d])|\\p{Lu}\\p{L}{0,9}\\p{Lu}\\p{L}{0,6}(?![\\p{L}\\d]))(?:\\s+(?:19|20)\\d\\d(?!\\d))?";
/** What introduces a reference: "nach", "gem.", "gemäß", "lt.", "i. V. m.", "im Sinne des", "entsprechend". */
const LEAD = `(?:(?:${ci("nach")}|${ci("gem")}\\.|${ci("gemäß|gemaess|laut|entsprechend|aufgrund")}|${ci("lt")}\\.|${ci("entspr")}\\.|i\\.\\s?V\\.\\s?m\\.|i\\.\\s?v\\.\\s?m\\.|iVm|i\\.\\s?S\\.\\s?d\\.|im\\s+Sinne\\s+(?:des|der|von)|auf\\s+Grundlage\\s+(?:des|der|von))\\s*)`;
/** One reference with its law: "§ 16 Abs. 1 SGB II i. V. m. §§ 81 ff. SGB III" is two. */
const REFERENCE = new RegExp(`${LEAD}?(?:der\\s+|des\\s+)?${PROVISION}(?:\\s+(?:der\\s+|des\\s+)?(${LAW}))?`, "gu");
/** A regulation's abbreviation dated by its issue: "(EinglMV 2026)", "KennzV 2024". */
const DATED_REGULATION = /(?<![\p{L}\d])(\p{Lu}\p{L}{2,9}(?:V|VO))\s+(?:19|20)\d\d(?!\d)/gu;

/** Whether a cited law's name is a figure's word other than the benefit system's ("EinglMV"; "GG" is none). */
function lawIsWord(law: string): boolean {
  if (/^sgb/i.test(law)) return false;
  return tokenize(law).some((t) => t.concepts.some((c) => c !== "buergergeld" && isContentConcept(c)));
}

/** The label without its legal references (see the file comment); unchanged when it holds none. */
export const withoutLegalReferences = rememberText((text: string): string => {
  if (!/§|(?<!\p{L})[Aa]rt(?:\.|ikel)\s*\d|\p{Lu}\p{L}{2,9}V\s+(?:19|20)\d\d/u.test(text)) return text;
  // A label opening with its reference names an instrument by it ("§ 16i SGB II – Teilhabe", "§ 16k").
  if (/^\s*(?:§|art\.|artikel)/i.test(text)) return text;
  let out = text.replace(REFERENCE, (_all, law: string | undefined) => {
    const name = law?.replace(/\s+(?:19|20)\d\d$/, "");
    return name && lawIsWord(name) ? ` ${name} ` : " ";
  });
  out = out.replace(DATED_REGULATION, "$1");
  if (out === text) return text;
  // Tidy what the reference leaves in its parentheses: "(K2, , )" → "(K2)", "( )" gone.
  out = out
    .replace(/\(\s*[,;]?\s*\)/g, " ")
    .replace(/\s*[,;](\s*[,;])+/g, ",")
    .replace(/\(\s*[,;–-]\s*/g, "(")
    .replace(/\s*[,;]?\s*\)/g, ")")
    .replace(/\(\s*\)/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return out === "" ? text : out;
});
