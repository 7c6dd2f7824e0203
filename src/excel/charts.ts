/**
 * Native charts from PlanChart. `charts.add(type, firstSeriesValues, seriesBy)` with `seriesBy`
 * following the orientation of that one row/column, so Excel derives exactly one series; that
 * series and the ones added with `series.add` then get their values, categories/x values, name and
 * colour explicitly (nothing left to Excel's guessing).
 *
 * Axes: `xAxis` is the category axis (bar/column) or the horizontal value axis (scatter) — Excel's
 * `categoryAxis` in both cases — and `yAxis` the value axis. `crossesAt` ("the other axis crosses
 * this one at v") is `axis.setPositionAt(v)` on the same axis (ExcelApi 1.8), which gives the IPA
 * and Kano crosshairs. Point labels: Excel's "Value From Cells" is not in Excel JS, so each point's
 * label gets the label cell's text (`point.dataLabel.text`, ExcelApi 1.8) — static text, written
 * from the plan's values. A "line" chart (LineMarkers) colours each series' line (format.line) and
 * markers. A series with `marker: "none"` draws no marker (markerStyle "None"), so only
 * its labels show — the IPA chart's quadrant names; `labelPositions` puts a label left or right.
 */
import type { CellValue, PlanAxis, PlanChart, PlanChartType } from "../report/plan";
import { parseArea, splitRef } from "../report/a1";

/** Plan chart types → Excel.ChartType values (typed against office-js). */
export const CHART_TYPE: Record<PlanChartType, `${Excel.ChartType}`> = {
  barStacked100: "BarStacked100",
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
  xyScatter: "XYScatter",
  line: "LineMarkers",
};

export interface ChartRanges {
  /** A report range ("B4:B9" on the chart's sheet, "'Kano'!B4:B9" on another) as an Excel range. */
  range(ref: string): Excel.Range;
  /** The plan's values in a point-label range, in order. */
  labels(ref: string): CellValue[];
}

function setAxis(axis: Excel.ChartAxis, plan: PlanAxis | undefined): void {
  if (!plan) return;
  if (plan.title !== undefined) {
    axis.title.text = plan.title;
    axis.title.visible = true;
  }
  if (plan.min !== undefined) axis.minimum = plan.min;
  if (plan.max !== undefined) axis.maximum = plan.max;
  if (plan.numberFormat !== undefined) axis.numberFormat = plan.numberFormat;
  if (plan.crossesAt !== undefined) axis.setPositionAt(plan.crossesAt);
}

/** Queues the chart on `sheet`; nothing is synced here. */
export function addChart(sheet: Excel.Worksheet, plan: PlanChart, ranges: ChartRanges): void {
  const scatter = plan.type === "xyScatter";
  const line = plan.type === "line";
  const first = plan.series[0];
  const shape = parseArea(splitRef(first.values).address);
  const chart = sheet.charts.add(CHART_TYPE[plan.type], ranges.range(first.values), shape.cols === 1 ? "Columns" : "Rows");
  chart.name = plan.name;
  chart.title.text = plan.title;

  plan.series.forEach((ps, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(ps.name);
    series.name = ps.name;
    series.setValues(ranges.range(ps.values)); // also for the first: Excel may have taken its first cell as a header
    if (ps.categories !== undefined) series.setXAxisValues(ranges.range(ps.categories));
    if (scatter || line) {
      series.markerStyle = ps.marker === "none" ? "None" : "Circle";
      series.markerSize = 7;
    }
    if (ps.color !== undefined) {
      if (line) series.format.line.color = ps.color;
      if (scatter || line) {
        series.markerBackgroundColor = ps.color;
        series.markerForegroundColor = ps.color;
      } else {
        series.format.fill.setSolidColor(ps.color);
      }
    }
    if (ps.pointLabels !== undefined) {
      const values = parseArea(splitRef(ps.values).address);
      ranges.labels(ps.pointLabels).forEach((label, k) => {
        if (label === null || label === "" || k >= values.rows * values.cols) return;
        const point = series.points.getItemAt(k);
        point.hasDataLabel = true;
        point.dataLabel.text = String(label);
        if (scatter) point.dataLabel.position = ps.labelPositions?.[k] === "left" ? "Left" : "Right";
      });
    }
  });

  setAxis(chart.axes.categoryAxis, plan.xAxis);
  setAxis(chart.axes.valueAxis, plan.yAxis);
  if (plan.legend === "none") chart.legend.visible = false;
  else if (plan.legend !== undefined) {
    chart.legend.visible = true;
    chart.legend.position = plan.legend === "right" ? "Right" : "Bottom";
  }
  chart.setPosition(plan.from, plan.to);
}
