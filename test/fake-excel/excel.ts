/**
 * `createFakeExcel(state)` → `{ Excel, run }`: the `Excel` namespace the add-in touches (run and
 * enum objects), backed by a FakeWorkbookState. Enum stand-ins are checked against the real enums
 * (`satisfies EnumSubset<typeof Excel.X>`) and throw on members the fake does not list, so a test
 * never silently reads `undefined`.
 */
import { EnumSubset } from "./core";
import { FakeOfficeError, notModelled } from "./errors";
import { FakeRequestContext } from "./sheets";
import type { FakeWorkbookState } from "./state";

/** Property names that promise/JSON/jest machinery probes on any object. */
const PROBES = new Set(["then", "toJSON", "asymmetricMatch", "nodeType", "tagName"]);

/** Wraps an enum subset so that reading a member it lacks fails loudly. */
function strictEnum<T extends object>(name: string, members: T): Readonly<T> {
  return new Proxy(Object.freeze(members), {
    get(target, key) {
      if (typeof key === "string" && /^[a-z_]\w*$/.test(key) && !(key in target) && !PROBES.has(key)) throw notModelled(`Excel.${name}.${key}`);
      return Reflect.get(target, key) as unknown;
    },
  });
}

export const ChartType = strictEnum("ChartType", {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  barStacked100: "BarStacked100",
  line: "Line",
  lineMarkers: "LineMarkers",
  pie: "Pie",
  doughnut: "Doughnut",
  bubble: "Bubble",
  xyscatter: "XYScatter",
} as const satisfies EnumSubset<typeof Excel.ChartType>);

export const ChartSeriesBy = strictEnum("ChartSeriesBy", { auto: "Auto", columns: "Columns", rows: "Rows" } as const satisfies EnumSubset<
  typeof Excel.ChartSeriesBy
>);

export const ConditionalFormatType = strictEnum("ConditionalFormatType", {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const satisfies EnumSubset<typeof Excel.ConditionalFormatType>);

export const ConditionalCellValueOperator = strictEnum("ConditionalCellValueOperator", {
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const satisfies EnumSubset<typeof Excel.ConditionalCellValueOperator>);

export const ConditionalFormatColorCriterionType = strictEnum("ConditionalFormatColorCriterionType", {
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const satisfies EnumSubset<typeof Excel.ConditionalFormatColorCriterionType>);

export const SheetVisibility = strictEnum("SheetVisibility", { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const satisfies EnumSubset<
  typeof Excel.SheetVisibility
>);

export const ErrorCodes = strictEnum("ErrorCodes", {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const satisfies EnumSubset<typeof Excel.ErrorCodes>);

/** `Excel.run(batch)` as the add-in calls it. */
export type RunFunction = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `run` gives each batch a fresh request context on `state`. As in office-js, operations still
 * queued when the batch's promise resolves are sent in one final sync (counted in syncCount);
 * a batch that does not return a promise is rejected (RunMustReturnPromise).
 */
export function createFakeExcel(state: FakeWorkbookState) {
  const run: RunFunction = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== "function") throw notModelled("Excel.run(objects | options, batch)");
    const context = new FakeRequestContext(state);
    // The one cast at the boundary: the add-in is typed against Excel.RequestContext; each fake
    // class `implements Mirror<…>` of the members it provides (see core.ts).
    const pending: unknown = batch(context as unknown as Excel.RequestContext);
    if (!(pending instanceof Promise))
      throw new FakeOfficeError("RunMustReturnPromise", 'The batch function passed to the ".run" method didn\'t return a promise.');
    const result = (await pending) as T;
    if (context.pending > 0) await context.sync();
    return result;
  };
  const Excel = {
    run,
    ChartType,
    ChartSeriesBy,
    ConditionalFormatType,
    ConditionalCellValueOperator,
    ConditionalFormatColorCriterionType,
    SheetVisibility,
    ErrorCodes,
  };
  return { Excel, run, state };
}

export type FakeExcelNamespace = ReturnType<typeof createFakeExcel>["Excel"];
