// Is a share or change typed in percent units (16 for 16 %, −2,5 for −2,5 %) or stored as a fraction (0,16,
// −0,025)? Decided by the value and its number format only, never by a header: the mapper (proposal note)
// and the check (rule typen/prozent-einheit, value / 100 in the view) call this one function, so they agree.
// Conservative: a value that reads sensibly both ways is never rescaled on its own (see `ambiguous`).
import { printedPrecision } from "./format";

export type PercentReading =
  /** A fraction as the contract stores it (or a percent format, which shows what it means). */
  | "fraction"
  /** Clearly typed in percent units: the meant fraction is value / 100. */
  | "percent"
  /**
   * 0 < |value| ≤ 1 without a percent format: −0,8 may be −0,8 % or −80 %, 0,5 may be 0,5 % or 50 %.
   * Taken as a fraction unless other evidence (a column of clear percent-unit neighbours) says otherwise.
   */
  | "ambiguous"
  /** Out of range either way (a share above 100, a change beyond ±1000): left to the types checks. */
  | "invalid";

/** Largest magnitude read as percent units: a share up to 100 (%), a change up to ±1000 (%). */
export const PERCENT_UNIT_LIMIT = { share: 100, change: 1000 } as const;

/** The number format shows the value as a percentage ("0.0%", "0%"). */
export function isPercentFormat(format: string | undefined): boolean {
  return printedPrecision(format)?.percent === true;
}

/**
 * How a number in a cell of kind `kind` ("share": a fraction in [0, 1]; "change": a signed fraction)
 * with number format `format` is meant.
 */
export function percentReading(kind: "share" | "change", value: number, format: string | undefined): PercentReading {
  if (!Number.isFinite(value)) return "invalid";
  if (isPercentFormat(format)) return kind === "share" && (value < 0 || value > 1) ? "invalid" : "fraction";
  const magnitude = Math.abs(value);
  if (kind === "share" && value < 0) return "invalid";
  if (magnitude === 0) return "fraction";
  if (magnitude <= 1) return "ambiguous";
  return magnitude <= PERCENT_UNIT_LIMIT[kind] ? "percent" : "invalid";
}

/**
 * The format a rescaled value is printed with: the same number of decimals as a percentage ("0.0" → "0.0%"),
 * so rounding judged from the format stays right after value / 100; a format without digits (General)
 * stays as it is (the rules then use their tolerance settings).
 */
export function percentFormatFor(format: string | undefined): string | undefined {
  const p = printedPrecision(format);
  if (!p) return format;
  return p.decimals > 0 ? `0.${"0".repeat(p.decimals)}%` : "0%";
}

/** One share or change cell of the workbook's contract names, for {@link percentUnitCells}. */
export interface PercentCell {
  /** Any key the caller uses to find the cell again (its address). */
  key: string;
  sheet: string;
  /** 0-based row and column on the sheet. */
  row: number;
  col: number;
  kind: "share" | "change";
  value: number;
  format: string | undefined;
}

/**
 * The cells typed in percent units: every "percent" reading, and an "ambiguous" one only when it sits in
 * one column run with a clear "percent" cell — same sheet and column, adjacent rows, the same kind and
 * number format, no fraction or percent-formatted cell between (a printed table column such as
 * "Veränderung … in %" holding −2,5 / −3,6 / −0,8 uses one unit). Returns key → "percent" | "neighbours".
 */
export function percentUnitCells(cells: readonly PercentCell[]): Map<string, "percent" | "neighbours"> {
  const out = new Map<string, "percent" | "neighbours">();
  // Each cell with its reading beside it, not a copy of the cell with the reading added (this runs for every
  // share and change cell of every workbook, and a spread copy is slow in code that has not warmed up yet).
  const byColumn = new Map<string, Array<{ cell: PercentCell; reading: PercentReading }>>();
  for (const cell of cells) {
    const reading = percentReading(cell.kind, cell.value, cell.format);
    if (reading === "percent") out.set(cell.key, "percent");
    const k = `${cell.sheet}\u0000${cell.col}`;
    const list = byColumn.get(k);
    if (list) list.push({ cell, reading });
    else byColumn.set(k, [{ cell, reading }]);
  }
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.cell.row - b.cell.row);
    let run: typeof list = [];
    const flush = () => {
      if (run.some((c) => c.reading === "percent")) {
        for (const c of run) if (c.reading === "ambiguous") out.set(c.cell.key, "neighbours");
      }
      run = [];
    };
    for (const c of list) {
      const prev = run[run.length - 1]?.cell;
      const joins = c.reading === "percent" || c.reading === "ambiguous";
      if (!joins) {
        flush();
        continue;
      }
      const { row, kind, format } = c.cell;
      if (prev && (row !== prev.row + 1 || kind !== prev.kind || (format ?? "") !== (prev.format ?? ""))) flush();
      run.push(c);
    }
    flush();
  }
  return out;
}
