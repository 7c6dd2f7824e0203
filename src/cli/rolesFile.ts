/**
 * The roles file: the column roles the command line proposed (or used), as JSON a person can edit
 * and hand back with --roles. One entry per column, in column order:
 *
 *   { "column": 7, "header": "Waiting time - satisfaction", "role": "rating",
 *     "attribute": "Waiting time", "scale": [1, 5], "pairWith": "Waiting time - importance",
 *     "why": "header word \"satisfaction\"" }
 *
 * Columns are found by header (exact text, then ignoring case and spaces); "column" (1-based)
 * decides between equal headers, or stands alone when "header" is left out. "pairWith" names the
 * partner column the same way. "why" is only for reading. Columns the file leaves out are ignored.
 * Reading checks everything and throws a CsError that names the entry and what is wrong.
 *
 * The command line writes the checks of the reading (layout, header rows, metadata, pairs,
 * warnings — src/report/checks.ts) into the file's "checks" list, above the columns, so whoever
 * edits the roles sees them; the file stays plain JSON (any JSON tool reads it) and the reader
 * ignores the list. Leading "// …" lines are still read past (blanked, keeping JSON.parse's
 * positions), for files edited by hand; comments anywhere else are not allowed.
 */
import { CsError } from "../engine/errors";
import { COLUMN_ROLES, type ColumnProposal, type ColumnRole } from "../survey/roles";

export const ROLES_FORMAT = "cs-insight-roles";
export const ROLES_VERSION = 1;

export interface RolesFileColumn {
  column: number;
  header: string;
  role: ColumnRole;
  attribute?: string;
  scale?: [number, number];
  pairWith?: string | number;
  why?: string;
}

export interface RolesFile {
  format: typeof ROLES_FORMAT;
  version: typeof ROLES_VERSION;
  /** The survey file the roles were made for (informational). */
  survey: string;
  help: string;
  /** The checks of the reading the roles were proposed from (informational, not read back). */
  checks?: string[];
  columns: RolesFileColumn[];
}

const HELP =
  `Edit "role" (one of: ${COLUMN_ROLES.join(", ")}), "attribute", "scale" [min, max] or "pairWith" ` +
  `(the partner column's header), then run: cs-insight report <survey> --out <report.xlsx> --roles <this file>. ` +
  `Columns are matched by header; "column" (1-based) decides between equal headers. "why" and "checks" are not read.`;

function headerText(h: unknown): string {
  return h === null || h === undefined ? "" : String(h).trim();
}

/** Unique reference to a column: its header, or its number when the header is empty or repeated. */
function columnRef(headers: readonly string[], index: number): string | number {
  const h = headers[index];
  return h !== "" && headers.indexOf(h) === headers.lastIndexOf(h) ? h : index + 1;
}

/** The roles file of `proposals` (one entry per proposal, in column order). */
export function rolesToFile(surveyName: string, headers: readonly unknown[], proposals: readonly ColumnProposal[]): RolesFile {
  const texts = headers.map(headerText);
  const columns = [...proposals]
    .sort((a, b) => a.index - b.index)
    .map((p): RolesFileColumn => {
      const c: RolesFileColumn = { column: p.index + 1, header: p.header, role: p.role };
      if (p.attribute !== undefined) c.attribute = p.attribute;
      if (p.scale) c.scale = [p.scale.min, p.scale.max];
      if (p.pairIndex !== undefined) c.pairWith = columnRef(texts, p.pairIndex);
      if (p.reason) c.why = p.reason;
      return c;
    });
  return { format: ROLES_FORMAT, version: ROLES_VERSION, survey: surveyName, help: HELP, columns };
}

/** Leading "//" lines (after an optional BOM and blank lines) turned into spaces of the same length. */
export function blankLeadingComments(text: string): string {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "") continue;
    if (!t.startsWith("//")) break;
    lines[i] = " ".repeat(lines[i].length);
  }
  return lines.join("\n");
}

/**
 * The file's JSON text: one line per column, so a role is edited on its own line; `checks` (the
 * checks of the reading, one line each) go in the "checks" list above the columns.
 */
export function rolesFileText(file: RolesFile, checks: readonly string[] = []): string {
  const { columns, ...head } = file;
  const withChecks: Record<string, unknown> = checks.length ? { ...head, checks: checks.map((c) => c.replace(/\s*[\r\n]+\s*/g, " ")) } : head;
  const top = Object.entries(withChecks).map(([k, v]) =>
    Array.isArray(v)
      ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(",\n")}\n  ],`
      : `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  const line = (c: RolesFileColumn): string =>
    `{${Object.entries(c)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(", ")}}`;
  const rows = columns.map((c, i) => `    ${line(c)}${i < columns.length - 1 ? "," : ""}`);
  return `{\n${top.join("\n")}\n  "columns": [\n${rows.join("\n")}\n  ]\n}\n`;
}

const loose = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/**
 * Reads a roles file's text back into proposals for `headers`. `fileName` is used in messages.
 * Throws CsError "value": not JSON, wrong shape, a header the survey does not have, an unknown
 * role, a bad scale or partner, or a column given twice.
 */
export function rolesFromText(text: string, headers: readonly unknown[], fileName: string): ColumnProposal[] {
  let json: unknown;
  try {
    json = JSON.parse(blankLeadingComments(text));
  } catch (e) {
    throw new CsError("value", "rolesNotJson", { file: fileName, cause: (e as Error).message });
  }
  const list: unknown = Array.isArray(json) ? json : (json as { columns?: unknown } | null)?.columns;
  if (!Array.isArray(list)) throw new CsError("value", "rolesNoColumnsList", { file: fileName, field: '"columns"' });
  const version = (json as { version?: unknown }).version;
  if (!Array.isArray(json) && version !== undefined && version !== ROLES_VERSION) {
    throw new CsError("value", "rolesVersion", { file: fileName, version: String(JSON.stringify(version)), supported: ROLES_VERSION });
  }
  const texts = headers.map(headerText);

  /** Column index of a reference (header text or 1-based number); `hint` breaks header ties. */
  const resolve = (ref: unknown, what: string, hint?: number): number => {
    if (typeof ref === "number") {
      if (!Number.isInteger(ref) || ref < 1 || ref > texts.length) {
        throw new CsError("value", "rolesColumnMissing", { file: fileName, what, ref, columns: texts.length });
      }
      return ref - 1;
    }
    if (typeof ref !== "string") throw new CsError("value", "rolesBadRef", { file: fileName, what });
    let hits = texts.flatMap((h, i) => (h === ref.trim() ? [i] : []));
    if (hits.length === 0) hits = texts.flatMap((h, i) => (loose(h) === loose(ref) ? [i] : []));
    if (hits.length === 0) throw new CsError("value", "rolesNoSuchHeader", { file: fileName, what, ref });
    if (hits.length === 1) return hits[0];
    if (hint !== undefined && hits.includes(hint)) return hint;
    throw new CsError("value", "rolesAmbiguousHeader", {
      file: fileName,
      what,
      count: hits.length,
      ref,
      columns: hits.map((i) => i + 1).join(", "),
      field: '"column"',
    });
  };

  const byIndex = new Map<number, ColumnProposal>();
  const pairs: { p: ColumnProposal; ref: unknown; what: string }[] = [];
  list.forEach((raw: unknown, k: number) => {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new CsError("value", "rolesEntryNotObject", { file: fileName, index: k + 1 });
    const e = raw as Record<string, unknown>;
    const label = typeof e.header === "string" ? `"${e.header}"` : typeof e.column === "number" ? `column ${e.column}` : `entry ${k + 1}`;
    if (e.column !== undefined && typeof e.column !== "number")
      throw new CsError("value", "rolesFieldNotNumber", { file: fileName, what: label, field: '"column"' });
    const hint = typeof e.column === "number" ? e.column - 1 : undefined;
    let index: number;
    if (e.header !== undefined) index = resolve(e.header, label, hint);
    else if (e.column !== undefined) index = resolve(e.column, label);
    else throw new CsError("value", "rolesEntryNoColumn", { file: fileName, index: k + 1, header: '"header"', field: '"column"' });
    if (byIndex.has(index)) throw new CsError("value", "rolesColumnTwice", { file: fileName, what: label, index: index + 1, header: texts[index] });

    const role = e.role;
    if (typeof role !== "string" || !(COLUMN_ROLES as readonly string[]).includes(role)) {
      throw new CsError("value", "rolesUnknownRole", { file: fileName, what: label, role: String(JSON.stringify(role)), roles: COLUMN_ROLES.join(", ") });
    }
    const p: ColumnProposal = { index, header: texts[index], role: role as ColumnRole, reason: typeof e.why === "string" ? e.why : "from the roles file" };
    if (e.attribute !== undefined) {
      if (typeof e.attribute !== "string") throw new CsError("value", "rolesFieldNotText", { file: fileName, what: label, field: '"attribute"' });
      p.attribute = e.attribute;
    }
    if (e.scale !== undefined) {
      const s = e.scale;
      if (!Array.isArray(s) || s.length !== 2 || !s.every((x) => typeof x === "number" && Number.isFinite(x)) || !(s[0] < s[1])) {
        throw new CsError("value", "rolesBadScale", { file: fileName, what: label, field: '"scale"' });
      }
      p.scale = { min: s[0] as number, max: s[1] as number };
    }
    if (e.pairWith !== undefined) pairs.push({ p, ref: e.pairWith, what: `${label} pairWith` });
    byIndex.set(index, p);
  });
  for (const { p, ref, what } of pairs) {
    const i = resolve(ref, what);
    if (i === p.index) throw new CsError("value", "rolesSelfPair", { file: fileName, what });
    p.pairIndex = i;
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Columns of the survey that a roles file leaves out (they are ignored). */
export function columnsLeftOut(headers: readonly unknown[], proposals: readonly ColumnProposal[]): number[] {
  const given = new Set(proposals.map((p) => p.index));
  return headers.map((_, i) => i).filter((i) => !given.has(i));
}
