// "Stand Vorjahreswerte | 31.01.2026" over "Status | voraussichtlich": a bare "Status" with a status word as its
// value, right under the row dating the previous year's values, is their status (ZIE_VJ_Status), read as "Status
// der Vorjahreswerte" — also for its year, whatever the section title says. Under any other row ("Stand | …" of the
// workbook, "Planjahr"), apart from it by a blank row, or with a value that is no status word ("Status | in
// Abstimmung"), it names nothing.
import type { SheetGrid } from "./grid";
import { matchAt } from "./labelCells";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";

/** A status of figures as a value: "vorläufig", "voraussichtlich", "endgültig", also with a remark ("vorläufig (Hochrechnung …)"). */
const STATUS_VALUE = /^(vorlaeufig|voraussichtlich|endgueltig|final|geschaetzt|vorl)\.?$/;
// A projection alone is a status too ("Vorjahreswerte | Hochrechnung"): the figures are not final. Only as the whole
// value: "Hochrechnung, vorläufig" stays no one status.
const PROJECTION_VALUE = /^(hochrechnung|hochgerechnet|prognose)$/;
export const isStatusValue = (text: string): boolean => STATUS_VALUE.test(fold(text.split(/\s*[(;,–]/)[0])) || PROJECTION_VALUE.test(fold(text).trim());

const READING = "Status der Vorjahreswerte";

/** The label the bare "Status" at (row, col) reads as, under the previous year's as-of row; else undefined. */
export function bareStatusReading(sheet: SheetGrid, row: number, col: number): string | undefined {
  const text = sheet.ownText(row, col);
  if (text === undefined || fold(text).replace(/[:.]/g, "").trim() !== "status" || row - 1 < sheet.r0 || sheet.rowBlank(row - 1)) return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  const value = next === undefined ? undefined : sheet.ownText(row, next);
  if (value === undefined || !isStatusValue(value)) return undefined;
  const above = matchAt(sheet, row - 1, col).standalone;
  return above.length > 0 && above.every((s) => s.names.previous === "ZIE_VJ_Stand") ? READING : undefined;
}

/** The match of that reading (ZIE_VJ_Status), or undefined. */
export function bareStatusMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  if (bareStatusReading(sheet, row, col) === undefined) return undefined;
  const m = matchLabel(READING);
  return m.standalone.length > 0 && m.standalone.every((s) => s.names.previous === "ZIE_VJ_Status") ? m : undefined;
}
