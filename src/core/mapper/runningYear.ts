// "Ist bis Okt. 25", "IQ JFW bisher", "Integr. YTD", "eLb Ø bisher", a block "lfd. Jahr (Ø bisher 2025)": a
// label, head or section title naming the running year so far reports an unfinished year (a running total, an
// average so far). It holds no figure the programme maps: neither the previous year's result (that year is not
// over) nor the plan, so it never competes with the real figures. The words: ./inYearWords.ts.
import { COLUMN_WORDS } from "../columnRoles";
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { RUNNING_YEAR_TITLE, UP_TO_NOW } from "./inYearWords";
import type { RoleOrNone } from "./roles";
import { TRACKING } from "./trackingTitle";

/** A plan word (not a tracking title's "Zielnachhaltung") keeps a part-year target ("Ziel bis Okt."). */
const namesPlan = (folded: string) => COLUMN_WORDS.plan.test(folded.replace(TRACKING, " "));

/** Whether a folded section title or sheet name names the running year ("lfd. Jahr", "Ist bis Okt. 25", "YTD"). */
export const isRunningYearTitle = (folded: string): boolean => RUNNING_YEAR_TITLE.test(folded) && !namesPlan(folded);

/**
 * "none" for a label or head of the year so far ("IQ bisher", "Integr. YTD", "Ist bis Okt."); undefined otherwise.
 * "lfd. Jahr" in a label names the year's own part ("Neubewilligungen lfd. Jahr"), no running total.
 */
export const runningYearRole = (folded: string): RoleOrNone | undefined => (UP_TO_NOW.test(folded) && !namesPlan(folded) ? "none" : undefined);

/** The doubt of a value under a section title or on a sheet of the running year so far (`where` names it). */
export const runningYearLow = (where: string): Low => ({ id: "kontext", text: `${where} zeigt das laufende Jahr bis jetzt: weder Vorjahr noch Plan.` });

/** How far up a label column a block's title is looked for. */
const BLOCK_REACH = 15;

/**
 * The running-year title of the label block at (row, col): the nearest cell above in the label column with nothing
 * right of it ("Ist bis Okt. 25:" over "Integr. | 760", beside another block sharing its row, which no section
 * title of the whole row can be), reached over label rows without a blank cell between. Undefined otherwise.
 */
export function runningYearBlockTitle(sheet: SheetGrid, row: number, col: number): string | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - BLOCK_REACH); r--) {
    const text = sheet.ownText(r, col);
    if (text === undefined) return undefined;
    if (sheet.value(r, col + 1) !== null) continue;
    return isRunningYearTitle(fold(text)) ? text : undefined;
  }
  return undefined;
}
