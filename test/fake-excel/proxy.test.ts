/** Request semantics: queued writes, load-before-read, sync counting, payload accounting. */
import { createFakeExcel } from "./excel";
import { createWorkbookState, getValues } from "./state";

const survey = () =>
  createWorkbookState({
    sheets: [
      {
        name: "Survey",
        rows: [
          ["id", "q1", "q2"],
          [1, 4, 5],
          [2, 3, "N/A"],
        ],
      },
      "Notes",
    ],
  });

describe("load before read", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded with Excel's message", async () => {
    const { run } = createFakeExcel(survey());
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Survey").getRange("A1:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      expect(() => range.address).toThrow(/The property 'address' is not available. Before reading the property's value, call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // loaded but not synced
      await context.sync();
      expect(range.values).toEqual([
        ["id", "q1", "q2"],
        [1, 4, 5],
        [2, 3, "N/A"],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // only what was asked
    });
  });

  test.each([
    ["a comma list", "values, address, rowCount"],
    ["an array", ["values", "address", "rowCount"]],
    ["{ select }", { select: "values,address,rowCount" }],
    ["an options object", { values: true, address: true, rowCount: true }],
  ])("load accepts %s", async (_, arg) => {
    const { run } = createFakeExcel(survey());
    await run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Survey")
        .getRange("B2:C3")
        .load(arg as string);
      await context.sync();
      expect([range.address, range.rowCount, range.values]).toEqual([
        "Survey!B2:C3",
        2,
        [
          [4, 5],
          [3, "N/A"],
        ],
      ]);
    });
  });

  test("load() without arguments reads every scalar; paths reach navigation properties", async () => {
    const { run } = createFakeExcel(survey());
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Survey").getRange("A1:C1").load();
      range.load("format/font/bold, format/fill/color, worksheet/name");
      await context.sync();
      expect([range.cellCount, range.columnIndex, range.text]).toEqual([3, 0, [["id", "q1", "q2"]]]);
      expect([range.format.font.bold, range.format.fill.color, range.worksheet.name]).toEqual([false, "#FFFFFF", "Survey"]);
    });
  });

  test("collections: items after load('items/name'), and loading an unknown property fails at sync", async () => {
    const { run } = createFakeExcel(survey());
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Survey", "Notes"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.getItem("Survey").getRange("A1").load("valuez");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("queued writes", () => {
  test("writes reach the workbook only at sync, in order", async () => {
    const state = survey();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      notes.getRange("A1:B1").values = [["n", 25]];
      expect(getValues(state, "Notes!A1:B1")).toEqual([["", ""]]);
      expect(() => notes.getRange("A1:B1").values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // a fresh proxy…
      const check = notes.getRange("A1:B1").load("values");
      await context.sync();
      expect(getValues(state, "Notes!A1:B1")).toEqual([["n", 25]]);
      expect(check.values).toEqual([["n", 25]]); // …and the load queued after the write sees it
    });
  });

  test("a property set locally reads back before sync, as office-js keeps the value it sent", async () => {
    const { run } = createFakeExcel(survey());
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Notes").getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
    });
  });

  test("Excel.run sends what is still queued when the batch ends; a failing operation stops the rest", async () => {
    const state = survey();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["tail"]];
    });
    expect(getValues(state, "Notes!A1")).toEqual([["tail"]]);
    expect(state.syncCount).toBe(1);

    await expect(
      run(async (context) => {
        const notes = context.workbook.worksheets.getItem("Notes");
        notes.getRange("A2").values = [["applied"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        notes.getRange("A3").values = [["never"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(getValues(state, "Notes!A2:A3")).toEqual([["applied"], [""]]);
  });

  test("a batch must return a promise", async () => {
    const { run } = createFakeExcel(survey());
    const notAsync = (() => 1) as unknown as (context: Excel.RequestContext) => Promise<number>;
    await expect(run(notAsync)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });
});

describe("counters", () => {
  test("syncCount and requestLog count round trips and their operations", async () => {
    const state = survey();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const sheet = context.workbook.worksheets.getItem("Notes");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("A1:B2").numberFormat = [
        ["0.0", "0.0"],
        ["0.0", "0.0"],
      ];
      await context.sync();
      sheet.getRange("A1:B2").load("values");
      await context.sync(); // nothing queued after this: no implicit final sync
    });
    expect(state.syncCount).toBe(2);
    expect(state.requestLog.map((e) => e.operations)).toEqual([3, 1]);
    expect(state.suspensions.calculation).toBe(1);
  });

  test("payload bytes are the JSON size of values written and read", async () => {
    const state = survey();
    const { run } = createFakeExcel(state);
    const rows = [
      ["é", 1.5],
      [true, "x"],
    ];
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Notes").getRange("A1:B2");
      range.values = rows;
      await context.sync();
      range.load("values");
      await context.sync();
    });
    const bytes = 23; // [["é",1.5],[true,"x"]]: 22 characters, "é" takes 2 bytes in UTF-8
    expect(state.requestLog[0]).toMatchObject({ requestBytes: bytes, responseBytes: 0, payloadBytes: bytes });
    expect(state.requestLog[1]).toMatchObject({ requestBytes: 0, responseBytes: bytes });
    expect(state.maxPayloadBytes).toBe(bytes);
  });

  test("a request over the payload limit is rejected before anything is applied", async () => {
    const state = survey();
    state.payloadLimitBytes = 100;
    const { run } = createFakeExcel(state);
    const big = Array.from({ length: 20 }, (_, i) => [`row ${i}`]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Notes").getRange("A1:A20").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(getValues(state, "Notes!A1")).toEqual([[""]]);
  });
});
