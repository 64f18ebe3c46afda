// Cell values as the engine gets them: date formats recognised the way Excel does, formula
// results converted like typed values, and row 2 told apart from data as the key row.
import { describe, expect, it } from "vitest";
import { readCell, isDateFormat } from "./cells.js";
import { isKeyRow } from "./columns.js";
import { model } from "./testing.js";

describe("readCell", () => {
  it("reads a date-formatted formula result as the date shown, at UTC midnight", () => {
    expect(readCell({ formula: "DATE(2023,5,18)", result: 45064 }, "yyyy-mm-dd")).toEqual({
      ok: true,
      value: new Date("2023-05-18T00:00:00Z"),
    });
    expect(readCell({ formula: "1+1", result: 45064 }, "0.00")).toEqual({ ok: true, value: 45064 });
  });

  it("refuses numbers that are not numbers and formulas whose result is an error", () => {
    expect(readCell(Number.NaN).ok).toBe(false);
    expect(readCell({ formula: "1/0", result: { error: "#DIV/0!" } }).ok).toBe(false);
  });

  it("reads a cell of spaces as empty", () => {
    expect(readCell("   ")).toEqual({ ok: true, value: null });
  });
});

describe("isDateFormat", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["yyyy/m/d", true],
    ['[$-804]yyyy"年"m"月"d"日"', true],
    ["General", false],
    ["0.00", false],
    ['#,##0" 元"', false],
    ["@", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("isKeyRow", () => {
  it("takes row 2 for the key row only when it holds keys and nothing else", () => {
    expect(isKeyRow(model.main, ["_row", "recordNumber", "", "applicantName"])).toBe(true);
    expect(isKeyRow(model.main, ["1", "张三", "自然人"])).toBe(false);
    // A data row of Latin text that happens to be identifier-like still needs a known key.
    expect(isKeyRow(model.main, ["abc", "def"])).toBe(false);
    expect(isKeyRow(model.main, ["_row", "张三"])).toBe(false);
  });
});
