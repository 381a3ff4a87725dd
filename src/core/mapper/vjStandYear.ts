// "Prognosewerte 2025 Stand", "Stand der Ist-Werte 2025" in a 2025 programme: the date of values of another year
// than the one before the planning year is no date of the previous year's values (ZIE_VJ_Stand), never sure. The
// year of the date itself ("Datenstand 15.01.2025", "Stand Ist-Werte (Jan 2025)") dates, it names no values' year.
import type { Low } from "./candidate";
import { MONTH_NAME } from "./monthNames";
import { fold, yearsIn } from "./normalize";

const DATED = new RegExp(String.raw`\b(\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\s?/\s?|${MONTH_NAME}[a-zä]*\.?\s)(19|20)\d\d\b`, "gi");

/** A low for a ZIE_VJ_Stand label naming only values' years other than the year before the planning year. */
export function vjStandYearLow(name: string, label: string, planYear: number | undefined): Low | undefined {
  if (name !== "ZIE_VJ_Stand" || planYear === undefined || !/\d{4}/.test(label)) return undefined;
  const years = yearsIn(fold(label.replace(DATED, " ")));
  if (years.length === 0 || years.includes(planYear - 1)) return undefined;
  return { id: "jahr", text: `Die Beschriftung nennt Werte des Jahres ${years.join(", ")}, nicht des Vorjahres ${planYear - 1}.` };
}
