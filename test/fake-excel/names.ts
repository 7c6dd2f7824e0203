/**
 * Workbook-scoped defined names (`workbook.names`, ExcelApi 1.4): a name refers to a range of a
 * sheet, recorded by the sheet's id so that it follows a renamed sheet (as Excel's does). Once its
 * sheet is deleted the name stays and reads "=#REF!$E$10", and `getRange()` fails, as in Excel.
 */
import { Area, formatAddress, formatArea, parseAddress } from "./address";
import { FakeClientObject, FakeCollection, FakeContext, Mirror, itemNotFound, registerScalars } from "./core";
import { ExcelMessages, FakeOfficeError } from "./errors";
import { FakeRange, asFakeRange } from "./range";
import { type FakeNameState, type FakeWorkbookState, findSheet } from "./state";

/** Excel's name rules: a letter, _ or \ first; letters, digits, _ . \ after; not a cell reference; ≤ 255. */
export function isValidDefinedName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    name.length <= 255
  );
}

const findName = (state: FakeWorkbookState, name: string): FakeNameState | undefined => state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());

export class FakeNamedItemCollection
  extends FakeCollection<FakeNamedItem>
  implements Mirror<Excel.NamedItemCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "load">
{
  /** `reference`: a Range of the fake, or an address "=Sheet!$A$1" / "Sheet!A1". */
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    this.ctx.enqueue(() => {
      const { state } = this.ctx;
      if (!isValidDefinedName(name))
        throw new FakeOfficeError("InvalidArgument", `${ExcelMessages.InvalidArgument} (fake-excel: '${name}' is not a valid name)`);
      if (findName(state, name)) throw new FakeOfficeError("ItemAlreadyExists", `${ExcelMessages.ItemAlreadyExists} (fake-excel: name '${name}')`);
      let sheetId: string, area: Area;
      if (typeof reference === "string") {
        const parsed = parseAddress(reference.replace(/^=/, "").replace(/\$/g, ""));
        const sheet = parsed.sheet === undefined ? undefined : findSheet(state, parsed.sheet);
        if (!sheet) throw new FakeOfficeError("InvalidArgument", `fake-excel: name reference '${reference}' names no sheet of the workbook`);
        sheetId = sheet.id;
        area = parsed.area;
      } else {
        const range = asFakeRange(reference);
        sheetId = range.sheet().id;
        area = range.area();
      }
      state.names.push({ name, sheetId, area, ...(comment ? { comment } : {}) });
    });
    return new FakeNamedItem(this.ctx, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name).markNullable(() => findName(this.ctx.state, name) !== undefined);
  }
  protected list(): FakeNamedItem[] {
    return this.ctx.state.names.map((n) => new FakeNamedItem(this.ctx, n.name));
  }
}

export class FakeNamedItem
  extends FakeClientObject
  implements Mirror<Excel.NamedItem, "name" | "type" | "value" | "formula" | "comment" | "visible" | "getRange" | "getRangeOrNullObject" | "delete" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }

  private existing(): FakeNameState {
    const found = findName(this.ctx.state, this.key);
    if (!found) throw itemNotFound(`name '${this.key}'`);
    return found;
  }

  /** The name's sheet, or undefined once that sheet was deleted (#REF!). */
  private target(): { sheetName?: string; area: Area } {
    const n = this.existing();
    return { sheetName: this.ctx.state.sheets.find((s) => s.id === n.sheetId)?.name, area: n.area };
  }

  get name(): string {
    return this.loaded("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get comment(): string {
    return this.loaded("comment");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }

  protected read(name: string): unknown {
    const n = this.existing();
    const { sheetName, area } = this.target();
    const ref = sheetName === undefined ? `=#REF!${formatArea(area, true)}` : `=${formatAddress(sheetName, area, true)}`;
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return sheetName === undefined ? "Error" : "Range";
      case "value":
      case "formula":
        return ref;
      case "comment":
        return n.comment ?? "";
      default:
        return true; // visible
    }
  }

  /** The range the name refers to; InvalidOperation once its sheet is gone (Excel cannot resolve #REF!). */
  getRange(): FakeRange {
    const resolve = () => {
      const { area } = this.target();
      const sheet = this.ctx.state.sheets.find((s) => s.id === this.existing().sheetId);
      if (!sheet) throw new FakeOfficeError("InvalidOperation", `${ExcelMessages.InvalidOperation} (fake-excel: name '${this.key}' refers to #REF!)`);
      return { sheet, area };
    };
    return new FakeRange(
      this.ctx,
      () => resolve().sheet,
      () => resolve().area,
    );
  }

  /** Null when the name is missing or refers to a deleted sheet. */
  getRangeOrNullObject(): FakeRange {
    return this.getRange().markNullable(() => {
      const n = findName(this.ctx.state, this.key);
      return n !== undefined && this.ctx.state.sheets.some((s) => s.id === n.sheetId);
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { names } = this.ctx.state;
      names.splice(names.indexOf(this.existing()), 1);
    });
  }
}
registerScalars(FakeNamedItem, ["name", "type", "value", "formula", "comment", "visible"]);
