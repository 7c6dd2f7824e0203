/**
 * The proxy machinery shared by every fake object: a request queue flushed by `sync()`, loaded
 * property caches that throw PropertyNotLoaded like office-js, and the types that tie each fake
 * class to `@types/office-js`.
 *
 * HOW TYPE DRIFT IS CAUGHT (at `tsc --noEmit -p tsconfig.json`):
 * - Every fake class declares the real members it provides:
 *     class FakeRange extends FakeClientObject implements Mirror<Excel.Range, "values" | "getCell" | …>
 *   `Mirror<T, K>` requires `K extends keyof T`: a member renamed or removed in office-js is a
 *   compile error on that line. Each listed member keeps its real type: property types as
 *   declared (`chartType: Excel.ChartType | "ColumnClustered" | …`), method parameters checked
 *   contravariantly (the fake must accept what the real method accepts — its last overload, the
 *   string-literal one in office-js). Only Excel object types (as properties or return values)
 *   are relaxed to `object`, because the fake returns its own classes, each with its own Mirror.
 * - Scalar properties kept in property bags (chart title, axis, table…) are declared through
 *   `bagClass<Excel.ChartTitle>()(["text", "visible"])`: names constrained to `keyof`, types
 *   taken from the real class (`Pick<Excel.ChartTitle, "text" | "visible">`).
 * - Enum stand-ins (excel.ts) are written `{…} as const satisfies EnumSubset<typeof Excel.ChartType>`:
 *   an unknown key or a wrong value fails to compile.
 */
import { ExcelMessages, FakeOfficeError, notLoaded } from "./errors";
import type { Bag, FakeWorkbookState } from "./state";

type Relax<V> = V extends OfficeExtension.ClientObject ? object : V extends OfficeExtension.ClientObject[] ? object[] : V;

/** The members K of the real office-js class T, with Excel object types relaxed to `object`. */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Relax<R> : Relax<T[P]>;
};

/** A subset of a real string enum: keys must exist and values must equal the real ones. */
export type EnumSubset<E> = { [K in keyof E]?: `${E[K] & string}` };

/** Every form `load()` takes: "a, b/c", ["a"], { select, expand }, or { a: true, b: { c: true } }. */
export type LoadArg = string | string[] | OfficeExtension.LoadOption | { [property: string]: unknown };

const encoder = new TextEncoder();
/** Approximate payload: UTF-8 bytes of the JSON text. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}

interface Operation {
  run(): number | void;
  requestBytes: number;
}

export class FakeContext {
  private queue: Operation[] = [];
  /** Incremented per sync: range paths (used range, selection…) are re-evaluated in every request. */
  generation = 0;

  constructor(readonly state: FakeWorkbookState) {}

  get pending(): number {
    return this.queue.length;
  }

  /** Queues an operation; `run` executes at sync and may return the bytes it read. */
  enqueue(run: () => number | void, requestBytes = 0): void {
    this.queue.push({ run, requestBytes });
  }

  async flush(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const { state } = this;
    state.syncCount++;
    this.generation++;
    const entry = { operations: ops.length, requestBytes: 0, responseBytes: 0, payloadBytes: 0 };
    state.requestLog.push(entry);
    for (const op of ops) entry.requestBytes += op.requestBytes;
    entry.payloadBytes = entry.requestBytes;
    state.maxPayloadBytes = Math.max(state.maxPayloadBytes, entry.payloadBytes);
    // A round trip never completes synchronously (and takes `latencyMs` when set).
    await (state.latencyMs ? new Promise((resolve) => setTimeout(resolve, state.latencyMs)) : Promise.resolve());
    if (entry.requestBytes > state.payloadLimitBytes) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
    const fault = state.failSync?.sync === state.syncCount ? state.failSync : undefined;
    // Like Excel, operations run in order and stop at the first failure (earlier ones stay applied).
    const started = state.hostWork ? performance.now() : 0;
    try {
      for (const [i, op] of ops.entries()) {
        if (fault && i === fault.afterOperations) throw new FakeOfficeError(fault.code ?? "GeneralException");
        const read: unknown = op.run();
        if (typeof read === "number") entry.responseBytes += read; // only loads report bytes; a setter's return value is not a size
      }
    } finally {
      if (state.hostWork) state.hostWork.push({ start: started, ms: performance.now() - started });
    }
    // The response arrives in a later task, as Excel's does: the pane's work on it is a task of its own.
    if (state.hostWork) await new Promise((resolve) => setTimeout(resolve, 0));
    if (fault && fault.afterOperations >= ops.length) throw new FakeOfficeError(fault.code ?? "GeneralException");
    entry.payloadBytes = entry.requestBytes + entry.responseBytes;
    state.maxPayloadBytes = Math.max(state.maxPayloadBytes, entry.payloadBytes);
    if (entry.responseBytes > state.payloadLimitBytes) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
  }
}

/** Resolves once and remembers (objects with an id: sheets, tables, charts). */
export function once<T>(resolve: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value;
  };
}

/** Resolves once per sync (range paths such as the used range or the selection). */
export function perSync<T>(ctx: FakeContext, resolve: () => T): () => T {
  let generation = -1;
  let value: T;
  return () => {
    if (generation !== ctx.generation) {
      value = resolve();
      generation = ctx.generation;
    }
    return value;
  };
}

/** Flattens any load argument into property paths ("format/font/bold"); [] means "all scalars". */
export function loadPaths(arg: LoadArg | undefined): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && s !== "$all");
  if (Array.isArray(arg)) return arg.flatMap((s) => loadPaths(s));
  const o = arg as Bag;
  if ("select" in o || "expand" in o) {
    return [...loadPaths(o.select as string | string[] | undefined), ...loadPaths(o.expand as string | string[] | undefined)];
  }
  return Object.entries(o).flatMap(([key, v]) => {
    if (key.startsWith("$")) return [];
    if (v && typeof v === "object") {
      const sub = loadPaths(v as Bag);
      return sub.length ? sub.map((p) => `${key}/${p}`) : [key];
    }
    return v ? [key] : [];
  });
}

const scalarRegistry = new WeakMap<object, readonly string[]>();

/** Base of every fake proxy: loaded-property cache, queued writes, null-object state. */
export abstract class FakeClientObject {
  protected readonly cache = new Map<string, unknown>();
  private readonly navigation = new Map<string, unknown>();
  private nullState: "no" | "pending" | "null" | "found" = "no";

  constructor(readonly ctx: FakeContext) {}

  /** Reads a scalar property from the workbook state (runs inside sync). */
  protected abstract read(name: string): unknown;

  /** A navigation property: the same proxy on every access, as office-js does (keeps its loads). */
  protected nav<T>(name: string, make: () => T): T {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as T;
  }

  /** Navigation properties that `load("format/font/bold")` may traverse. */
  protected child(name: string): FakeClientObject | undefined {
    if (name === "items" || this.scalars.includes(name)) return undefined;
    const value: unknown = (this as unknown as Record<string, unknown>)[name];
    return value instanceof FakeClientObject ? value : undefined;
  }

  protected get scalars(): readonly string[] {
    return inheritedScalars(this);
  }

  get isNullObject(): boolean {
    if (this.nullState === "pending") throw notLoaded("isNullObject");
    return this.nullState === "null";
  }

  /** For `…OrNullObject()`: whether the target exists is decided at the next sync. */
  markNullable(exists: () => boolean): this {
    this.nullState = "pending";
    this.ctx.enqueue(() => {
      this.nullState = exists() ? "found" : "null";
    });
    return this;
  }

  load(arg?: LoadArg): this {
    this.ctx.enqueue(() => this.loadNow(loadPaths(arg)));
    return this;
  }

  /** Runs a load inside sync; returns the bytes read. */
  loadNow(paths: string[]): number {
    const own = paths.length ? [] : [...this.scalars];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (this.child(head)) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else if (!rest.length && this.scalars.includes(head)) own.push(head);
      else throw new FakeOfficeError("InvalidArgument", `fake-excel: cannot load '${path}' on ${this.constructor.name}`);
    }
    let bytes = 0;
    for (const name of own) {
      const value = this.nullState === "null" ? null : this.read(name);
      this.cache.set(name, value);
      bytes += jsonBytes(value);
    }
    for (const [head, sub] of nested) bytes += this.child(head)?.loadNow(sub) ?? 0;
    return bytes;
  }

  /** A loaded (or locally set) property value; PropertyNotLoaded otherwise. */
  loaded<T>(name: string): T {
    if (!this.cache.has(name)) throw notLoaded(name);
    return this.cache.get(name) as T;
  }

  /** Sets a property: visible locally at once (as in office-js), applied to the workbook at sync. */
  queueSet(name: string, value: unknown, apply: () => void): void {
    this.cache.set(name, value);
    this.ctx.enqueue(apply, jsonBytes(value));
  }

  toJSON(): Bag {
    return Object.fromEntries(this.cache);
  }
}

function inheritedScalars(obj: object): readonly string[] {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const names = scalarRegistry.get(p);
    if (names) return names;
  }
  return [];
}

/** Registers the scalar properties `load()` with no argument reads. */
export function registerScalars(cls: { prototype: object }, names: readonly string[]): void {
  scalarRegistry.set(cls.prototype, names);
}

/** An object whose scalar properties live in a plain bag in the state (chart title, axis, table…). */
export abstract class BagObject extends FakeClientObject {
  constructor(
    ctx: FakeContext,
    protected readonly bag: () => Bag,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    const bag = this.bag();
    return name in bag ? bag[name] : null;
  }

  /** Hook to reject a value at sync, as Excel would (e.g. a duplicate table name). */
  protected validate(_name: string, _value: unknown): void {}

  assign(name: string, value: unknown): void {
    this.queueSet(name, value, () => {
      this.validate(name, value);
      this.bag()[name] = value;
    });
  }
}

/** Defines bag accessors on the prototype (read → loaded value, write → queued) and registers them for `load()`. */
function bagProperties(cls: { prototype: BagObject }, writable: readonly string[], readonly: readonly string[]): void {
  for (const name of [...writable, ...readonly]) {
    Object.defineProperty(cls.prototype, name, {
      get(this: BagObject) {
        return this.loaded(name);
      },
      set: writable.includes(name)
        ? function (this: BagObject, v: unknown) {
            this.assign(name, v);
          }
        : undefined,
      configurable: true,
    });
  }
  registerScalars(cls, [...writable, ...readonly]);
}

/**
 * A BagObject base class whose scalar properties are the members W (writable) and R (read-only)
 * of the real class T, with T's own types: `class FakeChartTitle extends bagClass<Excel.ChartTitle>()(["text"])`.
 * `W extends keyof T` makes a renamed or removed member a compile error here too.
 */
export function bagClass<T>() {
  return <W extends keyof T & string, R extends keyof T & string = never>(writable: readonly W[], readonly: readonly R[] = []) => {
    abstract class Bagged extends BagObject {}
    bagProperties(Bagged, writable, readonly);
    return Bagged as unknown as abstract new (ctx: FakeContext, bag: () => Bag) => BagObject & Pick<T, W> & Readonly<Pick<T, R>>;
  };
}

/** Base of collections: `items` (and `count`) after load; `load("items/name")` loads each item. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected abstract list(): T[];

  protected read(): unknown {
    return null;
  }

  get items(): T[] {
    return this.loaded<T[]>("items");
  }

  get count(): number {
    return this.loaded<number>("count");
  }

  override loadNow(paths: string[]): number {
    const items = this.list();
    this.cache.set("items", items);
    this.cache.set("count", items.length);
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p && p !== "count");
    return items.reduce((bytes, item) => bytes + item.loadNow(itemPaths), 0);
  }
}

export const itemNotFound = (what: string): FakeOfficeError => new FakeOfficeError("ItemNotFound", `${ExcelMessages.ItemNotFound} (fake-excel: ${what})`);

/** Excel's table-name rules: starts with a letter, _ or \; no spaces; not a cell reference. */
export function isValidName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && name.length <= 255;
}
