/**
 * Browser entry (bundled by a later webpack entry): exposes the fake as `window.__csFake` so a
 * Playwright test can call `__csFake.installFakeGlobals(window, { state })` before office.js and
 * the task pane load. Uses no Node APIs.
 */
import * as fake from "./index";

declare global {
  interface Window {
    __csFake?: typeof fake;
  }
}

window.__csFake = fake;
