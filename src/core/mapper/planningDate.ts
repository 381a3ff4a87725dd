// "Eintritte lt. erster Planung (Okt. 2024)", "lt. erster Aufstellung (Herbst 2024)", "Planungsstand 15.10.2024",
// "geplant im Sept. 2024" in the programme for 2025: a month's (or season's) date of the year before the planning
// year names WHEN the plan was made (plans are drawn up in the autumn before), not which year the figure is for.
// A bare year ("Planung 2024") keeps naming that year, and a label without a plan word ("Ist Okt. 2024") keeps its
// date.
import { MONTH_NAME } from "./monthNames";
const MONTH = String.raw`${MONTH_NAME}\p{L}*\.?`;
/** A date with a month: "15.10.2024", "10/2024", "Okt. 2024", "Oktober 2024"; the year is captured. */
const MONTH_DATE = new RegExp(String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\s?\/\s?|(?<!\p{L})${MONTH}\s*)((?:19|20)\d\d)(?!\d)`, "giu");
/** A season or quarter of a year: "Herbst 2024", "Spätsommer 2024", "Q4 2024", "4. Quartal 2024"; the year is captured. */
const SEASON_DATE = /(?<!\p{L})(?:(?:sp(?:ä|ae)t|fr(?:ü|ue)h)?(?:herbst|sommer|winter|fr(?:ü|ue)hjahr)|q[1-4]|[1-4]\.\s?quartal)\s+((?:19|20)\d\d)(?!\d)/giu;
/** Words saying the figure was planned or drawn up: "Planung", "Planungsstand", "geplant", "Aufstellung", "Entwurf". */
const PLANNING_WORD = /plan(?:ung|t(?!\p{L}))|aufstellung|entwurf/iu;

/** The label without a planning date of the year before `planYear`; unchanged when it holds none. */
export function withoutPlanningDate(text: string, planYear: number | undefined): string {
  if (planYear === undefined || !/\d/.test(text) || !PLANNING_WORD.test(text)) return text;
  const when = (all: string, year: string) => (Number(year) === planYear - 1 ? " " : all);
  return text.replace(MONTH_DATE, when).replace(SEASON_DATE, when);
}
