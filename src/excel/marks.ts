// How findings are marked in the sheet: one custom-formula conditional format per marked cell, one fill
// colour per severity. Conditional formats have no tag property, so the tag lives in the rule's formula:
// `=N("AIP-Markierung:error")=0`. N() of a text is 0 in Excel and LibreOffice, so the rule is always true
// (the fill always shows), the formula has no cell references (copying cells cannot bend it), and the text
// survives save and reopen — checked here with LibreOffice 7.4: the formula evaluates to TRUE and an
// xlsx → xlsx round trip keeps `<formula>N("AIP-Markierung:error")=0</formula>`. "Markierungen entfernen"
// deletes exactly the conditional formats whose formula carries the tag, and nothing of the user's.
import type { Severity } from "../core/finding";
import { SEVERITIES } from "../core/finding";
import { splitAddress } from "../core/address";

export const MARK_TAG = "AIP-Markierung";

/** Fill colours as in Excel's built-in highlight styles: light red, amber, light blue. */
export const MARK_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}:${severity}")=0`;
}

/** Whether a conditional format's rule formula is one of ours (spacing/case tolerant: Excel may normalise). */
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.toUpperCase().includes(`"${MARK_TAG.toUpperCase()}:`);
}

export interface PlannedMark {
  sheet: string;
  /** Range on the sheet without $, "B7" or "A3:E16". */
  range: string;
  severity: Severity;
}

/** One mark per cell/range, with the most severe finding winning where several concern the same cell. */
export function planMarks(findings: ReadonlyArray<{ severity: Severity; cells: string[] }>): PlannedMark[] {
  const best = new Map<string, PlannedMark>();
  for (const f of findings) {
    for (const cell of f.cells) {
      const { sheet, range } = splitAddress(cell);
      if (!sheet || !range) continue;
      const clean = range.replace(/\$/g, "").toUpperCase();
      const key = `${sheet.toLowerCase()}!${clean}`;
      const prev = best.get(key);
      if (!prev || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(prev.severity)) {
        best.set(key, { sheet, range: clean, severity: f.severity });
      }
    }
  }
  return [...best.values()];
}
