/**
 * Charts: what the report sets is recorded in FakeChartState (type, source, series addresses,
 * titles, axes, data labels, colours, position). Nothing is drawn.
 *
 * `charts.add(type, range, seriesBy)` derives series the way Excel guesses them (simplified): by
 * columns when the range has at least as many rows as columns ("Auto"); a first row of text gives
 * series names; a first column of text (or any first column, for XY scatter) gives categories /
 * X values. Bubble sizes are only set through `setBubbleSizes`; secondary axes are not modelled.
 */
import { Area, formatAddress, parseAddress } from "./address";
import { FakeClientObject, FakeCollection, FakeContext, Mirror, bagClass, itemNotFound, once } from "./core";
import { FakeOfficeError, notModelled } from "./errors";
import { asFakeRange } from "./range";
import { Bag, FakeAxisState, FakeChartState, FakeSeriesState, FakeSheetState, cellKey } from "./state";

type SeriesByArg = Excel.ChartSeriesBy | `${Excel.ChartSeriesBy}`;

const newAxis = (type: string): FakeAxisState => ({
  props: { type, minimum: null, maximum: null, majorUnit: null, numberFormat: "General", position: "Automatic", positionAt: null },
  title: { text: "", visible: false },
});

const newSeries = (name: string, chartType: unknown): FakeSeriesState => ({
  props: { name, chartType, hasDataLabels: false, markerStyle: "Automatic", markerSize: 5, gapWidth: 150 },
  dataLabels: {},
  points: new Map(),
});

const missing = (what: string): never => {
  throw itemNotFound(what);
};

/** Splits the source range into series, as described in the header. */
function deriveSeries(sheet: FakeSheetState, a: Area, seriesBy: string, chartType: string): FakeSeriesState[] {
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && a.rows >= a.cols);
  const lines = byColumns ? a.cols : a.rows,
    points = byColumns ? a.rows : a.cols;
  const at = (line: number, point: number) =>
    sheet.cells.get(byColumns ? cellKey(a.row + point, a.col + line) : cellKey(a.row + line, a.col + point))?.value ?? "";
  const part = (line: number, first: number) =>
    formatAddress(
      sheet.name,
      byColumns
        ? { row: a.row + first, col: a.col + line, rows: points - first, cols: 1 }
        : { row: a.row + line, col: a.col + first, rows: 1, cols: points - first },
    );
  const from = (n: number, start: number) => Array.from({ length: Math.max(n - start, 0) }, (_, i) => start + i);
  const labelLine = lines > 1 && (chartType.startsWith("XYScatter") || at(0, 0) === "" || from(points, 1).every((p) => typeof at(0, p) === "string"));
  const firstLine = labelLine ? 1 : 0;
  const headerPoint = points > 1 && from(lines, firstLine).every((l) => typeof at(l, 0) === "string" && at(l, 0) !== "");
  return from(lines, firstLine).map((line, k) => {
    const s = newSeries(headerPoint ? String(at(line, 0)) : `Series${k + 1}`, chartType);
    s.values = part(line, headerPoint ? 1 : 0);
    if (labelLine) s.xValues = part(0, headerPoint ? 1 : 0);
    return s;
  });
}

export class FakeChartCollection extends FakeCollection<FakeChart> implements Mirror<Excel.ChartCollection, "items" | "count" | "add" | "getItem" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {
    super(ctx);
  }

  add(type: Excel.ChartType | `${Excel.ChartType}`, sourceData: Excel.Range, seriesBy?: SeriesByArg): FakeChart {
    let created: FakeChartState | undefined;
    this.ctx.enqueue(() => {
      const { state } = this.ctx,
        sheet = this.sheet(),
        source = asFakeRange(sourceData);
      let n = 1;
      while (state.sheets.some((s) => s.charts.some((c) => c.props.name === `Chart ${n}`))) n++;
      created = {
        id: `{chart-${state.nextId++}}`,
        sheet,
        source: source.resolvedAddress(),
        seriesBy: seriesBy ?? "Auto",
        props: { name: `Chart ${n}`, chartType: type, top: 0, left: 0, width: 360, height: 216 },
        title: { text: "", visible: true },
        legend: { visible: true, position: "Right" },
        dataLabels: {},
        axes: { Category: newAxis("Category"), Value: newAxis("Value") },
        series: deriveSeries(source.sheet(), source.area(), seriesBy ?? "Auto", type),
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.ctx, () => created ?? missing("chart not created yet"));
  }

  getItem(name: string): FakeChart {
    const chart = once(() => this.sheet().charts.find((c) => c.props.name === name));
    return new FakeChart(this.ctx, () => {
      const c = chart();
      return c && c.sheet.charts.includes(c) ? c : missing(`chart '${name}'`);
    });
  }

  protected list(): FakeChart[] {
    return this.sheet().charts.map((c) => new FakeChart(this.ctx, () => c));
  }
}

export class FakeChart
  extends bagClass<Excel.Chart>()(["name", "chartType", "top", "left", "width", "height"], ["id"])
  implements Mirror<Excel.Chart, "title" | "legend" | "axes" | "dataLabels" | "series" | "setPosition" | "delete" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(ctx, () => chart().props);
  }

  protected override read(name: string): unknown {
    return name === "id" ? this.chart().id : super.read(name);
  }

  get title(): FakeChartTitle {
    return this.nav("title", () => new FakeChartTitle(this.ctx, () => this.chart().title));
  }
  get legend(): FakeChartLegend {
    return this.nav("legend", () => new FakeChartLegend(this.ctx, () => this.chart().legend));
  }
  get dataLabels(): FakeChartDataLabels {
    return this.nav("dataLabels", () => new FakeChartDataLabels(this.ctx, () => this.chart().dataLabels));
  }
  get axes(): FakeChartAxes {
    return this.nav("axes", () => new FakeChartAxes(this.ctx, this.chart));
  }
  get series(): FakeChartSeriesCollection {
    return this.nav("series", () => new FakeChartSeriesCollection(this.ctx, this.chart));
  }

  /** Recorded as sheet-qualified cell addresses. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.ctx.enqueue(() => {
      const chart = this.chart();
      const cell = (c: Excel.Range | string) =>
        typeof c === "string" ? formatAddress(chart.sheet.name, parseAddress(c).area) : asFakeRange(c).resolvedAddress();
      chart.position = { startCell: cell(startCell), ...(endCell === undefined ? {} : { endCell: cell(endCell) }) };
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const chart = this.chart();
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartTitle extends bagClass<Excel.ChartTitle>()(["text", "visible"]) {}
export class FakeChartAxisTitle extends bagClass<Excel.ChartAxisTitle>()(["text", "visible"]) {}
export class FakeChartLegend extends bagClass<Excel.ChartLegend>()(["visible", "position"]) {}
export class FakeChartDataLabels extends bagClass<Excel.ChartDataLabels>()(["showValue", "showSeriesName", "showCategoryName", "position", "numberFormat"]) {}

export class FakeChartAxes extends FakeClientObject implements Mirror<Excel.ChartAxes, "categoryAxis" | "valueAxis" | "getItem" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(ctx);
  }

  get categoryAxis(): FakeChartAxis {
    return this.nav("categoryAxis", () => new FakeChartAxis(this.ctx, () => this.chart().axes.Category));
  }
  get valueAxis(): FakeChartAxis {
    return this.nav("valueAxis", () => new FakeChartAxis(this.ctx, () => this.chart().axes.Value));
  }

  getItem(type: Excel.ChartAxisType | `${Excel.ChartAxisType}`, group?: Excel.ChartAxisGroup | `${Excel.ChartAxisGroup}`): FakeChartAxis {
    if (group === "Secondary" || (type !== "Category" && type !== "Value")) throw notModelled(`the ${group ?? "Primary"} ${type} axis`);
    return type === "Category" ? this.categoryAxis : this.valueAxis;
  }

  protected read(): unknown {
    return null;
  }
}

export class FakeChartAxis
  extends bagClass<Excel.ChartAxis>()(["minimum", "maximum", "majorUnit", "numberFormat", "position"], ["positionAt", "type"])
  implements Mirror<Excel.ChartAxis, "title" | "setPositionAt" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly axis: () => FakeAxisState,
  ) {
    super(ctx, () => axis().props);
  }

  get title(): FakeChartAxisTitle {
    return this.nav("title", () => new FakeChartAxisTitle(this.ctx, () => this.axis().title));
  }

  /** Where the other axis crosses this one (the IPA crosshair): position "Custom" at `value`. */
  setPositionAt(value: number): void {
    this.queueSet("positionAt", value, () => {
      Object.assign(this.axis().props, { position: "Custom", positionAt: value });
    });
  }
}

// ── series and points ──────────────────────────────────────────────────────────────────────────

export class FakeChartSeriesCollection
  extends FakeCollection<FakeChartSeries>
  implements Mirror<Excel.ChartSeriesCollection, "items" | "count" | "add" | "getItemAt" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(ctx);
  }

  add(name?: string, index?: number): FakeChartSeries {
    let created: FakeSeriesState | undefined;
    this.ctx.enqueue(() => {
      const chart = this.chart();
      created = newSeries(name ?? `Series${chart.series.length + 1}`, chart.props.chartType);
      chart.series.splice(index ?? chart.series.length, 0, created);
    });
    return new FakeChartSeries(this.ctx, () => created ?? missing("series not created yet"), this.chart);
  }

  getItemAt(index: number): FakeChartSeries {
    const series = once(() => this.chart().series[index]);
    return new FakeChartSeries(this.ctx, () => series() ?? missing(`series #${index}`), this.chart);
  }

  protected list(): FakeChartSeries[] {
    return this.chart().series.map((s) => new FakeChartSeries(this.ctx, () => s, this.chart));
  }
}

export class FakeChartSeries
  extends bagClass<Excel.ChartSeries>()([
    "name",
    "chartType",
    "hasDataLabels",
    "markerStyle",
    "markerSize",
    "markerBackgroundColor",
    "markerForegroundColor",
    "gapWidth",
  ])
  implements Mirror<Excel.ChartSeries, "dataLabels" | "points" | "format" | "setValues" | "setXAxisValues" | "setBubbleSizes" | "delete" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly series: () => FakeSeriesState,
    private readonly chart: () => FakeChartState,
  ) {
    super(ctx, () => series().props);
  }

  get dataLabels(): FakeChartDataLabels {
    return this.nav("dataLabels", () => new FakeChartDataLabels(this.ctx, () => this.series().dataLabels));
  }
  get points(): FakeChartPointsCollection {
    return this.nav("points", () => new FakeChartPointsCollection(this.ctx, this.series));
  }
  get format(): FakeChartSeriesFormat {
    return this.nav("format", () => new FakeChartSeriesFormat(this.ctx, () => this.series().props));
  }

  private source(key: "values" | "xValues" | "bubbleSizes", range: Excel.Range): void {
    this.ctx.enqueue(() => {
      this.series()[key] = asFakeRange(range).resolvedAddress();
    });
  }
  setValues(sourceData: Excel.Range): void {
    this.source("values", sourceData);
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.source("xValues", sourceData);
  }
  setBubbleSizes(sourceData: Excel.Range): void {
    this.source("bubbleSizes", sourceData);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const chart = this.chart();
      chart.series.splice(chart.series.indexOf(this.series()), 1);
    });
  }
}

/** Solid fill recorded as `fill` in the owner's bag (series or point). */
export class FakeChartFill extends FakeClientObject implements Mirror<Excel.ChartFill, "setSolidColor" | "clear"> {
  constructor(
    ctx: FakeContext,
    private readonly bag: () => Bag,
  ) {
    super(ctx);
  }
  setSolidColor(color: string): void {
    this.ctx.enqueue(() => {
      this.bag().fill = color;
    });
  }
  clear(): void {
    this.ctx.enqueue(() => {
      delete this.bag().fill;
    });
  }
  protected read(): unknown {
    return null;
  }
}

/** `series.format.line`: colour, style and weight, recorded in the owner's bag under `line`. */
export class FakeChartLineFormat extends bagClass<Excel.ChartLineFormat>()(["color", "lineStyle", "weight"]) {}

/** `series.format` and `point.format`: the fill and (series) the line are modelled. */
export class FakeChartSeriesFormat extends FakeClientObject implements Mirror<Excel.ChartSeriesFormat & Excel.ChartPointFormat, "fill" | "line"> {
  constructor(
    ctx: FakeContext,
    private readonly bag: () => Bag,
  ) {
    super(ctx);
  }
  get fill(): FakeChartFill {
    return this.nav("fill", () => new FakeChartFill(this.ctx, this.bag));
  }
  get line(): FakeChartLineFormat {
    return this.nav("line", () => new FakeChartLineFormat(this.ctx, () => (this.bag().line as Bag | undefined) ?? (this.bag().line = {})));
  }
  protected read(): unknown {
    return null;
  }
}

export class FakeChartPointsCollection
  extends FakeCollection<FakeChartPoint>
  implements Mirror<Excel.ChartPointsCollection, "items" | "count" | "getItemAt" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly series: () => FakeSeriesState,
  ) {
    super(ctx);
  }

  private size(): number {
    const values = this.series().values;
    return values ? parseAddress(values).area.rows * parseAddress(values).area.cols : 0;
  }

  /** The point's bag in `series.points`, created on first use; the index must be within the values. */
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.ctx, () => {
      const { points } = this.series();
      if (!Number.isInteger(index) || index < 0 || index >= this.size()) {
        throw new FakeOfficeError("InvalidArgument", `fake-excel: point ${index} is outside the series (${this.size()} points)`);
      }
      if (!points.has(index)) points.set(index, {});
      return points.get(index) as Bag;
    });
  }

  protected list(): FakeChartPoint[] {
    return Array.from({ length: this.size() }, (_, i) => this.getItemAt(i));
  }
}

export class FakeChartPoint
  extends bagClass<Excel.ChartPoint>()(["hasDataLabel", "markerStyle"])
  implements Mirror<Excel.ChartPoint, "format" | "dataLabel" | "load">
{
  get format(): FakeChartSeriesFormat {
    return this.nav("format", () => new FakeChartSeriesFormat(this.ctx, this.bag));
  }
  /** The point's own label, kept as `dataLabel` in the point's bag. */
  get dataLabel(): FakeChartDataLabel {
    return this.nav(
      "dataLabel",
      () =>
        new FakeChartDataLabel(this.ctx, () => {
          const point = this.bag();
          point.dataLabel ??= {};
          return point.dataLabel as Bag;
        }),
    );
  }
}

/** One point's data label (ExcelApi 1.7/1.8): custom `text`, or the parts to show. */
export class FakeChartDataLabel extends bagClass<Excel.ChartDataLabel>()(["text", "position", "showValue", "showSeriesName", "showCategoryName", "autoText"]) {}
