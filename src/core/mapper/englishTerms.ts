// English terms of several words, read as the German word a controller would write ("integration rate" =
// Integrationsquote, "long-term benefit recipients" = Langzeitleistungsbeziehende). Single English words are
// vocabulary entries (./vocabulary.ts); a term of several words means more than its words ("integration rate" is
// the IQ, not the Integrationen with a share word), so it is replaced whole before the words are read. Input and
// output are lower case with umlauts folded. "Integration budget" stays as it is: without the Eingliederung word
// it may be any budget (test/mapper/englishWords.test.ts).
import { rememberText } from "./normalize";

const TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(job )?integration (rate|ratio|quota)s?\b|\brate of integration\b/g, "integrationsquote"],
  [/\blong[- ]term (benefit )?(recipients|claimants|beneficiaries)( of benefits?)?\b/g, "langzeitleistungsbeziehende"],
  [/\blong[- ]term unemployed( persons| people)?\b/g, "langzeitarbeitslose"],
  [/\b(employable|eligible) (benefit )?(recipients|beneficiaries|persons)\b/g, "elb"],
  [/\badministrative (budget|costs?)\b/g, "verwaltungsbudget"],
  [/\b(annual|yearly) average\b/g, "jahresdurchschnitt"],
  [/\b(last|latest) (update|updated|revision)\b|\bupdated on\b|\bas at\b|\bversion date\b|\bdate of (the )?version\b/g, "stand"],
  [/\b(benefit )?households\b|\bbenefit communities\b/g, "bedarfsgemeinschaften"],
  [/\b(household|bg) size\b/g, "haushaltsgroesse"],
  [/\b(fte|full[- ]time equivalents?) (by|per) (department|division|area|unit)s?\b/g, "vzae nach bereichen"],
  [/\bby (size|number of persons|household size)\b/g, "nach groesse"],
  [/\b(or|and) more (persons|people)\b/g, "oder mehr personen"],
  [/\b(persons|people)( or| and) more\b/g, "personen oder mehr"],
  [/\bpersons?\b/g, "personen"],
  // "Planned entries as per programme text": "as per" is "laut" ("as" alone stays: "As of" is the Stand).
  [/\bas per\b/g, "laut"],
];

/** The text with its English terms of several words replaced by their German words (lower case, folded). */
export const germanTerms = rememberText((folded: string): string => {
  if (!/[a-z]/.test(folded)) return folded;
  let out = folded;
  for (const [en, de] of TERMS) out = out.replace(en, de);
  return out;
});
