import { findHeaderRows, headersOfRoles, headerText } from "../../src/survey/headerMatch";

describe("findHeaderRows: where a survey's header row stands in a grid", () => {
  const grid = [
    ["Report", "", "", ""],
    ["", "id", "Waiting time", "Staff"],
    ["", 1, 4, 5],
    ["id", "Waiting time", "Staff", ""],
  ];

  test("every place, 0-based, with the names side by side in order (trimmed)", () => {
    expect(findHeaderRows(grid, ["id", "Waiting time", "Staff"])).toEqual([
      { row: 1, col: 1 },
      { row: 3, col: 0 },
    ]);
    expect(findHeaderRows([[" id ", "Waiting time\t"]], ["id", "Waiting time"])).toEqual([{ row: 0, col: 0 }]);
  });

  test("a different order, a missing name or a longer list is not a match", () => {
    expect(findHeaderRows(grid, ["Waiting time", "id"])).toEqual([]);
    expect(findHeaderRows(grid, ["id", "Waiting", "Staff"])).toEqual([]);
    expect(findHeaderRows(grid, ["id", "Waiting time", "Staff", "Price", "Parking"])).toEqual([]);
  });

  test("names that are all blank match nowhere; a blank name matches a blank cell", () => {
    expect(findHeaderRows(grid, ["", ""])).toEqual([]);
    expect(findHeaderRows(grid, [])).toEqual([]);
    expect(findHeaderRows(grid, ["", "id"])).toEqual([{ row: 1, col: 0 }]);
  });

  test("long header text is compared whole (not the shortened display text)", () => {
    const long = "How likely is it that you would recommend Northwind Stores to a friend or colleague?";
    expect(headerText(long)).toBe(long);
    expect(findHeaderRows([["x", long]], [long])).toEqual([{ row: 0, col: 1 }]);
    expect(findHeaderRows([["x", long.slice(0, 40) + "…"]], [long])).toEqual([]);
  });

  test("headersOfRoles: the names in column order, a gap left blank", () => {
    expect(
      headersOfRoles([
        { index: 2, header: "Staff" },
        { index: 0, header: "id" },
      ]),
    ).toEqual(["id", "", "Staff"]);
  });
});
