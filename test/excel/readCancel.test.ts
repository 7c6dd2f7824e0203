/** Reading the survey stops between chunks once cancelled: no further round trip, a CancelledError. */
import { CancelledError } from "../../src/excel/cancel";
import { readSurveyRange } from "../../src/excel/readSurvey";
import { createFakeExcel, createWorkbookState } from "../fake-excel";

test("cancelled after the first chunk: no further chunk is read", async () => {
  const rows = [["id", "q1"], ...Array.from({ length: 10 }, (_, i) => [i + 1, (i % 5) + 1])];
  const state = createWorkbookState({ sheets: [{ name: "Survey", rows }] });
  const controller = new AbortController();
  const progress: number[] = [];
  const reading = readSurveyRange(
    createFakeExcel(state).run,
    { sheet: "Survey", address: "A1:B11" },
    {
      chunkRows: 3,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        controller.abort();
      },
    },
  );
  await expect(reading).rejects.toBeInstanceOf(CancelledError);
  expect(progress).toEqual([3]);
  expect(state.syncCount).toBe(2); // the shape and header row, then one chunk
});
