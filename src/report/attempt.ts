/** The report's rule for an engine computation that cannot be made from the data at hand. */
import { isCsError } from "../engine/errors";

/** Try an engine computation; a CsError gives undefined (the report shows a blank or leaves the figure out); anything else is a bug and is thrown. */
export function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isCsError(e)) return undefined;
    throw e;
  }
}
