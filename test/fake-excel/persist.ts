/**
 * Save and reopen a fake workbook as JSON text, as a shared .xlsx would travel between colleagues:
 * sheets (with their ids, cells, tables, charts, formats), the defined names, the selection, the
 * active sheet and the add-in settings survive; the per-session counters (syncs, request log,
 * suspensions) start fresh.
 * The browser test uses it to open a second page on the workbook the first page wrote.
 */
import { createWorkbookState, type FakeSheetState, type FakeWorkbookState } from "./state";

const MAP = "$map";
const SHEET = "$sheet";

type Tagged = { [MAP]: [unknown, unknown][] } | { [SHEET]: string };

/** Maps become `{ $map: entries }`; a table's or chart's back-reference to its sheet becomes `{ $sheet: id }`. */
export function saveWorkbook(state: FakeWorkbookState): string {
  const { syncCount: _s, requestLog: _r, maxPayloadBytes: _m, suspensions: _u, ...kept } = state;
  return JSON.stringify(kept, function (this: unknown, key: string, value: unknown): unknown {
    if (value instanceof Map) return { [MAP]: [...value.entries()] } satisfies Tagged;
    if (key === "sheet" && typeof value === "object" && value !== null && "cells" in value) {
      return { [SHEET]: (value as FakeSheetState).id } satisfies Tagged;
    }
    return value;
  });
}

/** The workbook `saveWorkbook` wrote, with fresh session counters. */
export function openWorkbook(text: string): FakeWorkbookState {
  const parsed = JSON.parse(text, (_key, value: unknown) =>
    typeof value === "object" && value !== null && MAP in value ? new Map((value as { [MAP]: [unknown, unknown][] })[MAP]) : value,
  ) as Omit<FakeWorkbookState, "syncCount" | "requestLog" | "maxPayloadBytes" | "suspensions">;
  const fresh = createWorkbookState();
  const state: FakeWorkbookState = {
    ...parsed,
    names: (parsed as { names?: FakeWorkbookState["names"] }).names ?? fresh.names, // none in a workbook saved before names were modelled
    syncCount: fresh.syncCount,
    requestLog: fresh.requestLog,
    maxPayloadBytes: fresh.maxPayloadBytes,
    suspensions: fresh.suspensions,
  };
  for (const sheet of state.sheets) {
    for (const owned of [...sheet.tables, ...sheet.charts]) {
      const ref = owned.sheet as unknown as { [SHEET]: string };
      const home = state.sheets.find((s) => s.id === ref[SHEET]);
      if (!home) throw new Error(`fake-excel: saved workbook names sheet ${ref[SHEET]}, which it does not hold`);
      owned.sheet = home;
    }
  }
  return state;
}
