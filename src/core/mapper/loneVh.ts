// A label "VH" alone: a unit head ("vom Hundert") unless the place says budget. In a budget area (the sheet's
// name or the section title above names a Haushalt/Budget/Mittel) with a money amount beside it (a number of
// at least 1 000, not percent-formatted), it is the Verwaltungshaushalt, as "VWH" would be (./vhWord.ts).
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { tokenize } from "./tokens";
import { isPercentFormat } from "../percentUnits";

const LONE_VH = /^\s*vh\s*:?\s*$/i;
const isBudgetArea = (text: string | undefined): boolean => text !== undefined && tokenize(text).some((t) => t.concepts.includes("haushalt"));

/** The Verwaltungshaushalt's match for a lone "VH" label in a budget area beside money, else undefined. */
export function loneVhMatch(sheet: SheetGrid, row: number, col: number, sectionTitle: () => string | undefined): LabelMatch | undefined {
  const text = sheet.ownText(row, col);
  if (text === undefined || !LONE_VH.test(text)) return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  const value = next === undefined ? undefined : sheet.value(row, next);
  if (typeof value !== "number" || Math.abs(value) < 1000 || isPercentFormat(sheet.format(row, next!))) return undefined;
  if (!isBudgetArea(sheet.name) && !isBudgetArea(sectionTitle())) return undefined;
  return matchLabel("Verwaltungshaushalt");
}
