/** One style table, two back ends: Excel JS (src/excel/format.ts) and ExcelJS (src/xlsx/styles.ts) give each named style the same look. */
import { applyStyle } from "../../src/excel/format";
import type { CellStyle } from "../../src/report/plan";
import { PALETTE, REPORT_STYLES } from "../../src/report/theme";
import { excelStyle } from "../../src/xlsx/styles";

interface Look {
  bold: boolean;
  italic: boolean;
  size: number;
  color?: string;
  fill?: string;
  wrap: boolean;
  horizontal?: string;
  vertical?: string;
}

/** What Excel JS was told, read off a stand-in range that records the assignments. */
function excelLook(style: CellStyle): Look {
  const format = { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown> } as Record<string, unknown> & {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
  };
  applyStyle({ format } as unknown as Excel.Range, style);
  const vertical = { Top: "top", Center: "middle", Bottom: "bottom" } as Record<string, string>;
  return {
    bold: format.font.bold === true,
    italic: format.font.italic === true,
    size: (format.font.size as number | undefined) ?? 11,
    color: (format.font.color as string | undefined)?.toUpperCase(),
    fill: (format.fill.color as string | undefined)?.toUpperCase(),
    wrap: format.wrapText === true,
    horizontal: (format.horizontalAlignment as string | undefined)?.toLowerCase(),
    vertical: format.verticalAlignment === undefined ? undefined : vertical[format.verticalAlignment as string],
  };
}

function fileLook(style: CellStyle): Look {
  const s = excelStyle(style);
  const argb = (x: string | undefined) => (x === undefined ? undefined : `#${x.slice(2)}`);
  const fill = s.fill && s.fill.type === "pattern" ? argb(s.fill.fgColor?.argb) : undefined;
  return {
    bold: s.font?.bold === true,
    italic: s.font?.italic === true,
    size: s.font?.size ?? 11,
    color: argb(s.font?.color?.argb),
    fill,
    wrap: s.alignment?.wrapText === true,
    horizontal: s.alignment?.horizontal,
    vertical: s.alignment?.vertical,
  };
}

describe("the report's style table", () => {
  const styles = Object.keys(REPORT_STYLES) as CellStyle[];

  test.each(styles)("%s looks the same in the open workbook and in the .xlsx", (style) => {
    expect(excelLook(style)).toEqual(fileLook(style));
  });

  test("the looks the DESIGN describes", () => {
    expect(fileLook("title")).toMatchObject({ bold: true, size: 16 });
    expect(fileLook("header")).toMatchObject({ bold: true, fill: PALETTE.headerFill });
    expect(fileLook("note")).toMatchObject({ italic: true, color: PALETTE.grey, wrap: true, vertical: "top" });
    expect(fileLook("warning").color).toBe(PALETTE.darkRed);
    expect(fileLook("kpiValue")).toMatchObject({ bold: true, size: 22, color: PALETTE.kpiColor, fill: PALETTE.kpiFill });
    expect(fileLook("body")).toEqual({
      bold: false,
      italic: false,
      size: 11,
      wrap: false,
      color: undefined,
      fill: undefined,
      horizontal: undefined,
      vertical: undefined,
    });
  });

  test("every palette colour is #RRGGBB", () => {
    const all = Object.values(PALETTE).flatMap((v) => (typeof v === "string" ? [v] : [...v]));
    for (const c of all) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });
});
