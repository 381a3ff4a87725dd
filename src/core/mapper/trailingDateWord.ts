// "Zuteilung vom", "Bescheid über die Zuteilung vom:", "zugeteilt am": a label ending in "vom"/"am" announces the
// date of what it names, as "Stand der Zuteilung" does. Read as that date word only when the result is a date figure
// (AIP_Stand, BUD_Zuteilung_Stand, ZIE_VJ_Stand): "Umschichtung vom" names no date of a budget.

/** Ids of the label specs naming a date (./labels.ts). */
export const DATE_SPEC_IDS: ReadonlySet<string> = new Set(["stand", "zuteilung-stand", "vj-stand"]);

const TRAILING = /^(.*\p{L}.*?)\s+(vom|am)\s*:?\s*$/iu;

/** "Stand <words>" for a label "<words> vom/am", else undefined. */
export function asDateWord(text: string): string | undefined {
  const m = TRAILING.exec(text.trim());
  return m ? `Stand ${m[1]}` : undefined;
}
