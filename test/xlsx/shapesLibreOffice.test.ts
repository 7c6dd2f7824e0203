/**
 * LibreOffice headless (an independent reader of the file) converts the workbook with shapes to
 * .ods without error and keeps them: each box as a draw:custom-shape of type ooxml-roundRect with
 * its text, each label as a text shape, each arrow as a draw:connector of type "line" with an
 * arrowhead marker at its end, running between the boxes as the plan lays them out (LibreOffice
 * 7.4 does not re-attach connectors to shapes on xlsx import, so the attachment is checked in the
 * XML by shapes.test.ts; here the connectors' end points are compared with each other: they meet
 * where they share a box side). Fails (does not skip) when soffice is missing, unless CS_SKIP_LIBREOFFICE=1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { PRIORITY } from "./fixturePlan";
import { convertWithLibreOffice, disposeLibreOffice, libreOfficeSkipped, requireSoffice } from "./libreoffice";
import { MODEL, shapesPlan } from "./shapesPlan";

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in tests only
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, trimValues: false });
const suite = libreOfficeSkipped() ? describe.skip : describe;

/** Every element named `tag` under `node`, depth first. */
function findAll(node: unknown, tag: string, out: X[] = []): X[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, tag, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as X)) {
      if (k === tag) (Array.isArray(v) ? v : [v]).forEach((e: X) => out.push(e));
      else if (!k.startsWith("@_")) findAll(v, tag, out);
    }
  }
  return out;
}

const textOf = (n: unknown): string =>
  typeof n === "string"
    ? n
    : Array.isArray(n)
      ? n.map(textOf).join("")
      : n && typeof n === "object"
        ? Object.entries(n as X)
            .filter(([k]) => !k.startsWith("@_"))
            .map(([, v]) => textOf(v))
            .join("")
        : "";
const inches = (s: string) => Number(s.replace(/in$/, ""));

interface Read {
  /** Names of the frames holding a chart object. */
  charts: string[];
  shapes: { name: string; type: string; lines: string[] }[];
  connectors: { name: string; x1: number; y1: number; x2: number; y2: number; markerEnd?: string }[];
}

suite("LibreOffice reads the shapes", () => {
  let dir: string;
  const sheets = new Map<string, Read>();

  beforeAll(async () => {
    requireSoffice();
    dir = mkdtempSync(join(tmpdir(), "cs-shapes-"));
    writeFileSync(join(dir, "shapes.xlsx"), await writeReportXlsx(shapesPlan()));
    const [ods] = await convertWithLibreOffice([join(dir, "shapes.xlsx")], "ods", join(dir, "out"));
    const content = parser.parse(await ((await JSZip.loadAsync(readFileSync(ods))).file("content.xml") as JSZip.JSZipObject).async("string")) as X;
    const styles = new Map(findAll(content, "style:style").map((s) => [s["@_style:name"], s["style:graphic-properties"]?.["@_draw:marker-end"]]));
    for (const table of findAll(content, "table:table")) {
      sheets.set(table["@_table:name"], {
        charts: findAll(table, "draw:frame")
          .filter((f) => f["draw:object"])
          .map((f) => f["@_draw:name"]),
        shapes: findAll(table, "draw:custom-shape").map((s) => ({
          name: s["@_draw:name"],
          type: s["draw:enhanced-geometry"]?.["@_draw:type"],
          lines: findAll(s, "text:p").map(textOf),
        })),
        connectors: findAll(table, "draw:connector").map((c) => ({
          name: c["@_draw:name"],
          x1: inches(c["@_svg:x1"]),
          y1: inches(c["@_svg:y1"]),
          x2: inches(c["@_svg:x2"]),
          y2: inches(c["@_svg:y2"]),
          markerEnd: styles.get(c["@_draw:style-name"]),
        })),
      });
    }
  }, 120_000);

  afterAll(() => {
    disposeLibreOffice();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("boxes stay rounded rectangles with their text; labels stay text boxes", () => {
    const model = sheets.get(MODEL) as Read;
    const byName = Object.fromEntries(model.shapes.map((s) => [s.name, s]));
    expect(Object.keys(byName).sort()).toEqual(["X", "X → Y (label)", "Y", "Y → Z (label)", "Z"]);
    expect([byName.X, byName.Y, byName.Z].map((s) => [s.type, s.lines])).toEqual([
      ["ooxml-roundRect", ["Imagen", "R² —"]],
      ["ooxml-roundRect", ["Satisfacción 满意度", "R² 0.67"]],
      ["ooxml-roundRect", ["Nota: β estandarizados"]],
    ]);
    expect([byName["X → Y (label)"].lines, byName["Y → Z (label)"].lines]).toEqual([["0.54"], ["-0.12"]]);
  });

  test("arrows stay lines with an arrowhead at the end, meeting where they share a box side", () => {
    const c = Object.fromEntries((sheets.get(MODEL) as Read).connectors.map((k) => [k.name, k]));
    expect(Object.keys(c).sort()).toEqual(["X → Y", "X → Z", "Y → Z", "Z → Y"]);
    for (const k of Object.values(c)) expect(k.markerEnd).toMatch(/Arrow/);
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);
    // X → Y horizontal, left to right; X → Z vertical, downwards.
    near(c["X → Y"].y1, c["X → Y"].y2);
    expect(c["X → Y"].x2).toBeGreaterThan(c["X → Y"].x1);
    near(c["X → Z"].x1, c["X → Z"].x2);
    expect(c["X → Z"].y2).toBeGreaterThan(c["X → Z"].y1);
    // Y → Z leaves Y's left side where X → Y enters it, and enters Z's right side where Z → Y leaves it.
    near(c["Y → Z"].x1, c["X → Y"].x2);
    near(c["Y → Z"].y1, c["X → Y"].y2);
    near(c["Y → Z"].x2, c["Z → Y"].x1);
    near(c["Y → Z"].y2, c["Z → Y"].y1);
    near(c["Z → Y"].x2, c["X → Y"].x2);
    // X's and Z's right sides are the same column edge (both boxes span B:C).
    near(c["X → Y"].x1, c["Z → Y"].x1);
  });

  test("a sheet with charts keeps both its charts and its path diagram", async () => {
    const priority = sheets.get(PRIORITY) as Read;
    expect(priority.charts.sort()).toEqual(["Brechas", "IPA"]);
    expect(
      priority.shapes
        .filter((s) => s.type === "ooxml-roundRect")
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Calidad", "Imagen", "Satisfacción"]);
    expect(priority.connectors.map((k) => k.name).sort()).toEqual(["Calidad → Satisfacción", "Imagen → Satisfacción"]);
    // Both arrows end at the same point: the left middle of Satisfacción.
    const [a, b] = priority.connectors;
    expect(Math.abs(a.x2 - b.x2) + Math.abs(a.y2 - b.y2)).toBeLessThan(0.01);
  });
});
