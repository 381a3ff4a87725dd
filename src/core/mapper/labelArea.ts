// A label that names the population its share is taken of ("Anteil Frauen am Personal", "Anteil BA an den
// Beschäftigten", "Anteil arbeitsloser Jugendlicher") says its area itself, as a sheet or section title would:
// a weak label ("Anteil Frauen" could be the staff's or the customers') then needs no such title to be sure. So
// does a planned-entries label naming what is entered ("Geplante Eintritte in Förderung") on a sheet of no area.
import type { AreaId } from "../areas";
import { fold } from "./normalize";

/** Words in a label naming an area's population: staff, or the unemployed/customers. */
const POPULATION: Partial<Record<AreaId, RegExp>> = {
  personal: /\b(personal\w*|mitarbeit\w*|beschaeftigt\w*|belegschaft|stellen)\b/,
  kunden: /\b(arbeitslos\w*|alo|kunden\w*|kundinnen)\b/,
  // "Geplante Eintritte in Förderung", "Eintritte in Maßnahmen": the entries name what they enter.
  foerderung: /\b(in|zur|der) (foerderung\w*|massnahmen?|foerdermassnahmen?)\b/,
};

/** Whether the label itself names the population of `area`. */
export function labelNamesArea(area: AreaId, label: string): boolean {
  return POPULATION[area]?.test(fold(label)) ?? false;
}
