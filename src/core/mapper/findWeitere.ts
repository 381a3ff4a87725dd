// ZIE_Weitere: the table of local targets and Ergänzungsgrößen (Kennzahl | Vorjahr | Ziel | Veränderung | Einheit).
// Found where a title names it ("Ergänzungsgrößen und örtliche Ziele", "Weitere Ziele", "lokale Ziele") directly
// above its header row (or above one blank row) or as the header row's corner, and the header reads previous year
// (an Ist or the forecast of that year: "Prognose 2026"), target and change in this order. The rows are not claimed: their labels are read as before (a qualified "örtliches Ziel" row is no
// rival of the contract's own figure, ./excludingLabels.ts).
import { readColumn } from "../columnRoles";
import { orderOf, type Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { scopeAt } from "./context";
import { roleOf } from "./roles";
import { describedWeitereHead } from "./weitereHead";

const TITLE = /\b(ergaenzungsgroess\w*|ergaenzungsindikator\w*|(weitere|oertliche|lokale|zusaetzliche|ergaenzende|sonstige) (ziele|zielgroessen|kennzahlen)|zusatzziele|lokalziele)\b/;
/** A corner naming the main Kennzahlen too ("Kennzahl / Ergänzungsgröße") heads the whole target table, not ZIE_Weitere. */
const MAIN_TABLE = /\bkennzahl\b/;
const UNIT = /^(einheit|masseinheit|dimension)$/;

interface Head {
  labelCol: number;
  lastCol: number;
}

/** The header row's columns when it reads previous year | target | change (| unit) right of `labelCol`. */
function headOf(sheet: SheetGrid, row: number, labelCol: number, planYear: number | undefined): Head | undefined {
  const cols = sheet.filledColumns(row).filter((c) => c > labelCol);
  const kinds = cols.map((c) => {
    const t = fold(sheet.text(row, c) ?? "");
    return UNIT.test(t) ? "unit" : readColumn(t).kind;
  });
  const expected = ["ist", "plan", "change"];
  // A forecast of the year before ("Prognose 2026 | Ziel 2027") is its previous-year value, as in the main targets.
  if (kinds[0] === "prognose") kinds[0] = "ist";
  if (kinds.length < 3 || expected.some((k, i) => kinds[i] !== k) || (kinds.length > 3 && (kinds.length > 4 || kinds[3] !== "unit"))) return undefined;
  if (cols[0] !== labelCol + 1 || cols.some((c, i) => i > 0 && c !== cols[i - 1] + 1)) return undefined;
  // Years must fit the planning year ("Ist 2026 | Ziel 2027" in a 2026 workbook is next year's table).
  const roleAt = (i: number) => roleOf(fold(sheet.text(row, cols[i]) ?? ""), planYear);
  if (roleAt(0) !== "previous" || roleAt(1) !== "current") return undefined;
  return { labelCol, lastCol: cols[cols.length - 1] };
}

export function findWeitere(sheet: SheetGrid, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const filled = sheet.filledColumns(r);
    if (filled.length === 0) continue;
    const labelCol = filled[0];
    const corner = fold(sheet.ownText(r, labelCol) ?? "");
    // The title is looked for first: reading every row's header cells (headOf) is the costly part.
    let titleCell: { row: number; col: number } | undefined;
    if (TITLE.test(corner) && !MAIN_TABLE.test(corner)) titleCell = { row: r, col: labelCol };
    else {
      // Directly above, or above one blank row under a described head (./weitereHead.ts).
      for (const up of [r - 1, r - 2]) {
        if (up < sheet.r0 || (up === r - 2 && !sheet.rowBlank(r - 1))) break;
        const above = sheet.filledColumns(up);
        const title = above.length === 1 ? fold(sheet.ownText(up, above[0]) ?? "") : "";
        if (TITLE.test(title) && !MAIN_TABLE.test(title)) {
          titleCell = { row: up, col: above[0] };
          break;
        }
      }
    }
    if (!titleCell) continue;
    const described = describedWeitereHead(sheet, r, labelCol, planYear);
    // The title may stand above one blank row (the loop above took it only so).
    const strict = headOf(sheet, r, labelCol, planYear);
    const head = strict ?? (described !== undefined ? { labelCol, lastCol: described } : undefined);
    if (!head) continue;
    let last = r;
    for (let d = r + 1; d <= sheet.lastRow; d++) {
      const hasLabel = sheet.ownText(d, labelCol) !== undefined;
      let numbers = 0;
      for (let c = labelCol + 1; c <= head.lastCol; c++) if (sheet.number(d, c) !== undefined) numbers++;
      if (!hasLabel || numbers === 0) break;
      last = d;
    }
    if (last === r) continue;
    out.push({
      name: "ZIE_Weitere",
      sheet: sheet.index,
      ref: sheet.ref({ row: r, col: labelCol }, { row: last, col: head.lastCol }),
      label: sheet.ownText(titleCell.row, titleCell.col)!,
      labelCell: sheet.ref(titleCell),
      value: last - r,
      // On a sheet or under a section marked as a copy or archive ("Ziele (alt)") it is never sure.
      lows: [scopeAt(sheet, r, planYear, () => false, labelCol).low].filter((l) => l !== undefined),
      order: orderOf(sheet.index, r, labelCol),
    });
    r = last;
  }
  return out;
}
