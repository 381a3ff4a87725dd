// The Eingliederungsbudget as the sum of its parts: a row whose label speaks of integration ("Eingliederungsleistungen
// gesamt", "Eingliederungsleistungen (gesamt)") right above the sure Vorbindungen and Neubewilligungen, in their
// column and holding their sum, is the budget they split (domain: EB = Vorbindungen + Neubewilligungen), though its
// words alone name no budget. A row naming another figure, an excluding word or another sum is none.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import { carriesExcludingWord } from "./excludingLabels";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { tokenize } from "./tokens";
import { judgeValue } from "./values";

const NAME = "BUD_EB_Gesamt";
const at = (c: Candidate) => parseCell(splitAddress(c.ref).range.replace(/\$/g, ""));

/** Whether a label speaks of integration and names no figure but the budget itself. */
function integrationLabel(text: string): boolean {
  if (!tokenize(text).some((t) => t.concepts.includes("eingliederung")) || carriesExcludingWord(text)) return false;
  return matchLabel(text).standalone.every((s) => Object.values(s.names).includes(NAME));
}

/** The row above the two sure parts holding their sum, as a BUD_EB_Gesamt candidate, or undefined. */
export function budgetByParts(sheets: SheetGrid[], bound: Candidate | undefined, fresh: Candidate | undefined): Candidate | undefined {
  if (!bound || !fresh || bound.sheet !== fresh.sheet || typeof bound.value !== "number" || typeof fresh.value !== "number") return undefined;
  const sheet = sheets.find((s) => s.index === bound.sheet);
  const [a, b] = [at(bound), at(fresh)];
  if (!sheet || a.col !== b.col || Math.abs(a.row - b.row) !== 1) return undefined;
  const row = Math.min(a.row, b.row) - 1;
  const v = sheet.value(row, a.col);
  if (typeof v !== "number" || Math.abs(v - (bound.value + fresh.value)) >= 0.5) return undefined;
  const labelCol = sheet.filledColumns(row).find((x) => x < a.col && integrationLabel(sheet.ownText(row, x) ?? ""));
  if (labelCol === undefined || !judgeValue(NAME, v, sheet.format(row, a.col), false).ok) return undefined;
  return { name: NAME, sheet: sheet.index, ref: sheet.ref({ row, col: a.col }), label: sheet.ownText(row, labelCol)!, labelCell: sheet.ref({ row, col: labelCol }), value: v, lows: [], order: 0 };
}
