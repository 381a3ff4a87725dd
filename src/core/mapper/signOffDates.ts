// Cover and approval sheets carry sign-off dates ("gez. A. Weber" over "Datum | 12.02.2024", a checklist
// "Prüfschritt | erledigt | Datum" with a date per step). A bare "Datum" there dates a signature or a step, not the
// programme: it is no AIP_Stand, and no rival to "Stand:" or "Datum des Programms".
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const BARE_DATE_WORD = /^(datum|am|den|vom)$/;
const SIGNATURE = /\b(gez|gezeichnet|unterschrift\w*|unterzeichn\w*|freigabe\w*|freigegeben|genehmig\w*|abgezeichnet|kenntnis genommen|sichtvermerk\w*)\b/;
const NEAR_ROWS = 3;

const isDate = (sheet: SheetGrid, r: number, c: number) => sheet.number(r, c) !== undefined && /[dy]/i.test(sheet.format(r, c) ?? "");

/** Whether a signature word stands in the row of `row` or up to three rows above it. */
function signedNear(sheet: SheetGrid, row: number): boolean {
  for (let r = row; r >= Math.max(sheet.r0, row - NEAR_ROWS); r--) {
    if (sheet.filledColumns(r).some((c) => SIGNATURE.test(fold(sheet.ownText(r, c) ?? "")))) return true;
  }
  return false;
}

/** The low for an AIP_Stand candidate labelled by a bare "Datum" beside a signature or heading a column of dates. */
export function signOffDateLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  if (c.name !== "AIP_Stand" || !BARE_DATE_WORD.test(fold(c.label).replace(/[.:]/g, "").trim())) return undefined;
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const label = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
  const value = parseCell(splitAddress(c.ref).range.replace(/\$/g, "").split(":")[0]);
  // A head over a column of dates: one date per row of a checklist or log.
  const dateColumn = value.col === label.col && value.row > label.row && (isDate(sheet, value.row + 1, value.col) || isDate(sheet, value.row + 2, value.col));
  if (!dateColumn && !signedNear(sheet, label.row)) return undefined;
  return { id: "kontext", text: `„${c.label}“ datiert hier eine Unterschrift oder einen Prüfschritt, nicht den Stand des Programms.` };
}
