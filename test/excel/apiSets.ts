/**
 * Which Excel JS members the add-in's own code uses, and the requirement set each needs.
 *
 * The TypeScript compiler API walks the given files with the project's tsconfig and resolves every
 * member to its declaration; a member declared in @types/office-js under `namespace Excel` carries
 * its set in its doc comment (`[Api set: ExcelApi 1.8]`). Covered uses: property reads and writes,
 * method calls (the overload actually chosen), destructuring (`const { format } = range`), object
 * literals typed by Excel (`cf.rule = { operator, formula1 }`, `set({...})`), enum values written
 * as strings (`"XYScatter"`, also through `${Excel.ChartType}` annotations) and the property paths
 * named in `load("items/worksheet/id")` (also through a string constant).
 */
import * as path from "path";
import * as ts from "typescript";

export interface ApiUse {
  /** Declaring type and member, e.g. "Range.getSurroundingRegion", "ChartType.xyscatter". */
  member: string;
  /** Requirement sets from the doc comment, e.g. ["ExcelApi 1.7"]; [] when it names none. */
  sets: string[];
  /** Where it is used: "src/excel/readSurvey.ts:69". */
  at: string;
}

export interface ApiAudit {
  uses: ApiUse[];
  /** `load(...)` arguments whose property names could not be read statically. */
  unresolvedLoads: string[];
}

const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

/** "1.12" → [1, 12]; compares versions numerically (1.9 < 1.12). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The outermost namespace a declaration sits in ("Excel", "Office", "OfficeExtension"), if it is in @types/office-js. */
function officeNamespace(decl: ts.Node): string | undefined {
  if (!path.normalize(decl.getSourceFile().fileName).includes(OFFICE_TYPES)) return undefined;
  let outer: string | undefined;
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n)) outer = n.name.text;
  }
  return outer;
}

/**
 * "[Api set: ExcelApi 1.7]" tags in the comment right before a declaration, as "ExcelApi 1.7".
 * "[Api set: ExcelApi 1.1 / 1.3. Prior to ExcelApi 1.3, …]" (a parameter that gained a form) counts as the later version.
 */
function apiSets(decl: ts.Node): string[] {
  const sf = decl.getSourceFile();
  const leading = sf.text.slice(decl.getFullStart(), decl.getStart(sf));
  return [...leading.matchAll(/\[Api set: ([^\]]+)\]/g)].map((m) => {
    const tag = m[1].trim().replace(/\s+/g, " ");
    const v = /^(\S+) (\d+(?:\.\d+)*)(?: \/ (\d+(?:\.\d+)*))?/.exec(tag);
    return v ? `${v[1]} ${v[3] ?? v[2]}` : tag;
  });
}

function memberName(decl: ts.Declaration): string {
  const own = ts.getNameOfDeclaration(decl)?.getText() ?? "?";
  const owner = decl.parent;
  const ownerName =
    (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) || ts.isEnumDeclaration(owner)) && owner.name
      ? owner.name.text
      : ts.isModuleBlock(owner)
        ? owner.parent.name.text
        : undefined;
  return ownerName ? `${ownerName}.${own}` : own;
}

/** Runs the audit over `files` (absolute paths) with the compiler options of `tsconfigPath`. */
export function auditExcelApi(files: readonly string[], tsconfigPath: string, root: string): ApiAudit {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath), undefined, tsconfigPath);
  const program = ts.createProgram({ rootNames: [...files], options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const unresolvedLoads: string[] = [];
  const seen = new Set<string>();

  const where = (node: ts.Node): string => {
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${path.relative(root, sf.fileName).split(path.sep).join("/")}:${line + 1}`;
  };
  const record = (decls: readonly ts.Declaration[] | undefined, node: ts.Node): void => {
    for (const decl of decls ?? []) {
      if (officeNamespace(decl) !== "Excel") continue;
      const use = { member: memberName(decl), sets: apiSets(decl), at: where(node) };
      const key = `${use.member}@${use.at}`;
      if (!seen.has(key)) {
        seen.add(key);
        uses.push(use);
      }
    }
  };
  const recordSymbol = (symbol: ts.Symbol | undefined, node: ts.Node): void => {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    record(target.declarations, node);
  };
  const constituents = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]);
  const propertyOf = (type: ts.Type, name: string): ts.Symbol | undefined => {
    for (const t of constituents(checker.getNonNullableType(type))) {
      const p = checker.getPropertyOfType(checker.getApparentType(t), name);
      if (p) return p;
    }
    return undefined;
  };

  /** Enum members named by a string value, from Excel enums referenced in the enclosing type annotation. */
  const enumFromAnnotation = (node: ts.StringLiteralLike): ts.Declaration[] => {
    let annotation: ts.TypeNode | undefined;
    for (let n: ts.Node = node.parent; !ts.isSourceFile(n) && !annotation; n = n.parent) {
      if (ts.isSatisfiesExpression(n) || (ts.isAsExpression(n) && !ts.isConstTypeReference(n.type))) annotation = n.type;
      else if ((ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) && n.type) annotation = n.type;
      if (ts.isFunctionLike(n)) break;
    }
    const found: ts.Declaration[] = [];
    const visit = (t: ts.Node): void => {
      if (ts.isTypeReferenceNode(t)) {
        const sym = checker.getSymbolAtLocation(t.typeName);
        const target = sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        for (const d of target?.declarations ?? []) {
          if (!ts.isEnumDeclaration(d) || officeNamespace(d) !== "Excel") continue;
          for (const m of d.members) {
            if (m.initializer && ts.isStringLiteral(m.initializer) && m.initializer.text === node.text) found.push(m);
          }
        }
      }
      ts.forEachChild(t, visit);
    };
    if (annotation) visit(annotation);
    return found;
  };

  /** Parameter types of every overload of the call `node` is an argument of (through ?: and parentheses). */
  const overloadParameterTypes = (node: ts.Node): ts.Type[] => {
    let arg: ts.Node = node;
    while (ts.isParenthesizedExpression(arg.parent) || (ts.isConditionalExpression(arg.parent) && arg !== arg.parent.condition)) arg = arg.parent;
    const call = arg.parent;
    if (!ts.isCallExpression(call)) return [];
    const i = call.arguments.indexOf(arg as ts.Expression);
    if (i < 0) return [];
    return checker
      .getTypeAtLocation(call.expression)
      .getCallSignatures()
      .flatMap((sig) => (i < sig.parameters.length ? [checker.getTypeOfSymbolAtLocation(sig.parameters[i], call)] : []));
  };

  const stringEnum = (node: ts.StringLiteralLike): void => {
    // The overload TypeScript picks is often the plain-string one ("Custom" | "DataBar" | …): look at all of them.
    const candidates = [checker.getContextualType(node), ...overloadParameterTypes(node)].filter((t): t is ts.Type => t !== undefined);
    const members = candidates.flatMap(constituents).filter((t) => t.flags & ts.TypeFlags.EnumLiteral && t.isStringLiteral() && t.value === node.text);
    if (members.length) {
      for (const m of members) record(m.symbol?.declarations, node);
      return;
    }
    record(enumFromAnnotation(node), node);
  };

  /** The string values a load() argument can take (a literal or a constant of literal type). */
  const loadStrings = (arg: ts.Expression): string[] | undefined => {
    if (ts.isStringLiteralLike(arg)) return [arg.text];
    if (ts.isArrayLiteralExpression(arg)) {
      const parts = arg.elements.map((e) => loadStrings(e));
      return parts.every((p) => p !== undefined) ? (parts.flat() as string[]) : undefined;
    }
    const values = constituents(checker.getTypeAtLocation(arg)).map((t) => (t.isStringLiteral() ? t.value : undefined));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  };
  const elementType = (type: ts.Type): ts.Type => {
    const t = checker.getNonNullableType(type);
    return checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
  };
  const loadPaths = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const arg = call.arguments[0];
    if (!arg || ts.isObjectLiteralExpression(arg)) return; // object form: covered as an object literal
    const strings = loadStrings(arg);
    if (!strings) {
      unresolvedLoads.push(`${where(arg)} ${arg.getText()}`);
      return;
    }
    for (const s of strings) {
      for (const p of s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)) {
        let type = checker.getTypeAtLocation(receiver);
        for (const seg of p.split("/")) {
          const prop = propertyOf(type, seg);
          if (!prop) {
            unresolvedLoads.push(`${where(arg)} '${p}': no property '${seg}'`);
            break;
          }
          recordSymbol(prop, arg);
          type = elementType(checker.getTypeOfSymbolAtLocation(prop, arg));
        }
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const nameNode = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node) {
        const decl = checker.getResolvedSignature(call)?.declaration;
        if (decl && !ts.isJSDocSignature(decl)) record([decl], nameNode);
        else recordSymbol(checker.getSymbolAtLocation(nameNode), nameNode);
        if (ts.isPropertyAccessExpression(node) && node.name.text === "load" && decl && officeNamespace(decl) === "Excel") {
          loadPaths(call, node.expression);
        }
      } else {
        recordSymbol(checker.getSymbolAtLocation(nameNode), nameNode);
      }
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = node.propertyName ?? node.name;
      if (ts.isIdentifier(name) || ts.isStringLiteral(name)) {
        recordSymbol(propertyOf(checker.getTypeAtLocation(node.parent), name.text), name);
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (contextual) {
        for (const prop of node.properties) {
          const name = prop.name;
          if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) recordSymbol(propertyOf(contextual, name.text), name);
        }
      }
    } else if (ts.isStringLiteralLike(node)) {
      stringEnum(node);
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    visit(sf);
  }
  return { uses, unresolvedLoads };
}

/** True when a file's code (not its comments) names the `Excel` or `Office` global. */
export function touchesOffice(file: string, text: string): boolean {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && (node.text === "Excel" || node.text === "Office")) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
