// Each placeholder format prints the figure the way other counties' reports print it, and says
// plainly when it cannot: never a crash, never a figure that is not in the records.
import { describe, expect, it } from "vitest";
import { formatFigure, NO_PREVIOUS, tenThousands, type FigureFacts } from "./figure-format.js";
import { parseFormats } from "./placeholders.js";

const percent = { kind: "percent", decimals: 1 } as const;
const count = (value: number | null, unit = "次", previous?: number | null): FigureFacts => ({
  value,
  unit,
  previous,
});
const rate = (value: number | null, previous?: number | null): FigureFacts => ({
  value,
  unit: "",
  format: percent,
  previous,
});

/** The printed text, or the problem prefixed with "!", of `facts` under `tail` ("|cn|unit"). */
function print(facts: FigureFacts, tail: string): string {
  const parsed = parseFormats(tail);
  if ("problem" in parsed) throw new Error(parsed.problem);
  const printed = formatFigure(facts, parsed.formats);
  return printed.ok ? printed.text : `!${printed.problem}`;
}

describe("cn", () => {
  it("prints whole counts in Chinese numerals, with the unit when asked", () => {
    const cases: [number, string][] = [
      [0, "零"],
      [5, "五"],
      [10, "十"],
      [11, "十一"],
      [19, "十九"],
      [20, "二十"],
      [21, "二十一"],
      [100, "一百"],
      [101, "一百零一"],
      [105, "一百零五"],
      [1000, "一千"],
      [2200, "二千二百"],
      [10_000, "一万"],
      [100_000, "十万"],
    ];
    for (const [value, text] of cases) expect(print(count(value), "|cn")).toBe(text);
    expect(print(count(11), "|cn|unit")).toBe("十一次");
  });

  it("refuses a fraction, a negative number or a percentage, saying why", () => {
    expect(print(count(2.5), "|cn")).toBe("!数值2.5不是非负整数，不能写成中文数字");
    expect(print(count(-3), "|cn")).toBe("!数值-3不是非负整数，不能写成中文数字");
    expect(print(rate(1), "|cn")).toBe("!百分比不能写成中文数字");
  });
});

describe("wan", () => {
  it("prints 万 with 余 for a remainder, or to the decimals asked; below 10,000 plainly", () => {
    expect(print(count(152_340), "|wan")).toBe("15万余");
    expect(print(count(150_000), "|wan")).toBe("15万");
    expect(print(count(10_000), "|wan")).toBe("1万");
    expect(print(count(100_000), "|wan")).toBe("10万");
    expect(print(count(117_600), "|wan:2")).toBe("11.76万");
    expect(print(count(150_000), "|wan:2")).toBe("15万");
    expect(print(count(9_999), "|wan")).toBe("9999");
    expect(print(count(0), "|wan")).toBe("0");
    expect(print(count(152_340, "人次"), "|wan|unit")).toBe("15万余人次");
    expect(tenThousands(117_649, 1)).toBe("11.8万");
  });

  it("overrides the declared format, and is refused on a percentage", () => {
    const declaredApprox: FigureFacts = {
      value: 2231,
      unit: "人次",
      format: { kind: "approx", step: 100 },
    };
    expect(print(declaredApprox, "")).toBe("2200余");
    expect(print(declaredApprox, "|unit")).toBe("2200余人次");
    expect(print(declaredApprox, "|exact|unit")).toBe("2231人次");
    expect(print({ ...declaredApprox, value: 22_310 }, "|wan")).toBe("2万余");
    expect(print(count(63), "|approx:10")).toBe("60余");
    expect(print(count(1000), "|approx:100")).toBe("1000");
    expect(print(rate(0.5), "|wan")).toBe("!百分比不能以“万”为单位");
  });
});

describe("unit", () => {
  it("prints the declared unit after the figure, and is refused where there is none", () => {
    expect(print(count(30, "人"), "|unit")).toBe("30人");
    expect(print(count(2231, "人次"), "|approx:100|unit")).toBe("2200余人次");
    expect(print(rate(1), "|unit")).toBe("!该指标没有计量单位，不能使用格式“unit”");
  });
});

describe("atLeast", () => {
  it("prints the threshold with 以上 when met, the unit before 以上", () => {
    expect(print(rate(0.8), "|atLeast:80%")).toBe("80%以上");
    expect(print(rate(0.95), "|atLeast:80%")).toBe("80%以上");
    expect(print(count(2231, "人"), "|atLeast:2000")).toBe("2000以上");
    expect(print(count(2000, "人"), "|atLeast:2000|unit")).toBe("2000人以上");
  });

  it("prints the value itself when not met, with a notice, never the claim", () => {
    const missed = formatFigure(rate(0.7234), [
      { kind: "atLeast", threshold: 0.8, isPercent: true, text: "80%" },
    ]);
    expect(missed).toEqual({ ok: true, text: "72.3%", notice: "实际为72.3%，未达到80%" });
    expect(print(count(1999, "人"), "|atLeast:2000|unit")).toBe("1999人");
    expect(print(count(0, "人"), "|atLeast:2000")).toBe("0");
  });

  it("refuses a threshold of the wrong kind", () => {
    expect(print(rate(0.9), "|atLeast:80")).toBe("!百分比指标的阈值应写成百分数（如 atLeast:80%）");
    expect(print(count(90), "|atLeast:80%")).toBe("!该指标不是百分比，阈值不能写成百分数");
  });
});

describe("yoy", () => {
  it("prints the change on last year in percent, or 与上年持平", () => {
    expect(print(count(139, "件", 100), "|yoy")).toBe("同比增加39%");
    expect(print(count(35, "件", 40), "|yoy")).toBe("同比减少12.5%");
    expect(print(count(40, "件", 40), "|yoy")).toBe("与上年持平");
    expect(print(count(0, "件", 20), "|yoy")).toBe("同比减少100%");
    expect(print(count(300, "件", 100), "|yoy")).toBe("同比增加200%");
    expect(print(count(101, "件", 100), "|yoy:0")).toBe("同比增加1%");
    expect(print(count(1_000_001, "件", 1_000_000), "|yoy")).toBe("同比增加0.1%");
    expect(print(count(2, "件", 3), "|yoy:2")).toBe("同比减少33.33%");
  });

  it("prints a rate's change in percentage points", () => {
    expect(print(rate(0.9, 0.85), "|yoy")).toBe("同比提高5个百分点");
    expect(print(rate(0.765, 0.8), "|yoy")).toBe("同比降低3.5个百分点");
    expect(print(rate(1, 1), "|yoy")).toBe("与上年持平");
    expect(print(rate(0.2, 0), "|yoy")).toBe("同比提高20个百分点");
  });

  it("prints the change as a count with yoyAbs, with the unit when asked", () => {
    expect(print(count(80, "件", 68), "|yoyAbs|unit")).toBe("同比增加12件");
    expect(print(count(60, "件", 68), "|yoyAbs|unit")).toBe("同比减少8件");
    expect(print(count(68, "件", 68), "|yoyAbs|unit")).toBe("与上年持平");
    expect(print(count(80, "件", 68), "|yoyAbs")).toBe("同比增加12");
    expect(print(rate(0.9, 0.8), "|yoyAbs")).toBe("!百分比的同比变化请用“yoy”（以百分点表示）");
    expect(print(count(80, "件", 68), "|yoy|unit")).toContain("!同比增减百分比后不带单位");
  });

  it("refuses to compare with a year that has no data (zero, missing, not computed)", () => {
    expect(print(count(10, "件", 0), "|yoy")).toBe(`!${NO_PREVIOUS}`);
    expect(print(count(10, "件", null), "|yoy")).toBe(`!${NO_PREVIOUS}`);
    expect(print(count(10, "件"), "|yoyAbs")).toBe(`!${NO_PREVIOUS}`);
    expect(print(rate(0.5, null), "|yoy")).toBe(`!${NO_PREVIOUS}`);
    expect(NO_PREVIOUS).toBe("上年无数据，无法计算同比");
  });
});

describe("no value", () => {
  it("prints the no-value mark whatever the format (reported as such elsewhere)", () => {
    expect(print(rate(null), "|atLeast:80%")).toBe("—");
    expect(print(count(null), "|cn")).toBe("—");
  });
});
