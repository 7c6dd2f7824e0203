/**
 * The doc-block checker of the engine (issue #12 item 6), on the TypeScript compiler API.
 * Every exported function of src/engine (what index.ts exports, and every `export function` of
 * any file not declared internal, so a new file is covered without editing this) must have a
 * JSDoc block with a summary, `@param` per parameter (and none for a parameter that is not
 * there), `@returns` unless it returns void, `@throws {CsError} code key, key — why` when it can
 * throw (and not when it cannot), a "Blank policy" when it takes answers (Answer, Matrix), and an
 * `@example` that calls it, whose `// → value` lines the doctest runs.
 *
 * Throw analysis: a function "may throw" when its body (nested callbacks included) has a throw
 * statement or calls an engine function that may throw; the keys it "may raise" are those of
 * every `new CsError(code, key)` in it or its callees (an over-approximation). A `@throws` key
 * must be among them, with one of the codes it is raised with; a key thrown directly
 * (`throw new CsError(…, "key")` in the function itself) must be documented, and with
 * `cannotRaise` every other key too, unless it is listed there with the reason it cannot arise.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface DocProblem {
  /** file:function */
  where: string;
  problem: string;
}

/** One `@throws {CsError} code key, key — why` line, parsed. */
export interface ThrowsDoc {
  type: string;
  code: string;
  keys: string[];
}

export interface ExportedFunction {
  file: string;
  name: string;
  /** The declaration that carries the doc block. */
  node: ts.FunctionDeclaration | ts.VariableStatement;
  fn: ts.SignatureDeclaration;
  examples: string[];
}

export interface CheckOptions {
  /** Directory of the engine (absolute). */
  dir: string;
  /** Files (relative to dir) whose exports are internal helpers, checked only when index.ts re-exports them. */
  internal: readonly string[];
  /** The message keys that exist (a documented key outside them is a typo). */
  messageKeys: readonly string[];
  /**
   * When given, every key a function may raise (its callees' too) must be in its @throws, or
   * listed here under "file:function" with the reason it cannot arise there (the analysis
   * over-approximates: it does not follow argument values).
   */
  cannotRaise?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const CODES = ["value", "num", "div0", "na"];

/** A program of every .ts file under `dir` (recursively). */
export function programOf(dir: string, host?: ts.CompilerHost): ts.Program {
  const files = host ? (host as ts.CompilerHost & { files: string[] }).files : listTs(dir);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  // Fixtures (in memory) need no lib: the checker reads declarations, not their types' members.
  if (host) options.noLib = true;
  return ts.createProgram(files, options, host);
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(p));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(p);
  }
  return out.sort();
}

/** A compiler host serving `files` (absolute path → text) from memory, the lib files from disk. */
export function memoryHost(files: Readonly<Record<string, string>>): ts.CompilerHost {
  const base = ts.createCompilerHost({});
  const host: ts.CompilerHost & { files: string[] } = {
    ...base,
    files: Object.keys(files),
    fileExists: (f) => f in files || base.fileExists(f),
    directoryExists: (d) => Object.keys(files).some((f) => f.startsWith(d + "/")) || (base.directoryExists?.(d) ?? false),
    readFile: (f) => (f in files ? files[f] : base.readFile(f)),
    getSourceFile: (f, lang) => (f in files ? ts.createSourceFile(f, files[f], lang, true) : base.getSourceFile(f, lang)),
  };
  return host;
}

const inDir = (dir: string, file: string) => path.resolve(file).startsWith(path.resolve(dir) + path.sep);
const rel = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join("/");

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

/** The function a declaration stands for (a function declaration, or `const f = (…) => …`). */
function functionOf(decl: ts.Declaration): { node: ExportedFunction["node"]; fn: ts.SignatureDeclaration; name: string } | undefined {
  if (ts.isFunctionDeclaration(decl) && decl.name) return { node: decl, fn: decl, name: decl.name.text };
  if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer) {
    const init = decl.initializer;
    if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isVariableStatement(decl.parent.parent)) {
      return { node: decl.parent.parent, fn: init, name: decl.name.text };
    }
  }
  return undefined;
}

/** Every exported function of the engine: index.ts's exports plus the non-internal files' own. */
export function exportedFunctions(program: ts.Program, opts: CheckOptions): ExportedFunction[] {
  const checker = program.getTypeChecker();
  const seen = new Map<ts.Node, ExportedFunction>();
  const add = (decl: ts.Declaration) => {
    const f = functionOf(decl);
    if (!f || !inDir(opts.dir, decl.getSourceFile().fileName)) return;
    if (ts.isFunctionDeclaration(f.fn) && !f.fn.body) return; // overload signature: the implementation's block is checked
    const file = rel(opts.dir, decl.getSourceFile().fileName);
    if (!seen.has(f.node)) seen.set(f.node, { file, name: f.name, node: f.node, fn: f.fn, examples: examplesOf(f.node) });
  };
  const index = program.getSourceFile(path.join(opts.dir, "index.ts"));
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (moduleSymbol) {
    for (let s of checker.getExportsOfModule(moduleSymbol)) {
      if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
      for (const d of s.declarations ?? []) add(d);
    }
  }
  for (const sf of program.getSourceFiles()) {
    if (!inDir(opts.dir, sf.fileName) || opts.internal.includes(rel(opts.dir, sf.fileName))) continue;
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && isExported(st)) add(st);
      if (ts.isVariableStatement(st) && isExported(st)) st.declarationList.declarations.forEach(add);
    }
  }
  return [...seen.values()].sort((a, b) => (a.file + a.name).localeCompare(b.file + b.name));
}

function docOf(node: ts.Node): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs[docs.length - 1];
}

const textOf = (c: string | ts.NodeArray<ts.JSDocComment> | undefined) => ts.getTextOfJSDocComment(c) ?? "";

function examplesOf(node: ts.Node): string[] {
  const doc = docOf(node);
  return (doc?.tags ?? []).filter((t) => t.tagName.text === "example").map((t) => textOf(t.comment));
}

/** Parse a `@throws` tag: `{CsError} div0 noAnswersMean, noValuesMedian — why`. */
export function parseThrows(tag: ts.JSDocThrowsTag): ThrowsDoc {
  const type = tag.typeExpression ? tag.typeExpression.type.getText() : "";
  const head = textOf(tag.comment).split(/\s[—–-]\s|\s[—–]|:/)[0];
  const words = head.split(/[\s,]+/).filter((w) => w !== "");
  return { type, code: words[0] ?? "", keys: words.slice(1).map((w) => w.replace(/[`"']/g, "")) };
}

interface ThrowInfo {
  throws: boolean;
  ownKeys: Set<string>;
  directKeys: Set<string>;
  callees: Set<ts.Node>;
}

/** String literal keys of a `new CsError(code, key, …)` (a conditional of literals gives both). */
function literalKeys(e: ts.Expression | undefined): string[] {
  if (!e) return [];
  if (ts.isStringLiteralLike(e)) return [e.text];
  if (ts.isConditionalExpression(e)) return [...literalKeys(e.whenTrue), ...literalKeys(e.whenFalse)];
  if (ts.isParenthesizedExpression(e)) return literalKeys(e.expression);
  return [];
}

function isCsErrorNew(e: ts.Node): e is ts.NewExpression {
  return ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "CsError";
}

/** The `new CsError(…)` a throw statement throws: the expression, or each branch of `c ? new … : new …`. */
function thrownNews(e: ts.Expression): ts.NewExpression[] {
  if (isCsErrorNew(e)) return [e];
  if (ts.isConditionalExpression(e)) return [...thrownNews(e.whenTrue), ...thrownNews(e.whenFalse)];
  if (ts.isParenthesizedExpression(e)) return thrownNews(e.expression);
  return [];
}

/** Throw facts of every function of the engine, and the codes each key is raised with. */
function throwFacts(program: ts.Program, dir: string): { info: Map<ts.Node, ThrowInfo>; codes: Map<string, Set<string>> } {
  const checker = program.getTypeChecker();
  const info = new Map<ts.Node, ThrowInfo>();
  const codes = new Map<string, Set<string>>();
  const calleeOf = (call: ts.CallExpression): ts.Node | undefined => {
    let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const d = s?.declarations?.find((x) => functionOf(x) !== undefined);
    const f = d && functionOf(d);
    return f && inDir(dir, d.getSourceFile().fileName) ? f.fn : undefined;
  };
  const scan = (fn: ts.SignatureDeclaration) => {
    const t: ThrowInfo = { throws: false, ownKeys: new Set(), directKeys: new Set(), callees: new Set() };
    const visit = (n: ts.Node) => {
      if (ts.isThrowStatement(n)) {
        t.throws = true;
        for (const e of thrownNews(n.expression)) literalKeys(e.arguments?.[1]).forEach((k) => t.directKeys.add(k));
      }
      if (isCsErrorNew(n)) {
        const code = n.arguments?.[0];
        for (const k of literalKeys(n.arguments?.[1])) {
          t.ownKeys.add(k);
          if (code && ts.isStringLiteralLike(code)) codes.set(k, (codes.get(k) ?? new Set()).add(code.text));
        }
      }
      if (ts.isCallExpression(n)) {
        const c = calleeOf(n);
        if (c) t.callees.add(c);
      }
      ts.forEachChild(n, visit);
    };
    if ("body" in fn && fn.body) visit(fn.body);
    info.set(fn, t);
  };
  for (const sf of program.getSourceFiles()) {
    if (!inDir(dir, sf.fileName)) continue;
    const visit = (n: ts.Node) => {
      if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.body) scan(n);
      else if (ts.isVariableDeclaration(n) && n.initializer && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))) {
        scan(n.initializer);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  // Fixpoint: a caller of a throwing function throws; its keys include its callees'.
  for (let changed = true; changed;) {
    changed = false;
    for (const t of info.values()) {
      for (const c of t.callees) {
        const ct = info.get(c);
        if (!ct) continue;
        if (ct.throws && !t.throws) changed = t.throws = true;
        for (const k of ct.ownKeys) if (!t.ownKeys.has(k)) changed = !!t.ownKeys.add(k);
      }
    }
  }
  return { info, codes };
}

/** Every problem with the doc blocks of the engine's exported functions, as "file:function: problem". */
export function checkDocBlocks(program: ts.Program, opts: CheckOptions): DocProblem[] {
  const checker = program.getTypeChecker();
  const { info, codes } = throwFacts(program, opts.dir);
  const problems: DocProblem[] = [];
  const functions = exportedFunctions(program, opts);
  for (const f of functions) {
    const where = `${f.file}:${f.name}`;
    const say = (problem: string) => problems.push({ where, problem });
    const doc = docOf(f.node);
    if (!doc) {
      say("no doc block");
      continue;
    }
    if (textOf(doc.comment).trim() === "") say("no summary");
    const tags: readonly ts.JSDocTag[] = doc.tags ?? [];
    const params = f.fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
    const documented = tags.filter(ts.isJSDocParameterTag).map((t) => (ts.isIdentifier(t.name) ? t.name.text : t.name.left.getText()));
    for (const p of params) if (p !== undefined && !documented.includes(p)) say(`parameter ${p} has no @param`);
    for (const d of new Set(documented)) if (!params.includes(d)) say(`@param ${d} names no parameter`);
    const sig = checker.getSignatureFromDeclaration(f.fn);
    const returns = sig && checker.getReturnTypeOfSignature(sig);
    const isVoid = returns !== undefined && (returns.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0;
    if (!isVoid && !tags.some(ts.isJSDocReturnTag)) say("no @returns");
    const t = info.get(f.fn);
    const throwsTags = tags.filter(ts.isJSDocThrowsTag).map(parseThrows);
    if (t?.throws && throwsTags.length === 0) say("can throw a CsError but has no @throws");
    if (t && !t.throws && throwsTags.length > 0) say("has @throws but cannot throw");
    const named = new Set<string>();
    for (const th of throwsTags) {
      if (th.type !== "CsError") say(`@throws type is {${th.type}}, not {CsError}`);
      if (!CODES.includes(th.code)) say(`@throws code '${th.code}' is not one of ${CODES.join(", ")}`);
      if (th.keys.length === 0) say(`@throws ${th.code} names no message key`);
      for (const k of th.keys) {
        named.add(k);
        if (!opts.messageKeys.includes(k)) say(`@throws key '${k}' is not a message key`);
        else if (t?.throws && !t.ownKeys.has(k)) say(`@throws key '${k}' cannot be raised here`);
        else if (codes.has(k) && !codes.get(k)!.has(th.code)) say(`@throws key '${k}' is raised as ${[...codes.get(k)!].join("/")}, not ${th.code}`);
      }
    }
    for (const k of t?.directKeys ?? []) if (!named.has(k)) say(`throws '${k}' but no @throws names it`);
    if (opts.cannotRaise && t?.throws) {
      const excused = opts.cannotRaise[where] ?? {};
      for (const k of [...t.ownKeys].sort()) {
        if (!named.has(k) && !(k in excused) && !t.directKeys.has(k))
          say(`may raise '${k}' (through a helper): name it in @throws, or say why it cannot arise (cannotRaise)`);
      }
      for (const k of Object.keys(excused)) {
        if (named.has(k) || !t.ownKeys.has(k)) say(`cannotRaise lists '${k}', which is ${named.has(k) ? "in its @throws" : "not raisable here"}`);
      }
    }
    if (f.examples.length === 0) say("no @example");
    else if (!f.examples.some((e) => /\/\/\s*→/.test(e))) say("@example shows no result (// → value)");
    else if (!f.examples.some((e) => new RegExp(`\\b${f.name}\\(`).test(e))) say(`@example does not call ${f.name}`);
    // Answers (Answer, Matrix) may be blank: the block says what a blank does.
    const takesAnswers = f.fn.parameters.some((p) => p.type !== undefined && /\b(Answer|Matrix)\b/.test(p.type.getText()));
    if (takesAnswers && !/blank policy/i.test(textOf(doc.comment))) say("takes answers but states no blank policy");
  }
  for (const where of Object.keys(opts.cannotRaise ?? {})) {
    if (!functions.some((f) => `${f.file}:${f.name}` === where)) problems.push({ where, problem: "cannotRaise names no exported function" });
  }
  return problems;
}

/** What each exported function may raise, as "code key" (for writing its @throws). */
export function raisable(program: ts.Program, opts: CheckOptions): Record<string, string[]> {
  const { info, codes } = throwFacts(program, opts.dir);
  const out: Record<string, string[]> = {};
  for (const f of exportedFunctions(program, opts)) {
    const t = info.get(f.fn);
    if (!t?.throws) continue;
    out[`${f.file}:${f.name}`] = [...t.ownKeys].map((k) => `${[...(codes.get(k) ?? [])].join("/")} ${k}`).sort();
  }
  return out;
}
