// Counts in Chinese numerals as official documents write them.
import { describe, expect, it } from "vitest";
import { chineseNumeral } from "./chinese-numerals.js";

describe("chineseNumeral", () => {
  it("writes small counts, 十 without 一 at the start", () => {
    const cases: [number, string][] = [
      [0, "零"],
      [1, "一"],
      [2, "两"],
      [5, "五"],
      [10, "十"],
      [11, "十一"],
      [12, "十二"],
      [19, "十九"],
      [20, "二十"],
      [21, "二十一"],
      [99, "九十九"],
    ];
    for (const [value, text] of cases) expect(chineseNumeral(value)).toBe(text);
  });

  it("writes hundreds and thousands with 零 for the zeros inside", () => {
    const cases: [number, string][] = [
      [100, "一百"],
      [101, "一百零一"],
      [105, "一百零五"],
      [110, "一百一十"],
      [111, "一百一十一"],
      [200, "二百"],
      [1000, "一千"],
      [1001, "一千零一"],
      [1010, "一千零一十"],
      [2200, "二千二百"],
      [3558, "三千五百五十八"],
    ];
    for (const [value, text] of cases) expect(chineseNumeral(value)).toBe(text);
  });

  it("writes 万 and 亿, one 零 for a gap between groups", () => {
    const cases: [number, string][] = [
      [10_000, "一万"],
      [10_001, "一万零一"],
      [12_000, "一万二千"],
      [100_000, "十万"],
      [110_000, "十一万"],
      [120_005, "十二万零五"],
      [152_340, "十五万二千三百四十"],
      [1_000_000, "一百万"],
      [100_000_000, "一亿"],
      [100_010_000, "一亿零一万"],
      [100_000_100, "一亿零一百"],
      [1_200_000_000, "十二亿"],
    ];
    for (const [value, text] of cases) expect(chineseNumeral(value)).toBe(text);
  });

  it("refuses what is not a count", () => {
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
    expect(() => chineseNumeral(2.5)).toThrow(RangeError);
    expect(() => chineseNumeral(Number.NaN)).toThrow(RangeError);
  });
});
