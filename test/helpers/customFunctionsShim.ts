/**
 * Jest stand-in for Excel's `CustomFunctions` runtime global (only what src/functions uses):
 * `Error` (code + optional message) and `ErrorCode` with the values Excel's runtime uses
 * (see node_modules/@types/custom-functions-runtime). Import it before calling a CS function:
 *   import "../helpers/customFunctionsShim";
 * Installing is idempotent; the real runtime, when present, is left alone.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  code: string;
  message?: string;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const g = globalThis as { CustomFunctions?: unknown };
if (g.CustomFunctions === undefined) {
  g.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (): void => undefined,
  };
}

export {};
