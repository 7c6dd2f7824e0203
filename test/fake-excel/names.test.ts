/** workbook.names in the fake: add, read back, follow a renamed sheet, #REF! after the sheet goes, delete, save/reopen. */
import { createFakeExcel } from "./excel";
import { openWorkbook, saveWorkbook } from "./persist";
import { createWorkbookState, getValues } from "./state";

const workbook = () =>
  createWorkbookState({
    sheets: [
      { name: "Summary", rows: [["Weight"], [1], [2]] },
      { name: "Other", rows: [["x"]] },
    ],
  });

test("add (by range and by address), items, getItem value and getRange", async () => {
  const state = workbook();
  const { run } = createFakeExcel(state);
  const read = await run(async (context) => {
    const { names } = context.workbook;
    names.add("CS_W_Speed", context.workbook.worksheets.getItem("Summary").getRange("A2"));
    names.add("CS_W_Price", "=Summary!$A$3", "price weight");
    await context.sync();
    const all = names.load("items/name, items/value");
    const price = names.getItem("CS_W_Price").load("value, type, comment");
    const range = names.getItem("CS_W_Speed").getRange().load("values, address");
    await context.sync();
    return { all: all.items.map((n) => [n.name, n.value]), price: [price.value, price.type, price.comment], range: [range.values, range.address] };
  });
  expect(read.all).toEqual([
    ["CS_W_Speed", "=Summary!$A$2"],
    ["CS_W_Price", "=Summary!$A$3"],
  ]);
  expect(read.price).toEqual(["=Summary!$A$3", "Range", "price weight"]);
  expect(read.range).toEqual([[[1]], "Summary!A2"]);
});

test("a name writes through getRange, follows a renamed sheet, reads #REF! once its sheet is deleted", async () => {
  const state = workbook();
  const { run } = createFakeExcel(state);
  await run(async (context) => {
    context.workbook.names.add("CS_W_Speed", "Summary!A2");
    await context.sync();
    context.workbook.names.getItem("CS_W_Speed").getRange().values = [[7]];
    context.workbook.worksheets.getItem("Summary").name = "Old summary";
  });
  expect(getValues(state, "'Old summary'!A2")).toEqual([[7]]);
  const after = await run(async (context) => {
    const renamed = context.workbook.names.getItem("CS_W_Speed").load("value");
    await context.sync();
    const was = renamed.value;
    context.workbook.worksheets.getItem("Old summary").delete();
    const gone = context.workbook.names.getItem("CS_W_Speed").load("value, type");
    const orNull = context.workbook.names.getItem("CS_W_Speed").getRangeOrNullObject();
    await context.sync();
    return { was, value: gone.value, type: gone.type, isNull: orNull.isNullObject };
  });
  expect(after).toEqual({ was: "='Old summary'!$A$2", value: "=#REF!$A$2", type: "Error", isNull: true });
  await expect(
    run(async (context) => {
      context.workbook.names.getItem("CS_W_Speed").getRange().load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
});

test("getItemOrNullObject, delete, duplicate and invalid names fail like Excel", async () => {
  const state = workbook();
  const { run } = createFakeExcel(state);
  const found = await run(async (context) => {
    context.workbook.names.add("Keep", "Summary!A1");
    context.workbook.names.add("Drop", "Summary!A2");
    await context.sync();
    context.workbook.names.getItem("drop").delete(); // names are case-insensitive
    const keep = context.workbook.names.getItemOrNullObject("KEEP");
    const drop = context.workbook.names.getItemOrNullObject("Drop");
    await context.sync();
    return [keep.isNullObject, drop.isNullObject];
  });
  expect(found).toEqual([false, true]);
  expect(state.names.map((n) => n.name)).toEqual(["Keep"]);
  for (const [name, code] of [
    ["Keep", "ItemAlreadyExists"],
    ["A1", "InvalidArgument"],
    ["has space", "InvalidArgument"],
  ]) {
    await expect(run(async (context) => void context.workbook.names.add(name, "Summary!B1"))).rejects.toMatchObject({ code });
  }
  await expect(run(async (context) => void context.workbook.names.add("Elsewhere", "Nowhere!A1"))).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("names survive save and reopen, still bound to their sheet", async () => {
  const state = workbook();
  await createFakeExcel(state).run(async (context) => void context.workbook.names.add("CS_W_Speed", "Summary!A3"));
  const copy = openWorkbook(saveWorkbook(state));
  expect(copy.names).toEqual(state.names);
  const value = await createFakeExcel(copy).run(async (context) => {
    const r = context.workbook.names.getItem("CS_W_Speed").getRange().load("values");
    await context.sync();
    return r.values;
  });
  expect(value).toEqual([[2]]);
  // A workbook saved before names were modelled opens with none.
  const old = JSON.parse(saveWorkbook(state)) as Record<string, unknown>;
  delete old.names;
  expect(openWorkbook(JSON.stringify(old)).names).toEqual([]);
});
