/**
 * Requirement sets: every Excel JS member that src/excel/ (and the task pane's entry, the only
 * other file naming `Excel`/`Office`) uses must be in the ExcelApi version the add-in checks.
 * Each member's set is read from its `[Api set: ExcelApi X.Y]` doc tag in @types/office-js
 * (test/excel/apiSets.ts); the highest one found must be ≤ REQUIRED_SETS' ExcelApi, which
 * missingRequirements (the pane's start-up check) must refuse below, and the manifest must not
 * promise less than the two together need.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { missingRequirements, REQUIRED_SETS } from "../../src/excel/requirements";
import type { ExcelRun } from "../../src/excel/run";
import { officePort } from "../../src/taskpane/officePort";
import { at, parseManifest } from "../addin/manifestChecks";
import { auditExcelApi, compareVersions, touchesOffice, type ApiAudit, type ApiUse } from "./apiSets";

const root = path.join(__dirname, "..", "..");
const tsconfig = path.join(root, "tsconfig.json");
/** Building a TypeScript program over office-js takes a few seconds (more with two test workers). */
const SLOW = 120_000;

/**
 * Members above the declared ExcelApi that the code only uses behind its own isSetSupported check
 * (a cosmetic feature skipped on older Excel), with the set it checks. None at present.
 */
const GUARDED: Record<string, string> = {};

const listTs = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listTs(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });

const excelFiles = listTs(path.join(root, "src", "excel"));
const paneFiles = listTs(path.join(root, "src", "taskpane")).filter((f) => touchesOffice(f, fs.readFileSync(f, "utf8")));

const declared = (name: string): string => {
  const set = REQUIRED_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`REQUIRED_SETS has no ${name}`);
  return set.version;
};

/** The ExcelApi version a use needs: its tagged version, 1.1 when untagged (load, items, Excel.run). */
function excelApiVersion(use: ApiUse): string {
  const versions = use.sets.flatMap((s) => (/^ExcelApi \d/.test(s) ? [s.split(" ")[1]] : []));
  return versions.sort(compareVersions).at(-1) ?? "1.1";
}
/** Sets other than numbered ExcelApi (ExcelApiOnline, ExcelApiDesktop, preview): not in any version we can declare. */
const otherSets = (use: ApiUse): string[] => use.sets.filter((s) => !/^ExcelApi \d/.test(s));

/** Members by the version they need: { "1.9": ["Application.suspendScreenUpdatingUntilNextSync"], … }. */
function byVersion(uses: readonly ApiUse[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const u of uses) (out[excelApiVersion(u)] ??= new Set()).add(u.member);
  return Object.fromEntries(
    Object.entries(out)
      .sort(([a], [b]) => compareVersions(a, b))
      .map(([v, members]) => [v, [...members].sort()]),
  );
}

/** `supported` as Office.context.requirements.isSetSupported answers for a host with these highest versions. */
const host =
  (supported: Record<string, string>) =>
  (name: string, version: string): boolean =>
    supported[name] !== undefined && compareVersions(supported[name], version) >= 0;

let audit: ApiAudit;
beforeAll(() => {
  audit = auditExcelApi([...excelFiles, ...paneFiles], tsconfig, root);
}, SLOW);

describe("Excel JS members used by the add-in", () => {
  test(
    "the audit covers src/excel and the task pane's Office adapter (officePort.ts), and reads every load() path",
    () => {
      expect(excelFiles.map((f) => path.basename(f))).toEqual(
        expect.arrayContaining(["applyPlan.ts", "readSurvey.ts", "format.ts", "charts.ts", "navigate.ts", "recipe.ts"]),
      );
      expect(paneFiles.map((f) => path.relative(root, f).split(path.sep).join("/"))).toEqual(["src/taskpane/officePort.ts"]);
      expect(audit.unresolvedLoads).toEqual([]);
      // Known uses at the versions office-js documents (one per version that sets the floor of a feature).
      const need = (member: string): string[] => [...new Set(audit.uses.filter((u) => u.member === member).map(excelApiVersion))];
      expect(need("Application.suspendScreenUpdatingUntilNextSync")).toEqual(["1.9"]);
      expect(need("ChartAxis.setPositionAt")).toEqual(["1.8"]);
      expect(need("ChartDataLabel.text")).toEqual(["1.8"]);
      expect(need("Worksheet.showGridlines")).toEqual(["1.8"]);
      expect(need("Range.getSurroundingRegion")).toEqual(["1.7"]);
      expect(need("Worksheet.getRangeByIndexes")).toEqual(["1.7"]);
      expect(need("ConditionalFormatType.dataBar")).toEqual(["1.6"]); // an enum value passed as a string
      expect(need("Range.rowIndex")).toEqual(["1.1"]); // named only in load(INDEXES)
      expect(need("Table.worksheet")).toEqual(["1.2"]); // load("items/worksheet/id")
      expect(need("TableCollection.add")).toEqual(["1.3"]); // a Range as the address: 1.3, not 1.1
    },
    SLOW,
  );

  test(
    "every member is within the ExcelApi version REQUIRED_SETS declares",
    () => {
      const excelApi = declared("ExcelApi");
      const offending = audit.uses
        .filter((u) => GUARDED[u.member] === undefined)
        .flatMap((u) => [
          ...(compareVersions(excelApiVersion(u), excelApi) > 0 ? [`${u.member} needs ExcelApi ${excelApiVersion(u)} (${u.at})`] : []),
          ...otherSets(u).map((s) => `${u.member} needs ${s} (${u.at})`),
        ]);
      expect(offending).toEqual([]);
      const versions = Object.keys(byVersion(audit.uses));
      // Not more than needed either: the declared version is the highest one a member needs.
      expect(versions.at(-1)).toBe(excelApi);
    },
    SLOW,
  );

  test(
    "missingRequirements (the pane's start-up check) refuses an Excel one version short of the highest member",
    () => {
      const highest = Object.keys(byVersion(audit.uses)).at(-1) as string;
      const [major, minor] = highest.split(".").map(Number);
      const below = `${major}.${minor - 1}`;
      const shared = declared("SharedRuntime");
      expect(missingRequirements(host({ ExcelApi: highest, SharedRuntime: shared }))).toBeNull();
      expect(missingRequirements(host({ ExcelApi: below, SharedRuntime: shared }))).toMatch(
        new RegExp(`^This version of Excel does not support ExcelApi ${declared("ExcelApi").replace(".", "\\.")}, which CS Insight needs for `),
      );
      const run: ExcelRun = () => Promise.reject(new Error("no Excel in this test"));
      expect(officePort(run, host({ ExcelApi: below, SharedRuntime: shared })).missingRequirements()).toEqual([`ExcelApi ${declared("ExcelApi")}`]);
      expect(officePort(run, host({ ExcelApi: highest, SharedRuntime: shared })).missingRequirements()).toEqual([]);
    },
    SLOW,
  );

  test(
    "manifest <Requirements>: SharedRuntime as checked, and no ExcelApi above the pane's check",
    () => {
      const sets = at(parseManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")), "Requirements", "Sets").children;
      const inManifest = Object.fromEntries(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion]));
      expect(inManifest.SharedRuntime).toBe(declared("SharedRuntime"));
      // ExcelApi is checked at run time, not in the manifest, so the CS.* functions still load on an
      // Excel without it (Microsoft's advice when an add-in is useful without the set); a manifest
      // ExcelApi, if ever added, must not ask for more than the pane says it needs.
      if (inManifest.ExcelApi !== undefined) expect(compareVersions(inManifest.ExcelApi, declared("ExcelApi"))).toBeLessThanOrEqual(0);
      // Together, manifest and start-up check cover the highest member.
      const effective = [inManifest.ExcelApi ?? "1.1", declared("ExcelApi")].sort(compareVersions).at(-1) as string;
      expect(compareVersions(effective, Object.keys(byVersion(audit.uses)).at(-1) as string)).toBeGreaterThanOrEqual(0);
      // Every set the manifest names is one the pane also checks, at the same version.
      for (const [name, version] of Object.entries(inManifest)) if (name !== "ExcelApi") expect([name, version]).toEqual([name, declared(name)]);
    },
    SLOW,
  );
});

describe("the audit itself (a probe file with one use of each kind)", () => {
  const probe = `
    export async function probe(name: string): Promise<void> {
      await Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.getSpillingToRangeOrNullObject();
        const { autoSave } = context.workbook;
        const SPILL = "hasSpill";
        range.load(SPILL);
        range.load(name);
        range.format.set({ autoIndent: autoSave });
        context.workbook.worksheets.getActiveWorksheet().charts.add("Treemap", range);
        const kind: \`\${Excel.ChartType}\` = "Funnel";
        const KINDS = { box: "Boxwhisker" } as const satisfies Record<string, \`\${Excel.ChartType}\`>;
        void kind; void KINDS;
        await context.sync();
      });
    }
  `;

  test(
    "finds calls, destructuring, load paths, object literals and enum strings, with their versions",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cs-apisets-"));
      try {
        const file = path.join(dir, "probe.ts");
        fs.writeFileSync(file, probe);
        const result = auditExcelApi([file], tsconfig, dir);
        const found = byVersion(result.uses);
        expect(found["1.12"]).toEqual(["Range.getSpillingToRangeOrNullObject", "Range.hasSpill"]);
        expect(found["1.9"]).toEqual([
          "ChartType.boxwhisker",
          "ChartType.funnel",
          "ChartType.treemap",
          "RangeFormatUpdateData.autoIndent",
          "Workbook.autoSave",
        ]);
        expect(result.uses.find((u) => u.member === "Range.hasSpill")?.at).toBe("probe.ts:8");
        expect(result.unresolvedLoads).toEqual(["probe.ts:9 name"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});
