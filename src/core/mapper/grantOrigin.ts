// "davon gebunden durch Bewilligungen der Vorjahre", "Bindungen aus Bewilligungen früherer Jahre": money bound by
// grants made in earlier years is what the Vorbindungen are (domain: the Eingliederungsbudget = Vorbindungen +
// Neubewilligungen). The grant word there says where the binding comes from, no new grants; so beside a binding word
// the phrase is set aside, and the label reads as the binding it names. Grants of a year ("aus Bewilligungen 2026",
// "Bindungen für Folgejahre") or without a binding word ("Bewilligungen der Vorjahre") stay as written.
const BINDING = /(?<!\p{L})(gebunden\p{L}*|\p{L}*bindung\p{L}*|vorbelast\p{L}*|belastet\p{L}*)/iu;
const EARLIER_GRANTS =
  /(?<!\p{L})(?:(?:durch|aus|von)\s+)?(?:(?:den|die)\s+)?(?:bewilligung(?:en)?|zusagen|zusage)\s+(?:(?:der|aus|in|den|aus den)\s+)*(?:vorjahr(?:e|en|es)?|früher(?:en|er)\s+jahr(?:e|en)?|frueher(?:en|er)\s+jahr(?:e|en)?|vergangen(?:en|er)\s+jahr(?:e|en)?)(?!\p{L})/giu;

/** The label without the earlier grants that give its binding's origin (unchanged without a binding word). */
export function withoutGrantOrigin(text: string): string {
  if (!/bewillig|zusage/i.test(text) || !BINDING.test(text)) return text;
  return text.replace(EARLIER_GRANTS, " ");
}
