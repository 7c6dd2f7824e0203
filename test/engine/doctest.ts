/**
 * The doctest of the engine's `@example`s: each example is TypeScript run with the engine's
 * exports in scope; a line `expression; // → value` checks the expression against `value`:
 * a number to the decimals shown (0.7746 = within 0.00005), an array or object deep-equal
 * (numbers inside it to their own decimals; a typed array compares as an array), a string,
 * true/false/null/undefined exactly, any other expression (6 / Math.sqrt(60)) to 1e-12
 * relative; `// → throws div0 noAnswersMean` expects a CsError with that code and key.
 */
import * as ts from "typescript";

export interface ExampleFailure {
  line: number;
  problem: string;
}

interface Check {
  line: number;
  expected: string;
}

const ARROW = /^(.*?)\s*\/\/\s*→\s*(.+?)\s*$/;

/** Run one example; the failures say which `// →` line did not hold (none = it passed). */
export function runExample(source: string, scope: Readonly<Record<string, unknown>>): ExampleFailure[] {
  const checks: Check[] = [];
  const failures: ExampleFailure[] = [];
  const lines = source.split("\n").map((text, i) => {
    const m = ARROW.exec(text);
    if (!m) return text;
    const code = m[1].replace(/;\s*$/, "");
    if (/^\s*(const|let|var)\s/.test(code)) {
      failures.push({ line: i + 1, problem: "a `// →` result on a declaration (put it on an expression)" });
      return text;
    }
    checks.push({ line: i + 1, expected: m[2] });
    return `__check(${checks.length - 1}, () => (${code}));`;
  });
  if (failures.length > 0) return failures;
  if (checks.length === 0) return [{ line: 0, problem: "no `// → value` line" }];
  const js = ts.transpileModule(lines.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } }).outputText;
  const results: { ok: boolean; value: unknown }[] = [];
  const check = (i: number, f: () => unknown) => {
    try {
      results[i] = { ok: true, value: f() };
    } catch (e) {
      results[i] = { ok: false, value: e };
    }
  };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  try {
    new Function(...names, "__check", js)(...names.map((n) => scope[n]), check);
  } catch (e) {
    return [{ line: 0, problem: `the example itself threw: ${String(e)}` }];
  }
  checks.forEach((c, i) => {
    const r = results[i];
    if (!r) return failures.push({ line: c.line, problem: "not reached" });
    const problem = compareExpected(r.ok, r.value, c.expected);
    if (problem) failures.push({ line: c.line, problem });
  });
  return failures;
}

/** Why `value` (returned when ok, else thrown) does not match the `// →` text; undefined when it does. */
export function compareExpected(ok: boolean, value: unknown, expected: string): string | undefined {
  const thrown = /^throws\s+(\w+)\s+(\w+)$/.exec(expected);
  if (thrown) {
    if (ok) return `expected a CsError ${thrown[1]} ${thrown[2]}, got ${show(value)}`;
    const e = value as { name?: string; code?: unknown; key?: unknown };
    if (e?.name !== "CsError" || e.code !== thrown[1] || e.key !== thrown[2]) return `expected a CsError ${thrown[1]} ${thrown[2]}, got ${String(value)}`;
    return undefined;
  }
  if (!ok) return `threw ${String(value)}`;
  const sf = ts.createSourceFile("expected.ts", `(${expected});`, ts.ScriptTarget.ES2020, true);
  const st = sf.statements[0];
  if (sf.statements.length !== 1 || !ts.isExpressionStatement(st)) return `cannot read the expected value '${expected}'`;
  const diff = compareNode(value, (st.expression as ts.ParenthesizedExpression).expression, "");
  return diff === undefined ? undefined : `${diff} (expected ${expected}, got ${show(value)})`;
}

function show(v: unknown): string {
  if (ArrayBuffer.isView(v)) return `[${Array.from(v as unknown as ArrayLike<number>).join(", ")}]`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A number literal with its decimals (-0.858 → 3); undefined when `n` is not one. */
function numberLiteral(n: ts.Expression): { value: number; decimals?: number } | undefined {
  let sign = 1;
  if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken) {
    sign = -1;
    n = n.operand;
  }
  if (!ts.isNumericLiteral(n)) return undefined;
  const text = n.getText();
  const exact = /e/i.test(text); // 1e-300: compared relatively
  const decimals = exact ? undefined : (text.split(".")[1] ?? "").length;
  return { value: sign * Number(text.replace(/_/g, "")), decimals };
}

function compareNumber(actual: unknown, value: number, decimals: number | undefined, at: string): string | undefined {
  if (typeof actual !== "number") return `${at || "result"} is not a number`;
  if (Number.isNaN(value)) return Number.isNaN(actual) ? undefined : `${at || "result"} is not NaN`;
  if (!Number.isFinite(value)) return actual === value ? undefined : `${at || "result"} is ${actual}`;
  const tol = decimals === undefined ? 1e-12 * Math.abs(value) : 0.5 * 10 ** -decimals;
  return Math.abs(actual - value) < tol || actual === value ? undefined : `${at || "result"} is ${actual}`;
}

function compareNode(actual: unknown, n: ts.Expression, at: string): string | undefined {
  const num = numberLiteral(n);
  if (num) return compareNumber(actual, num.value, num.decimals, at);
  if (ts.isStringLiteral(n)) return actual === n.text ? undefined : `${at || "result"} is ${show(actual)}`;
  if (n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword || n.kind === ts.SyntaxKind.NullKeyword) {
    return actual === JSON.parse(n.getText()) ? undefined : `${at || "result"} is ${show(actual)}`;
  }
  if (ts.isIdentifier(n) && n.text === "undefined") return actual === undefined ? undefined : `${at || "result"} is ${show(actual)}`;
  if (ts.isArrayLiteralExpression(n)) {
    const arr = ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<number>) : actual;
    if (!Array.isArray(arr)) return `${at || "result"} is not an array`;
    if (arr.length !== n.elements.length) return `${at || "result"} has ${arr.length} elements, not ${n.elements.length}`;
    for (let i = 0; i < arr.length; i++) {
      const d = compareNode(arr[i], n.elements[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (ts.isObjectLiteralExpression(n)) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return `${at || "result"} is not an object`;
    const obj = actual as Record<string, unknown>;
    const keys: string[] = [];
    for (const p of n.properties) {
      if (!ts.isPropertyAssignment(p)) return `cannot read the expected property ${p.getText()}`;
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : p.name.getText();
      keys.push(key);
      const d = compareNode(obj[key], p.initializer, `${at}.${key}`);
      if (d) return d;
    }
    const extra = Object.keys(obj).filter((k) => obj[k] !== undefined && !keys.includes(k));
    return extra.length === 0 ? undefined : `${at || "result"} has more fields: ${extra.join(", ")}`;
  }
  // Any other expression (-19 / 22, 6 / Math.sqrt(60)): its value, to 1e-12 relative.
  const value = new Function(`return (${n.getText()});`)() as unknown;
  if (typeof value === "number") return compareNumber(actual, value, undefined, at);
  return JSON.stringify(actual) === JSON.stringify(value) ? undefined : `${at || "result"} is ${show(actual)}`;
}
