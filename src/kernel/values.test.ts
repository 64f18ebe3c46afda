// Field values: money to the cent despite binary floating point, dates within range, storable text.
import { describe, expect, it } from "vitest";
import type { FieldDeclaration } from "./fields.js";
import { parseFieldValue } from "./values.js";

const money: FieldDeclaration = { name: "amount", label: "金额", kind: "money" };
const date: FieldDeclaration = { name: "day", label: "日期", kind: "date" };
const text: FieldDeclaration = { name: "name", label: "名称", kind: "text" };

describe("parseFieldValue", () => {
  it.each([19.99, 1.1, 4.35, 0.07, 1234567.89, "88.80"])("accepts the amount %s", (value) => {
    expect(parseFieldValue(money, value).ok).toBe(true);
  });
  it("refuses a third decimal", () => {
    expect(parseFieldValue(money, 1.005)).toMatchObject({
      ok: false,
      error: { code: "field.moneyPrecision" },
    });
  });
  it.each(["0000-01-01", "1899-12-31", "2024-02-30"])("refuses the date %s", (value) => {
    expect(parseFieldValue(date, value)).toMatchObject({
      ok: false,
      error: { code: "field.invalidDate" },
    });
  });
  it.each(["a\u0000b", "a\ud800b", "\udc00"])(
    "refuses text PostgreSQL cannot store: %j",
    (value) => {
      expect(parseFieldValue(text, value)).toMatchObject({
        ok: false,
        error: { code: "field.invalidCharacters" },
      });
    },
  );
  it("keeps emoji and rare characters", () => {
    expect(parseFieldValue(text, "𠮷野家 😀")).toEqual({ ok: true, value: "𠮷野家 😀" });
  });
});
