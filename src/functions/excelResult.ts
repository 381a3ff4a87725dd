// Turns a pure Kennzahl result into what a custom function returns to Excel: the value, or a
// CustomFunctions.Error. Also the safety net: no exception ever leaves a custom function.
import { isKennzahlError, type ExcelErrorCode, type Result } from "../core/kennzahlen";

/** Only #VALUE! and #N/A show a custom message in Excel; the other codes take none. */
const CODES_WITH_MESSAGE: readonly ExcelErrorCode[] = ["#VALUE!", "#N/A"];

function errorCode(code: ExcelErrorCode): CustomFunctions.ErrorCode | undefined {
  switch (code) {
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#NULL!":
      return CustomFunctions.ErrorCode.nullReference;
    default:
      // #REF! and #NAME? are input-only errors: a custom function cannot return them.
      return undefined;
  }
}

function excelError(code: ExcelErrorCode, message: string): CustomFunctions.Error {
  const mapped = errorCode(code);
  if (mapped === undefined) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return CODES_WITH_MESSAGE.includes(code) ? new CustomFunctions.Error(mapped, message) : new CustomFunctions.Error(mapped);
}

/** Runs a Kennzahl and hands Excel its value or error; an unexpected exception becomes #VALUE!. */
export function excelResult<T>(compute: () => Result<T>): T | CustomFunctions.Error {
  try {
    const result = compute();
    if (isKennzahlError(result)) return excelError(result.code, result.message);
    // An overflow (1E308/1E-308, a sum of huge values) gives ±Infinity in JavaScript; Excel's own formulas
    // answer #NUM! there, and a cell cannot hold an infinite number.
    if (typeof result === "number" && !Number.isFinite(result)) return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    return result;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Interner Fehler: ${detail}`);
  }
}
