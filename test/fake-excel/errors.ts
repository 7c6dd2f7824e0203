/**
 * Errors shaped like office-js `OfficeExtension.Error` ("RichApi.Error": code, message, debugInfo).
 * Messages for the codes the fake raises are copied from what Excel reports, so tests that match
 * on `code` behave as they would against Excel.
 */

export const ExcelMessages = {
  PropertyNotLoaded: (p: string) =>
    `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ShapeMismatch: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidOperation: "The operation is invalid for the object or the current state of the object.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "There was an internal error while processing the request.",
} as const;

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | "RunMustReturnPromise"
  | "NotImplemented";

/** Compile-time check: the error carries every member the add-in may read from a real one. */
export class FakeOfficeError extends Error implements Pick<OfficeExtension.Error, "name" | "code" | "message" | "debugInfo" | "traceMessages"> {
  override name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: FakeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? (ExcelMessages as Record<string, unknown>)[code];
    super(typeof text === "string" ? text : code);
    this.code = code;
    this.debugInfo = { code, message: this.message, errorLocation };
  }
}

export const notLoaded = (property: string): FakeOfficeError => new FakeOfficeError("PropertyNotLoaded", ExcelMessages.PropertyNotLoaded(property));

/** The fake does not model something: fail loudly rather than silently differ from Excel. */
export const notModelled = (what: string): FakeOfficeError =>
  new FakeOfficeError("NotImplemented", `fake-excel: ${what} is not modelled; extend test/fake-excel if the add-in needs it`);
