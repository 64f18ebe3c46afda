// Date parsing and month arithmetic, including the month-end rule.
import { describe, expect, it } from "vitest";
import { addMonths, formatChineseDate, isoDate, parseIsoDate } from "./dates.js";

describe("parseIsoDate", () => {
  it.each(["2023-02-29", "2023-13-01", "2023-00-10", "2023-1-5", "20230105", "", "2024-04-31"])(
    "refuses %j",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
  it.each(["2024-02-29", "2023-12-31", "2019-01-01"])("accepts %s", (text) => {
    expect(parseIsoDate(text)).toBe(text);
  });
});

describe("addMonths", () => {
  it.each([
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-03-31", 1, "2023-04-30"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2023-11-15", 3, "2024-02-15"],
    ["2023-05-20", 12, "2024-05-20"],
    ["2024-02-29", 12, "2025-02-28"],
  ] as const)("%s + %i months = %s", (from, count, expected) => {
    expect(addMonths(isoDate(from), count)).toBe(expected);
  });
});

it("writes dates the Chinese way with the weekday", () => {
  expect(formatChineseDate(isoDate("2023-10-07"))).toBe("2023年10月7日（星期六）");
});
