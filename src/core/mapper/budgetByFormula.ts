// Formulas as evidence for the Eingliederungsbudget: it is the EGT allocation less the amount moved into the
// administrative budget (domain: Eingliederungsbudget = EGT allocation − Umschichtung). A labelled cell whose
// formula takes the sure allocation cell and whose value is that difference is the budget, whatever its label
// says ("Summe Eingliederungsleistungen" under "Eingliederungstitel (Zuteilung)" and "abzgl. Umschichtung").
import { splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { judgeValue } from "./values";

/** The cell computing allocation − move from the allocation's cell, as a BUD_EB_Gesamt candidate, or undefined. */
export function budgetByFormula(sheets: SheetGrid[], allocation: Candidate | undefined, moved: Candidate | undefined): Candidate | undefined {
  if (!allocation || !moved || typeof allocation.value !== "number" || typeof moved.value !== "number") return undefined;
  const sheet = sheets.find((s) => s.index === allocation.sheet);
  if (!sheet) return undefined;
  const { range } = splitAddress(allocation.ref);
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(range);
  if (!m) return undefined;
  const usesAllocation = new RegExp(`(^|[^A-Z0-9$!])\\$?${m[1]}\\$?${m[2]}(?!\\d)`, "i");
  const budget = allocation.value - Math.abs(moved.value);
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const f = sheet.formula(r, c);
      const v = sheet.value(r, c);
      if (!f || !usesAllocation.test(f.replace(/^=/, "")) || typeof v !== "number" || Math.abs(v - budget) >= 0.5) continue;
      const labelCol = sheet.filledColumns(r).filter((x) => x < c && sheet.ownText(r, x) !== undefined).pop();
      if (labelCol === undefined || !judgeValue("BUD_EB_Gesamt", v, sheet.format(r, c), false).ok) continue;
      return {
        name: "BUD_EB_Gesamt",
        sheet: sheet.index,
        ref: sheet.ref({ row: r, col: c }),
        label: sheet.ownText(r, labelCol)!,
        labelCell: sheet.ref({ row: r, col: labelCol }),
        value: v,
        lows: [],
        order: 0,
      };
    }
  }
  return undefined;
}
