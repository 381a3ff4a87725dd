// "VK" in a controller's label: the Verwaltungskosten ("VK-Zuteilung Bund lt. EinglMV", "VK-Budget", "Mittel VK")
// or the Vollkräfte of a staff count ("Personal in VK", "VK gesamt | 115,0"). Only a label that also names money —
// an allocation, the EinglMV, a budget, means or a move — reads it as the administrative costs; else it names nothing.

/** The concepts of the Verwaltungskosten(titel), as "VKT" carries them (./vocabulary.ts COMPOSITES). */
const BUDGET = ["verwaltung", "haushalt"];
/** Concepts of money beside "VK" that make it the administrative costs. */
const MONEY = new Set(["zuteilung", "einglmv", "haushalt", "umschichtung"]);

interface Tok {
  text: string;
  concepts: string[];
  filler: boolean;
}

/** Tokens with a plain "vk" read as the Verwaltungskosten when another word of the label names money. */
export function readVkWord<T extends Tok>(tokens: T[]): T[] {
  if (!tokens.some((t) => t.text === "vk" && t.concepts.length === 0)) return tokens;
  if (!tokens.some((t) => t.text !== "vk" && t.concepts.some((c) => MONEY.has(c)))) return tokens;
  return tokens.map((t) => (t.text === "vk" && t.concepts.length === 0 ? { ...t, concepts: [...BUDGET], filler: false } : t));
}
