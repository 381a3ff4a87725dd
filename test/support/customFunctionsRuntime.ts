// The part of Excel's custom-functions runtime the AIP functions use: CustomFunctions.Error and its
// ErrorCode values (as the strings Excel shows). Shared by the bundle test, the property test and the bench.

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Install a global CustomFunctions (Error, ErrorCode) so src/functions can be loaded outside Excel. */
export function installCustomFunctionsGlobal(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode: ERROR_CODE };
}
