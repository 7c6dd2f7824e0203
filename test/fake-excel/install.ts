/**
 * Installs `Excel`, `Office` and `OfficeExtension` globals backed by the fake, so code that calls
 * `Excel.run` / `Office.onReady` directly (the task pane) runs unchanged in jest or Chromium.
 *
 * With `guard` (default), the globals are accessor properties that ignore reassignment, and their
 * existing members ignore overwrites: if the real office.js is loaded after the fake, it can add
 * members but cannot replace `Excel.run`, `Office.onReady` or the fake's enums.
 */
import { FakeOfficeError } from "./errors";
import { FakeExcelNamespace, createFakeExcel } from "./excel";
import { FakeOfficeNamespace, FakeOfficeOptions, createFakeOffice } from "./office";
import { FakeWorkbookState, createWorkbookState } from "./state";

export interface InstallOptions {
  state?: FakeWorkbookState;
  office?: FakeOfficeOptions;
  guard?: boolean;
}

export interface InstalledFake {
  state: FakeWorkbookState;
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  uninstall(): void;
}

const fakeOfficeExtension = {
  Error: FakeOfficeError,
  ErrorCodes: {
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    propertyNotLoaded: "PropertyNotLoaded",
    runMustReturnPromise: "RunMustReturnPromise",
    apiNotFound: "ApiNotFound",
  } satisfies Partial<Record<keyof typeof OfficeExtension.ErrorCodes, string>>,
};

/** Existing members keep their value; new members may be added. */
function guarded<T extends object>(target: T): T {
  return new Proxy(target, {
    set: (t, key, value) => (key in t ? true : Reflect.set(t, key, value)),
    defineProperty: (t, key, desc) => (key in t ? true : Reflect.defineProperty(t, key, desc)),
  });
}

export function installFakeGlobals(target: object = globalThis, options: InstallOptions = {}): InstalledFake {
  const state = options.state ?? createWorkbookState();
  const { Excel } = createFakeExcel(state);
  const Office = createFakeOffice(options.office);
  const globals: Record<string, object> = { Excel, Office, OfficeExtension: fakeOfficeExtension };
  const previous = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    previous.set(name, Object.getOwnPropertyDescriptor(target, name));
    const exposed = options.guard === false ? value : guarded(value);
    Object.defineProperty(
      target,
      name,
      options.guard === false ? { value: exposed, writable: true, configurable: true } : { get: () => exposed, set: () => undefined, configurable: true },
    );
  }
  const uninstall = () => {
    for (const [name, desc] of previous) {
      if (desc) Object.defineProperty(target, name, desc);
      else delete (target as Record<string, unknown>)[name];
    }
  };
  return { state, Excel, Office, uninstall };
}
