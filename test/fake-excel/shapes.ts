/**
 * Shapes (ExcelApi 1.9): what the report sets is recorded in FakeShapeState — geometric shapes,
 * lines and text boxes with name, position, size, fill, outline, text, font, and for lines the
 * connector type, arrowheads, the end points given to `addLine` and the shapes each end is
 * attached to (`connectBeginShape` / `connectEndShape`, by id and connection site). Nothing is
 * drawn and a connected line is not re-routed (Excel moves its ends to the sites; tests compare the
 * points given with the sites). A shape goes with its sheet when the sheet is deleted.
 */
import { FakeClientObject, FakeCollection, FakeContext, Mirror, bagClass, itemNotFound } from "./core";
import { FakeOfficeError } from "./errors";
import { Bag, FakeShapeState, FakeSheetState } from "./state";

/** Connection sites of the geometric shapes the fake knows (rectangles and rounded rectangles: 4). */
const SITES: Record<string, number> = { Rectangle: 4, RoundRectangle: 4 };

const invalid = (why: string) => new FakeOfficeError("InvalidArgument", `fake-excel: ${why}`);
const missing = (what: string): never => {
  throw itemNotFound(what);
};

const newShape = (ctx: FakeContext, sheet: FakeSheetState, props: Bag): FakeShapeState => {
  let n = 1;
  while (sheet.shapes.some((s) => s.props.name === `Shape ${n}`)) n++;
  return {
    id: `{shape-${ctx.state.nextId++}}`,
    sheet,
    props: { name: `Shape ${n}`, left: 0, top: 0, width: 72, height: 72, ...props },
    fill: {},
    lineFormat: { visible: true },
    textFrame: { text: "" },
    font: {},
  };
};

export class FakeShapeCollection
  extends FakeCollection<FakeShape>
  implements Mirror<Excel.ShapeCollection, "addGeometricShape" | "addLine" | "addTextBox" | "items" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {
    super(ctx);
  }

  private add(make: (sheet: FakeSheetState) => FakeShapeState): FakeShape {
    let created: FakeShapeState | undefined;
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      created = make(sheet);
      sheet.shapes.push(created);
    });
    return new FakeShape(this.ctx, () => created ?? missing("shape not created yet"));
  }

  addGeometricShape(geometricShapeType: Excel.GeometricShapeType | `${Excel.GeometricShapeType}`): FakeShape {
    return this.add((sheet) => {
      if (SITES[geometricShapeType] === undefined) throw invalid(`geometric shape '${geometricShapeType}' is not modelled`);
      return newShape(this.ctx, sheet, { type: "GeometricShape", geometricShapeType, connectionSiteCount: SITES[geometricShapeType] });
    });
  }

  addLine(startLeft: number, startTop: number, endLeft: number, endTop: number, connectorType?: Excel.ConnectorType | `${Excel.ConnectorType}`): FakeShape {
    return this.add((sheet) => {
      if ([startLeft, startTop, endLeft, endTop].some((v) => !Number.isFinite(v))) throw invalid("a line's ends must be finite numbers");
      const bounds = {
        left: Math.min(startLeft, endLeft),
        top: Math.min(startTop, endTop),
        width: Math.abs(endLeft - startLeft),
        height: Math.abs(endTop - startTop),
      };
      const shape = newShape(this.ctx, sheet, { type: "Line", connectionSiteCount: 0, ...bounds });
      shape.line = {
        props: { connectorType: connectorType ?? "Straight", beginArrowheadStyle: "None", endArrowheadStyle: "None" },
        from: { left: startLeft, top: startTop },
        to: { left: endLeft, top: endTop },
      };
      return shape;
    });
  }

  addTextBox(text?: string): FakeShape {
    return this.add((sheet) => {
      const shape = newShape(this.ctx, sheet, { type: "GeometricShape", geometricShapeType: "Rectangle", connectionSiteCount: 4 });
      shape.textFrame.text = text ?? "";
      return shape;
    });
  }

  protected list(): FakeShape[] {
    return this.sheet().shapes.map((s) => new FakeShape(this.ctx, () => s));
  }
}

export class FakeShape
  extends bagClass<Excel.Shape>()(["name", "left", "top", "width", "height"], ["type", "geometricShapeType", "connectionSiteCount"])
  implements Mirror<Excel.Shape, "id" | "fill" | "lineFormat" | "textFrame" | "line" | "delete" | "load">
{
  constructor(
    ctx: FakeContext,
    readonly shape: () => FakeShapeState,
  ) {
    super(ctx, () => shape().props);
  }

  get id(): string {
    return this.loaded("id");
  }
  protected override read(name: string): unknown {
    return name === "id" ? this.shape().id : super.read(name);
  }
  protected override validate(name: string, value: unknown): void {
    if (name !== "name" && (typeof value !== "number" || !Number.isFinite(value) || ((name === "width" || name === "height") && value < 0))) {
      throw invalid(`shape ${name} ${String(value)}`);
    }
  }

  get fill(): FakeShapeFill {
    return this.nav("fill", () => new FakeShapeFill(this.ctx, () => this.shape().fill));
  }
  get lineFormat(): FakeShapeLineFormat {
    return this.nav("lineFormat", () => new FakeShapeLineFormat(this.ctx, () => this.shape().lineFormat));
  }
  get textFrame(): FakeTextFrame {
    return this.nav("textFrame", () => new FakeTextFrame(this.ctx, this.shape));
  }
  get line(): FakeLine {
    return this.nav("line", () => new FakeLine(this.ctx, this.shape));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.shape();
      s.sheet.shapes.splice(s.sheet.shapes.indexOf(s), 1);
    });
  }
}

export class FakeShapeFill
  extends bagClass<Excel.ShapeFill>()(["foregroundColor", "transparency"])
  implements Mirror<Excel.ShapeFill, "setSolidColor" | "clear">
{
  setSolidColor(color: string): void {
    this.assign("foregroundColor", color);
  }
  clear(): void {
    this.ctx.enqueue(() => {
      delete this.bag().foregroundColor;
    });
  }
}

export class FakeShapeLineFormat extends bagClass<Excel.ShapeLineFormat>()(["color", "weight", "visible"]) {}

export class FakeTextFrame extends bagClass<Excel.TextFrame>()(["horizontalAlignment", "verticalAlignment"]) implements Mirror<Excel.TextFrame, "textRange"> {
  constructor(
    ctx: FakeContext,
    private readonly shape: () => FakeShapeState,
  ) {
    super(ctx, () => shape().textFrame);
  }
  get textRange(): FakeTextRange {
    return this.nav("textRange", () => new FakeTextRange(this.ctx, this.shape));
  }
}

export class FakeTextRange extends bagClass<Excel.TextRange>()(["text"]) implements Mirror<Excel.TextRange, "font"> {
  constructor(
    ctx: FakeContext,
    private readonly shape: () => FakeShapeState,
  ) {
    super(ctx, () => shape().textFrame);
  }
  get font(): FakeShapeFont {
    return this.nav("font", () => new FakeShapeFont(this.ctx, () => this.shape().font));
  }
}

export class FakeShapeFont extends bagClass<Excel.ShapeFont>()(["bold", "size", "color", "italic", "name"]) {}

export class FakeLine
  extends FakeClientObject
  implements Mirror<Excel.Line, "connectorType" | "beginArrowheadStyle" | "endArrowheadStyle" | "connectBeginShape" | "connectEndShape" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly shape: () => FakeShapeState,
  ) {
    super(ctx);
  }

  private state() {
    const s = this.shape();
    if (!s.line) throw new FakeOfficeError("InvalidOperation", `fake-excel: shape '${String(s.props.name)}' is not a line`);
    return s.line;
  }
  protected read(name: string): unknown {
    return this.state().props[name];
  }
  private setProp(name: string, value: unknown): void {
    this.queueSet(name, value, () => {
      this.state().props[name] = value;
    });
  }

  get connectorType(): Excel.Line["connectorType"] {
    return this.loaded("connectorType");
  }
  set connectorType(v: Excel.Line["connectorType"]) {
    this.setProp("connectorType", v);
  }
  get beginArrowheadStyle(): Excel.Line["beginArrowheadStyle"] {
    return this.loaded("beginArrowheadStyle");
  }
  set beginArrowheadStyle(v: Excel.Line["beginArrowheadStyle"]) {
    this.setProp("beginArrowheadStyle", v);
  }
  get endArrowheadStyle(): Excel.Line["endArrowheadStyle"] {
    return this.loaded("endArrowheadStyle");
  }
  set endArrowheadStyle(v: Excel.Line["endArrowheadStyle"]) {
    this.setProp("endArrowheadStyle", v);
  }

  private connect(which: "begin" | "end", target: Excel.Shape, site: number): void {
    if (!(target instanceof FakeShape)) throw invalid("expected a Shape created by the fake");
    this.ctx.enqueue(() => {
      const line = this.state(),
        self = this.shape(),
        other = target.shape();
      if (other === self || other.sheet !== self.sheet || !other.sheet.shapes.includes(other)) throw invalid("a line connects to another shape of its sheet");
      const sites = Number(other.props.connectionSiteCount);
      if (!Number.isInteger(site) || site < 0 || site >= sites) throw invalid(`connection site ${site} (the shape has ${sites})`);
      line[which] = { shapeId: other.id, site };
    });
  }
  connectBeginShape(shape: Excel.Shape, connectionSite: number): void {
    this.connect("begin", shape, connectionSite);
  }
  connectEndShape(shape: Excel.Shape, connectionSite: number): void {
    this.connect("end", shape, connectionSite);
  }
}
