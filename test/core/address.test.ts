// A1 addresses as the engine parses them; a range may be written from any corner, as Excel allows.
import { cellInRange, parseRange } from "../../src/core/address";

describe("parseRange", () => {
  it.each([
    ["A3:E16", { row: 2, col: 0 }, { row: 15, col: 4 }],
    ["E16:A3", { row: 2, col: 0 }, { row: 15, col: 4 }],
    ["A16:E3", { row: 2, col: 0 }, { row: 15, col: 4 }],
    ["E3:A16", { row: 2, col: 0 }, { row: 15, col: 4 }],
    ["B5", { row: 4, col: 1 }, { row: 4, col: 1 }],
  ])("%s has its top-left and bottom-right corners", (range, start, end) => {
    expect(parseRange(range)).toEqual({ start, end });
  });

  it("finds a cell inside a range written from its bottom-right corner", () => {
    expect(cellInRange("Förderung!E16:A3", 2, 3)).toBe("Förderung!D5");
  });
});
