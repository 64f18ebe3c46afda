// The placeholder grammar: a key, then at most one number format and `unit` last; a format that
// cannot be read is a Chinese problem naming it, never a crash.
import { describe, expect, it } from "vitest";
import { formatLabel, parseFormats, placeholderText, segmentsOf } from "./placeholders.js";

const figure = (text: string) => {
  const found = segmentsOf(text).find((segment) => segment.kind === "figure");
  if (found?.kind !== "figure") throw new Error(`no placeholder in ${text}`);
  return found;
};

describe("parseFormats", () => {
  it("reads each format with its argument", () => {
    expect(parseFormats("")).toEqual({ formats: [] });
    expect(parseFormats("|cn")).toEqual({ formats: [{ kind: "cn" }] });
    expect(parseFormats("|wan")).toEqual({ formats: [{ kind: "wan", decimals: null }] });
    expect(parseFormats("|wan:2|unit")).toEqual({
      formats: [{ kind: "wan", decimals: 2 }, { kind: "unit" }],
    });
    expect(parseFormats("|approx:100")).toEqual({ formats: [{ kind: "approx", step: 100 }] });
    expect(parseFormats("|atLeast:80%")).toEqual({
      formats: [{ kind: "atLeast", threshold: 0.8, isPercent: true, text: "80%" }],
    });
    expect(parseFormats("|atLeast:2000")).toEqual({
      formats: [{ kind: "atLeast", threshold: 2000, isPercent: false, text: "2000" }],
    });
    expect(parseFormats("|yoy")).toEqual({ formats: [{ kind: "yoy", decimals: 1 }] });
    expect(parseFormats("|yoy:0")).toEqual({ formats: [{ kind: "yoy", decimals: 0 }] });
    expect(parseFormats("|yoyAbs|unit")).toEqual({
      formats: [{ kind: "yoyAbs" }, { kind: "unit" }],
    });
    expect(parseFormats("| exact | unit ")).toEqual({
      formats: [{ kind: "exact" }, { kind: "unit" }],
    });
    // As a Chinese input method types them: full-width ｜ ： ％.
    expect(figure("{{a.b｜atLeast：80％｜unit}}").formats).toEqual([
      { kind: "atLeast", threshold: 0.8, isPercent: true, text: "80%" },
      { kind: "unit" },
    ]);
  });

  it("names an unknown format, a bad argument and a bad order in Chinese", () => {
    const problem = (tail: string) => {
      const parsed = parseFormats(tail);
      return "problem" in parsed ? parsed.problem : null;
    };
    expect(problem("|chinese")).toBe(
      "未知的格式“chinese”（可用：cn、wan、approx、exact、atLeast、yoy、yoyAbs、unit）",
    );
    expect(problem("|")).toBe("“|”后缺少格式名");
    expect(problem("|cn:2")).toBe("格式“cn”不带参数（写作 cn）");
    expect(problem("|wan:7")).toContain("格式“wan”的参数应为小数位数1至4");
    expect(problem("|approx")).toContain("格式“approx”的参数应为10、100、1000或10000");
    expect(problem("|approx:50")).toContain("“50”不可用");
    expect(problem("|atLeast:abc")).toContain("格式“atLeast”的参数应为正数或百分数");
    expect(problem("|atLeast:0")).toContain("格式“atLeast”的参数应为正数或百分数");
    expect(problem("|yoy:5")).toContain("格式“yoy”的参数应为小数位数0至2");
    expect(problem("|unit|cn")).toBe("格式“unit”须写在最后");
    expect(problem("|unit|unit")).toBe("格式“unit”须写在最后");
    expect(problem("|cn|wan")).toBe("格式“wan”不能与“cn”同用（只能选一种数字格式）");
  });
});

describe("segmentsOf with formats", () => {
  it("keeps the placeholder as typed and its formats, or the grammar problem", () => {
    expect(figure("共{{ a.b | cn | unit }}")).toEqual({
      kind: "figure",
      key: "a.b",
      formats: [{ kind: "cn" }, { kind: "unit" }],
      source: "{{ a.b | cn | unit }}",
      grammarProblem: null,
    });
    expect(figure("{{a.b|nope}}")).toMatchObject({
      key: "a.b",
      formats: [],
      grammarProblem: expect.stringContaining("未知的格式“nope”") as string,
    });
    // Not a placeholder: a space inside the key, braces inside.
    expect(segmentsOf("{{a b}}、{{a.b|{c}}}").every((s) => s.kind === "text")).toBe(true);
  });

  it("writes placeholders back and labels formats for the editor's chips", () => {
    expect(placeholderText("a.b")).toBe("{{a.b}}");
    expect(placeholderText("a.b", [{ kind: "wan", decimals: 2 }, { kind: "unit" }])).toBe(
      "{{a.b|wan:2|unit}}",
    );
    for (const tail of ["|cn", "|wan", "|approx:100|unit", "|atLeast:80%", "|yoy", "|yoy:2"]) {
      const parsed = figure(`{{a.b${tail}}}`);
      expect(placeholderText(parsed.key, parsed.formats)).toBe(`{{a.b${tail}}}`);
    }
    expect(figure("{{a.b|cn}}").formats.map(formatLabel)).toEqual(["中文"]);
    expect(figure("{{a.b|atLeast:80%|unit}}").formats.map(formatLabel)).toEqual([
      "80%以上",
      "带单位",
    ]);
  });
});
