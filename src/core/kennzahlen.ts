// The Kennzahlen math behind the AIP custom functions (IQ, JFW, JDW, KFA …), pure and Office-free:
// arguments come in as Excel hands them over (a single value or a 2-D array of cell values), results go
// out as numbers, booleans or a KennzahlError that the thin wrappers in src/functions turn into Excel errors.

/** Excel's error values, spelled as Excel shows them (they equal CustomFunctions.ErrorCode's values). */
export type ExcelErrorCode = "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A" | "#NULL!" | "#REF!" | "#NAME?";

const EXCEL_ERROR_CODES: readonly ExcelErrorCode[] = ["#DIV/0!", "#VALUE!", "#NUM!", "#N/A", "#NULL!", "#REF!", "#NAME?"];

/** A result that is an Excel error, with a short German message (Excel shows it for #VALUE! and #N/A). */
export interface KennzahlError {
  readonly kind: "kennzahlError";
  readonly code: ExcelErrorCode;
  readonly message: string;
}

export type Result<T> = T | KennzahlError;

export function isKennzahlError(value: unknown): value is KennzahlError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "kennzahlError";
}

function fail(code: ExcelErrorCode, message: string): KennzahlError {
  return { kind: "kennzahlError", code, message };
}

/** § 46 (3) SGB II: the municipality carries 15.2 % of the Gesamtverwaltungskosten. */
export const KFA_SATZ_STANDARD = 0.152;
/** Default tolerance of ABGLEICH: half a euro, so amounts in whole euros reconcile. */
export const ABGLEICH_TOLERANZ_STANDARD = 0.5;
/** Monthly ranges cover at most one year. */
export const MAX_MONATE = 12;

// ---------------------------------------------------------------------------------------------------
// Argument normalisation
// ---------------------------------------------------------------------------------------------------

/**
 * Recognises an Excel error that arrives as an argument value. Excel only hands errors to a function whose
 * metadata sets `allowErrorForDataTypeAny` (otherwise it returns the argument's error without calling the
 * function); the shapes accepted here are a CustomFunctions.Error-like `{ code: "#N/A" }` and an
 * Excel.ErrorCellValue-like `{ type: "Error", basicValue: "#N/A" }`. Text such as "#N/A" is text, not an error.
 */
export function inputError(value: unknown): ExcelErrorCode | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const candidate = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  const code = typeof candidate.code === "string" ? candidate.code : candidate.type === "Error" ? candidate.basicValue : undefined;
  return EXCEL_ERROR_CODES.find((known) => known === code);
}

/**
 * A number that arrives as a data type: the generated metadata sets `allowCustomDataForDataTypeAny`, so a cell
 * holding a formatted number can arrive as an Excel.DoubleCellValue / FormattedNumberCellValue object.
 */
function formattedNumber(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const candidate = value as { type?: unknown; basicValue?: unknown };
  const isNumberType = candidate.type === "Double" || candidate.type === "FormattedNumber";
  return isNumberType && typeof candidate.basicValue === "number" ? candidate.basicValue : undefined;
}

function passThrough(code: ExcelErrorCode, label: string): KennzahlError {
  return fail(code, `«${label}» enthält den Fehler ${code}.`);
}

/** What one cell value means: a number, nothing, or an error to report. */
type Cell = { kind: "number"; value: number } | { kind: "blank" } | KennzahlError;

function shortText(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/**
 * Classifies one value. `zeroIsBlank` is set inside monthly ranges and sums, where Excel desktop delivers an
 * empty cell as 0 (Excel on the web as null, some paths as ""): all three mean "no value" there.
 */
function classify(value: unknown, label: string, zeroIsBlank: boolean): Cell {
  if (value === null || value === undefined || value === "") return { kind: "blank" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("#NUM!", `«${label}» ist keine endliche Zahl.`);
    return zeroIsBlank && value === 0 ? { kind: "blank" } : { kind: "number", value };
  }
  if (typeof value === "string") {
    // German-formatted figures ("1.606.442", "16,4 %") are text to Excel: say so rather than guess.
    const hint = /^[\s\d.,%+−-]+$/.test(value) ? " Bitte als Zahl ohne Tausenderpunkte eingeben." : "";
    return fail("#VALUE!", `«${label}» enthält Text („${shortText(value)}“) statt einer Zahl.${hint}`);
  }
  if (typeof value === "boolean") {
    return fail("#VALUE!", `«${label}» enthält einen Wahrheitswert (${value ? "WAHR" : "FALSCH"}) statt einer Zahl.`);
  }
  const error = inputError(value);
  if (error) return passThrough(error, label);
  const number = formattedNumber(value);
  if (number !== undefined) return classify(number, label, zeroIsBlank);
  return fail("#VALUE!", `«${label}» enthält keinen Zahlenwert.`);
}

/** Flattens an argument to a list of cell values: a single value, a row, a column, or (if allowed) a block. */
function cellsOf(arg: unknown, label: string, allowBlock: boolean): Result<readonly unknown[]> {
  if (!Array.isArray(arg)) return [arg];
  if (!arg.every((row) => Array.isArray(row))) return arg; // already a flat list
  const rows = arg as unknown[][];
  const width = rows.length === 0 ? 0 : rows[0].length;
  if (!allowBlock && rows.length > 1 && width > 1) {
    return fail("#VALUE!", `«${label}» muss eine Zeile oder eine Spalte sein, kein Block von ${rows.length} × ${width} Zellen.`);
  }
  return rows.flat();
}

/** A 1 × 1 range as Excel passes a single cell to a matrix parameter ([[x]]). */
function isOneByOne(arg: unknown[]): boolean {
  return arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1;
}

/** True when an argument holds exactly one cell (a single value, or a 1 × 1 range). */
function isSingleCell(arg: unknown): boolean {
  if (!Array.isArray(arg)) return true;
  if (isOneByOne(arg)) return true; // the common case, decided without flattening
  const cells = cellsOf(arg, "", true);
  return !isKennzahlError(cells) && cells.length === 1;
}

/** The value of a bare argument or a 1 × 1 range, else undefined (a fast path's test, not a validation). */
function singleValue(arg: unknown): unknown {
  return Array.isArray(arg) ? (isOneByOne(arg) ? (arg[0] as unknown[])[0] : undefined) : arg;
}

/** One number from a single-value argument; 0 is a real zero here. A blank is "no value" (#N/A). */
export function scalarNumber(arg: unknown, label: string): Result<number> {
  // Fast path for a finite number, alone or as [[x]]: what nearly every call in a sheet passes.
  const single = singleValue(arg);
  if (typeof single === "number" && Number.isFinite(single)) return single;
  const cells = cellsOf(arg, label, true);
  if (isKennzahlError(cells)) return cells;
  if (cells.length !== 1) return fail("#VALUE!", `«${label}» muss ein einzelner Wert sein, nicht ${cells.length} Zellen.`);
  const cell = classify(cells[0], label, false);
  if (isKennzahlError(cell)) return cell;
  if (cell.kind === "blank") return fail("#N/A", `«${label}» ist leer: nichts zu berechnen.`);
  return cell.value;
}

/** An optional single value: undefined when omitted or blank (Excel passes an omitted argument as null). */
export function optionalNumber(arg: unknown, label: string): Result<number | undefined> {
  const cells = cellsOf(arg, label, true);
  if (!isKennzahlError(cells) && cells.length === 1) {
    const cell = classify(cells[0], label, false);
    if (!isKennzahlError(cell) && cell.kind === "blank") return undefined;
  }
  return scalarNumber(arg, label);
}

/** Monthly values from a row or column of at most 12 cells; null marks a month without a value. */
export function monthlyValues(arg: unknown, label: string): Result<(number | null)[]> {
  const cells = cellsOf(arg, label, false);
  if (isKennzahlError(cells)) return cells;
  if (cells.length > MAX_MONATE) {
    return fail("#NUM!", `«${label}» hat ${cells.length} Werte; erlaubt sind höchstens ${MAX_MONATE} Monatswerte.`);
  }
  const values: (number | null)[] = [];
  for (const value of cells) {
    const cell = classify(value, label, true);
    if (isKennzahlError(cell)) return cell;
    values.push(cell.kind === "blank" ? null : cell.value);
  }
  return values;
}

/** The numbers of a range of any shape (for sums of parts); blanks and zeros are left out. */
export function rangeNumbers(arg: unknown, label: string): Result<number[]> {
  const cells = cellsOf(arg, label, true);
  if (isKennzahlError(cells)) return cells;
  const values: number[] = [];
  for (const value of cells) {
    const cell = classify(value, label, true);
    if (isKennzahlError(cell)) return cell;
    if (cell.kind === "number") values.push(cell.value);
  }
  return values;
}

function firstNegative(values: readonly (number | null)[], label: string, what: string): KennzahlError | undefined {
  const index = values.findIndex((value) => value !== null && value < 0);
  if (index < 0) return undefined;
  return fail("#NUM!", `«${label}» enthält einen negativen Wert (${values[index]}) – ${what} können nicht negativ sein.`);
}

function nonNegative(value: number, label: string, what: string): Result<number> {
  return value < 0 ? fail("#NUM!", `«${label}» ist negativ (${value}) – ${what} können nicht negativ sein.`) : value;
}

function present(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function divide(numerator: number, denominator: number, label: string): Result<number> {
  return denominator === 0 ? fail("#DIV/0!", `«${label}» ist 0: Division durch null.`) : numerator / denominator;
}

/** Integrations and ELB as two equally long monthly lists, checked for sign; null marks a blank (or 0) cell. */
function monthlyPair(integrationen: unknown, elb: unknown): Result<{ integ: (number | null)[]; elbs: (number | null)[] }> {
  const integ = monthlyValues(integrationen, "integrationen");
  if (isKennzahlError(integ)) return integ;
  const elbs = monthlyValues(elb, "elb");
  if (isKennzahlError(elbs)) return elbs;
  if (integ.length !== elbs.length) {
    return fail("#NUM!", `«integrationen» (${integ.length} Werte) und «elb» (${elbs.length} Werte) sind verschieden lang.`);
  }
  return firstNegative(integ, "integrationen", "Integrationen") ?? firstNegative(elbs, "elb", "ELB-Bestände") ?? { integ, elbs };
}

/**
 * A month counts when its ELB stock is present (integrations and stocks are reported together). In such a
 * month, blank integrations are a real 0: desktop Excel passes an empty cell and a typed 0 alike as 0, so
 * "no integrations this month" cannot be told from "not filled in", and the ELB stock decides. Months
 * without an ELB stock stay blank unless they hold integrations.
 */
function integrationsOfReportedMonths(integ: readonly (number | null)[], elbs: readonly (number | null)[]): (number | null)[] {
  return integ.map((value, month) => value ?? (elbs[month] !== null ? 0 : null));
}

/** SUM(integrations) / AVERAGE(ELB) over the given months, or #N/A when either side has no value (see monthlyPair). */
function quoteOverMonths(integ: readonly (number | null)[], elbs: readonly (number | null)[]): Result<number> {
  const integrations = present(integ);
  const stocks = present(elbs);
  if (integrations.length === 0) return fail("#N/A", "Keine Integrationen angegeben: nichts zu berechnen.");
  if (stocks.length === 0) return fail("#N/A", "Keine ELB-Bestände angegeben: nichts zu berechnen.");
  return sum(integrations) / (sum(stocks) / stocks.length);
}

// ---------------------------------------------------------------------------------------------------
// The Kennzahlen
// ---------------------------------------------------------------------------------------------------

/**
 * Integrationsquote. Two single values: integrationen / elb. Two monthly ranges of equal length (1–12):
 * SUM(integrationen) / AVERAGE(elb) – the 12-month IQ, or with fewer months the Jahresfortschrittswert.
 */
export function integrationsquote(integrationen: unknown, elb: unknown): Result<number> {
  // Fast path for what nearly every sheet passes: two finite numbers, integrations ≥ 0 and ELB > 0 — the
  // checks below would let exactly these through to the division (issue 18: AIP.IQ ≤ 5× a plain division).
  const integ1 = singleValue(integrationen);
  const elb1 = singleValue(elb);
  if (typeof integ1 === "number" && typeof elb1 === "number" && integ1 >= 0 && elb1 > 0 && integ1 < Infinity && elb1 < Infinity) return integ1 / elb1;
  if (isSingleCell(integrationen) && isSingleCell(elb)) {
    const integ = scalarNumber(integrationen, "integrationen");
    if (isKennzahlError(integ)) return integ;
    const stock = scalarNumber(elb, "elb");
    if (isKennzahlError(stock)) return stock;
    const checkedInteg = nonNegative(integ, "integrationen", "Integrationen");
    if (isKennzahlError(checkedInteg)) return checkedInteg;
    const checkedStock = nonNegative(stock, "elb", "ELB-Bestände");
    if (isKennzahlError(checkedStock)) return checkedStock;
    return divide(integ, stock, "elb");
  }
  const pair = monthlyPair(integrationen, elb);
  if (isKennzahlError(pair)) return pair;
  return quoteOverMonths(integrationsOfReportedMonths(pair.integ, pair.elbs), pair.elbs);
}

/** How a JFW is asked for: up to `month` (1–12), or up to the default month (see jfwOfSeries). */
export interface JfwOptions {
  readonly month?: number;
  /**
   * True where a blank and a 0 can be told apart (cells read by the check: blank = not yet reported); false for
   * custom functions, which Excel desktop hands a blank cell as 0 (office-js #4702, #5262).
   */
  readonly blankDiffersFromZero: boolean;
}

/**
 * The one JFW core, over aligned monthly series: `integ[i]` are the integrations of month i + 1, `elb[i]` the ELB
 * stock they are set against (the BA's lag: the previous month's stock, so elb[0] is the previous December).
 * JFW(m) = SUM(integ[0..m−1]) / AVERAGE(elb[0..m−1]); each of these months needs its ELB stock, and blank
 * integrations there count 0. Default month: the last month with integrations > 0 when blank and 0 cannot be
 * told apart (a trailing month with a true 0 then needs `month`), else the last reported (non-blank) month.
 * The ELB series may reach further than the integrations (the newest stock pairs with a month not yet reported).
 */
export function jfwOfSeries(
  integ: readonly (number | null)[],
  elb: readonly (number | null)[],
  opts: JfwOptions,
): Result<{ value: number; month: number }> {
  const negative = firstNegative(integ, "integrationen", "Integrationen") ?? firstNegative(elb, "elb", "ELB-Bestände");
  if (negative) return negative;
  const counts = (value: number | null): boolean => value !== null && (opts.blankDiffersFromZero || value > 0);
  const lastReported = integ.reduce<number>((last, value, index) => (counts(value) ? index + 1 : last), 0);
  if (opts.month === undefined && lastReported === 0) {
    return fail("#N/A", "Keine Integrationen angegeben: nichts zu berechnen.");
  }
  const month = opts.month ?? lastReported;
  if (!Number.isInteger(month) || month < 1 || month > MAX_MONATE) {
    return fail("#NUM!", `«monat» muss eine ganze Zahl von 1 bis 12 sein, nicht ${month}.`);
  }
  if (month > integ.length) {
    return fail("#NUM!", `«monat» ist ${month}, die Bereiche haben aber nur ${integ.length} Monatswerte.`);
  }
  let integrations = 0;
  let stocks = 0;
  for (let index = 0; index < month; index++) {
    const stock = elb[index] ?? null;
    const value = integ[index] ?? 0;
    if (stock === null || stock === 0) {
      const what = value > 0 ? `hat ${value} Integrationen, aber keinen ELB-Bestand` : "hat keinen ELB-Bestand";
      return fail("#N/A", `Monat ${index + 1} ${what}: Der JFW braucht für jeden Monat ab Januar den ELB-Bestand (den des Vormonats).`);
    }
    integrations += value;
    stocks += stock;
  }
  return { value: integrations / (stocks / month), month };
}

/**
 * Jahresfortschrittswert up to month `monat` (1–12): integrations of months 1..monat over the mean ELB stock
 * set against them. Without `monat`, the last month with integrations > 0 (Excel desktop passes a blank and a
 * typed 0 alike as 0, so a trailing month with a true 0 needs `monat`).
 */
export function jahresfortschrittswert(integrationen: unknown, elb: unknown, monat?: unknown): Result<number> {
  const pair = monthlyPair(integrationen, elb);
  if (isKennzahlError(pair)) return pair;
  const givenMonth = optionalNumber(monat, "monat");
  if (isKennzahlError(givenMonth)) return givenMonth;
  const result = jfwOfSeries(pair.integ, pair.elbs, { month: givenMonth, blankDiffersFromZero: false });
  return isKennzahlError(result) ? result : result.value;
}

/** Jahresdurchschnittswert: mean of the given monthly stocks (blanks ignored, at most 12 values). */
export function jahresdurchschnittswert(bestandMonate: unknown, label = "bestand_monate"): Result<number> {
  const values = monthlyValues(bestandMonate, label);
  if (isKennzahlError(values)) return values;
  const negative = firstNegative(values, label, "Bestände");
  if (negative) return negative;
  const stocks = present(values);
  if (stocks.length === 0) return fail("#N/A", `«${label}» enthält keine Werte: nichts zu berechnen.`);
  return sum(stocks) / stocks.length;
}

/**
 * Relative change neu / alt − 1: how the AIP and the Zielvereinbarungen state changes of targets (the LZB's
 * § 48a K3 too: a month's stock over the same month of the previous year). Percentage points: prozentpunkte.
 */
export function veraenderung(neu: unknown, alt: unknown): Result<number> {
  const newValue = scalarNumber(neu, "neu");
  if (isKennzahlError(newValue)) return newValue;
  const oldValue = scalarNumber(alt, "alt");
  if (isKennzahlError(oldValue)) return oldValue;
  const ratio = divide(newValue, oldValue, "alt");
  return isKennzahlError(ratio) ? ratio : ratio - 1;
}

/** Difference in percentage points neu − alt, as a fraction (0.164 − 0.16 = 0.004 = 0,4 %-Pkt.). */
export function prozentpunkte(neu: unknown, alt: unknown): Result<number> {
  const newValue = scalarNumber(neu, "neu");
  if (isKennzahlError(newValue)) return newValue;
  const oldValue = scalarNumber(alt, "alt");
  if (isKennzahlError(oldValue)) return oldValue;
  return newValue - oldValue;
}

/** LZB target: bestand_vj × (1 + veraenderung); bestand_vj a number or the previous year's monthly stocks (their JDW). */
export function lzbZiel(bestandVj: unknown, veraenderungVj: unknown): Result<number> {
  let base: Result<number>;
  if (isSingleCell(bestandVj)) {
    const single = scalarNumber(bestandVj, "bestand_vj");
    base = isKennzahlError(single) ? single : nonNegative(single, "bestand_vj", "Bestände");
  } else {
    base = jahresdurchschnittswert(bestandVj, "bestand_vj");
  }
  if (isKennzahlError(base)) return base;
  const change = scalarNumber(veraenderungVj, "veraenderung");
  if (isKennzahlError(change)) return change;
  if (change < -1) return fail("#NUM!", `«veraenderung» ist kleiner als −100 % (${change}): ein Bestand kann nicht negativ werden.`);
  return base * (1 + change);
}

/** Share teil / gesamt. */
export function anteil(teil: unknown, gesamt: unknown): Result<number> {
  const part = scalarNumber(teil, "teil");
  if (isKennzahlError(part)) return part;
  const whole = scalarNumber(gesamt, "gesamt");
  if (isKennzahlError(whole)) return whole;
  return divide(part, whole, "gesamt");
}

/** gesamt − SUM(teile): 0 when the parts reconcile with the total. */
export function saldo(gesamt: unknown, teile: unknown): Result<number> {
  const total = scalarNumber(gesamt, "gesamt");
  if (isKennzahlError(total)) return total;
  const parts = rangeNumbers(teile, "teile");
  if (isKennzahlError(parts)) return parts;
  if (parts.length === 0) return fail("#N/A", "«teile» enthält keine Werte: nichts abzugleichen.");
  return total - sum(parts);
}

/** TRUE when |gesamt − SUM(teile)| ≤ toleranz (default 0.5, i.e. amounts in whole euros). */
export function abgleich(gesamt: unknown, teile: unknown, toleranz?: unknown): Result<boolean> {
  const difference = saldo(gesamt, teile);
  if (isKennzahlError(difference)) return difference;
  const givenTolerance = optionalNumber(toleranz, "toleranz");
  if (isKennzahlError(givenTolerance)) return givenTolerance;
  const tolerance = givenTolerance ?? ABGLEICH_TOLERANZ_STANDARD;
  if (tolerance < 0) return fail("#NUM!", `«toleranz» ist negativ (${tolerance}).`);
  return Math.abs(difference) <= tolerance;
}

/** Kommunaler Finanzierungsanteil: verwaltungskosten × satz (default 15.2 %, § 46 (3) SGB II). */
export function kommunalerFinanzierungsanteil(verwaltungskosten: unknown, satz?: unknown): Result<number> {
  const costs = scalarNumber(verwaltungskosten, "verwaltungskosten");
  if (isKennzahlError(costs)) return costs;
  const checkedCosts = nonNegative(costs, "verwaltungskosten", "Verwaltungskosten");
  if (isKennzahlError(checkedCosts)) return checkedCosts;
  const givenRate = optionalNumber(satz, "satz");
  if (isKennzahlError(givenRate)) return givenRate;
  const rate = givenRate ?? KFA_SATZ_STANDARD;
  if (rate < 0 || rate > 1) {
    return fail("#NUM!", `«satz» muss zwischen 0 % und 100 % liegen (z. B. 15,2 %), nicht ${rate}.`);
  }
  return costs * rate;
}

/**
 * Kommunaler Finanzierungsanteil from the federal share: bundesanteil × satz / (1 − satz). § 46 (3) SGB II
 * states the federal share (84,8 % of the Gesamtverwaltungskosten), which a controller knows when planning:
 * with the default satz 15,2 % that is × 15,2 / 84,8.
 */
export function kommunalerFinanzierungsanteilAusBund(bundesanteil: unknown, satz?: unknown): Result<number> {
  const federal = scalarNumber(bundesanteil, "bundesanteil");
  if (isKennzahlError(federal)) return federal;
  const checkedFederal = nonNegative(federal, "bundesanteil", "Bundesanteile");
  if (isKennzahlError(checkedFederal)) return checkedFederal;
  const givenRate = optionalNumber(satz, "satz");
  if (isKennzahlError(givenRate)) return givenRate;
  const rate = givenRate ?? KFA_SATZ_STANDARD;
  if (rate < 0 || rate >= 1) {
    return fail("#NUM!", `«satz» muss mindestens 0 % und kleiner als 100 % sein (z. B. 15,2 %), nicht ${rate}.`);
  }
  return (federal * rate) / (1 - rate);
}
