// Figures named by a column head and given by the table's total row: "Personal | Köpfe | VZÄ | Anteil am Gesamt"
// over area rows and a "Gesamt" row holds PER_Beschaeftigte under "Köpfe" and PER_VZAE_Gesamt under "VZÄ" in
// that total row (issue 13 §2: a total row right under a label/value table is that table's total) when its rows add up to it. The head cell
// itself holds no number: without this it is a label with no value beside it. A fallback: a figure's own row
// label elsewhere wins, and cells a table finder claimed (the VZÄ-by-area table's total) are left alone.
import { contractName } from "../contract";
import { isTotalLabel } from "../columnRoles";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { labelKey } from "./labelCells";
import { matchLabel } from "./matchLabel";
import { specsAt } from "./labelSpecs";
import { fold } from "./normalize";
import { headRowColumns } from "./headRowColumns";
import { headsAndLabelColumn } from "./blankCorner";
import { roleOf } from "./roles";
import { judgeValue } from "./values";
import { totalScopeLow } from "./totalScope";

/** Kinds a total row can give: sums of the rows above (a share or a year is no sum). */
const SUMMABLE = new Set(["count", "vzae", "money", "stock"]);
/** Rows that are periods, not parts: a "Summe" over months of a head count is no head count. */
// Whole month words only: "Markt und Integration" is no March.
const PERIOD = /^(jan|januar|feb|februar|maerz|mar|mrz|apr|april|mai|jun|juni|jul|juli|aug|august|sep|sept|september|okt|oktober|nov|november|dez|dezember)\b|\bquartal\b|^q[1-4]\b|^(19|20)\d\d$|\bmonat\w*\b|\bhalbjahr\b/;

/** The figure a column head names, alone or together with the label column's head ("Personal" + "Anzahl"). */
function headSpec(sheet: SheetGrid, row: number, col: number, labelCol: number): LabelSpec | undefined {
  const own = specsAt(sheet, row, col);
  if (own.length === 1) return own[0];
  if (own.length > 1) return undefined;
  const corner = sheet.ownText(row, labelCol);
  if (corner === undefined) return undefined;
  const m = matchLabel(`${corner} ${sheet.ownText(row, col)}`);
  return m.standalone.length === 1 && (!m.standalone[0].context || m.standalone[0].context === sheet.areaAt(row, col)) ? m.standalone[0] : undefined;
}

export function findColumnTotals(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    // A head row: text only, a label column's head first and at least one column head after it.
    const cols = headRowColumns(sheet, r);
    if (cols.length < 2) continue;
    // An empty corner cell: the labels stand left of the first head (./blankCorner.ts).
    const { labelCol, heads } = headsAndLabelColumn(sheet, r, cols);
    for (const col of heads) {
      if (claims.has(sheet.index, r, col)) continue;
      const spec = headSpec(sheet, r, col, labelCol);
      const name = spec && spec.plain.sure ? spec.names[spec.plain.role] : undefined;
      if (!spec || !name || !SUMMABLE.has(contractName(name)?.kind ?? "")) continue;
      // The head's own year or role word ("Köpfe 2023" in a 2024 workbook), or one in the row above it.
      const above = r > sheet.r0 ? sheet.text(r - 1, col) : undefined;
      const roles = [sheet.ownText(r, col)!, above ?? ""].map((t) => roleOf(fold(t), planYear)).filter((x) => x !== undefined);
      const otherRole = roles.find((x) => x !== spec.plain.role);
      // No role in the head: the section title or the sheet name says whose total it is (./totalScope.ts).
      const scopeLow = roles.length === 0 ? totalScopeLow(sheet, r, labelCol, planYear, spec.plain.role, (rr, cc) => specsAt(sheet, rr, cc).length > 0) : undefined;
      let parts = 0;
      let sum = 0;
      for (let t = r + 1; t <= sheet.lastRow && !sheet.rowBlank(t); t++) {
        const key = labelKey(sheet, t, labelCol);
        if (key === undefined || sheet.number(t, col) === undefined) break;
        if (PERIOD.test(fold(sheet.ownText(t, labelCol) ?? ""))) {
          parts = 0;
          break;
        }
        if (!isTotalLabel(key)) {
          parts++;
          sum += sheet.number(t, col)!;
          continue;
        }
        if (parts === 0 || claims.has(sheet.index, t, col)) break;
        const value = sheet.value(t, col);
        const j = judgeValue(name, value, sheet.format(t, col), false);
        const lows: Low[] = j.ok ? [] : [{ id: j.id, text: j.text }];
        // A total its rows do not make up may count something else (other areas, other staff): a reader checks.
        if (typeof value === "number" && Math.abs(sum - value) > Math.max(0.5, Math.abs(value) * 0.005)) {
          lows.push({ id: "summenzeile", text: `Die Zeilen darüber ergeben ${sum.toLocaleString("de-DE")}, nicht ${value.toLocaleString("de-DE")}; ob die Summe gemeint ist, bitte prüfen.` });
        }
        if (otherRole) lows.push({ id: "jahr", text: `Der Spaltenkopf „${sheet.ownText(r, col)}“ nennt nicht das Planjahr; ob die Summe trotzdem gemeint ist, bitte prüfen.` });
        if (scopeLow) lows.push(scopeLow);
        out.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: t, col }),
          label: `${sheet.ownText(t, labelCol)} (${sheet.ownText(r, col)})`,
          labelCell: sheet.ref({ row: r, col }),
          value,
          lows,
          fallback: true,
          ...(scopeLow ? { past: true } : {}),
          order: orderOf(sheet.index, t, col),
        });
        break;
      }
    }
  }
  return out;
}
