// A sum of money divided by people or cases ("Eingliederungsmittel je eLb", "Verwaltungskosten pro Kopf",
// "Budget je TN", "Kosten pro Integration") is a rate, never the budget itself: no budget figure is named by it.
// Such a candidate is never sure and no rival to a clean one (id "kontext", ./index.ts drops it beside others).
// "je Jahr", "pro Monat" divide by time and stay the budget's words.
import type { Candidate, Low } from "./candidate";
import { fold } from "./normalize";

const HEADS =
  "(elb|eh?lbs?|kopf|koepfe|tn|teilnehm\\w*|einwohner\\w*|person\\w*|bgs?|bedarfsgemeinschaft\\w*|vzae|stelle\\w*|mitarbeit\\w*|ma|" +
  "beschaeftigt\\w*|fall|faelle|kunde\\w*|kundin\\w*|leistungsberechtigt\\w*|leistungsbezieh\\w*|integration\\w*|eintritt\\w*|arbeitslose\\w*|platz|plaetze)";
const PER_HEAD = new RegExp(`\\b(je|pro)\\s+(\\w+\\s+)?${HEADS}\\b|\\bper capita\\b`);

/** Whether a label divides by people or cases ("je eLb", "pro Kopf", "je erwerbsfähigem Leistungsberechtigten"). */
export function namesPerHeadRate(label: string): boolean {
  return PER_HEAD.test(fold(label));
}

/** The low for a budget candidate whose label is a rate per head or case. */
export function perHeadRateLow(c: Candidate): Low | undefined {
  if (!c.name.startsWith("BUD_") || !namesPerHeadRate(c.label)) return undefined;
  return { id: "kontext", text: `„${c.label}“ ist ein Betrag je Person oder Fall, nicht das Budget selbst.` };
}
