// Placeholder problems that hold whatever the values: a format that cannot be read or does not fit
// the indicator, and a unit typed after a placeholder that is not the indicator's (人 beside 人次).
import { describe, expect, it } from "vitest";
import { paragraphPlaceholderProblems, type DeclaredFigure } from "./placeholder-problems.js";
import { segmentsOf } from "./placeholders.js";

const declared: Record<string, DeclaredFigure> = {
  "training.participants": { unit: "人次" },
  "training.leaders": { unit: "人" },
  "mediation.successRate": { unit: "", format: { kind: "percent", decimals: 1 } },
  "enforcement.teams": { unit: "个" },
  "consultation.count": { unit: "人次" },
};

const problems = (text: string) =>
  paragraphPlaceholderProblems(segmentsOf(text), (key) => declared[key]).map(
    (problem) => `${problem.placeholder}：${problem.message}`,
  );

describe("paragraphPlaceholderProblems", () => {
  it("accepts the declared unit, formats that fit, and text without a unit", () => {
    expect(
      problems(
        "参训{{training.participants}}人次，轮训{{training.leaders}}人，{{ training.leaders |cn|unit}}参加，" +
          "组建{{enforcement.teams}}个，成功率{{mediation.successRate|atLeast:80%}}，" +
          "咨询{{consultation.count|wan|unit}}，{{consultation.count|yoy}}，{{consultation.count|yoyAbs}}人次，" +
          "参训{{training.participants}}余人次，{{unknown.key|cn}}件",
      ),
    ).toEqual([]);
  });

  it("flags 人 after a 人次 figure and 人次 after a 人 figure", () => {
    expect(problems("参训人员达{{training.participants}}人。")).toEqual([
      "{{training.participants}}：指标的单位是“人次”，段落中写作“人”",
    ]);
    expect(problems("领导干部{{training.leaders}}人次参加")).toEqual([
      "{{training.leaders}}：指标的单位是“人”，段落中写作“人次”",
    ]);
    expect(problems("参训{{training.participants}}余人")).toEqual([
      "{{training.participants}}：指标的单位是“人次”，段落中写作“人”",
    ]);
    expect(problems("咨询{{consultation.count}}次")).toEqual([
      "{{consultation.count}}：指标的单位是“人次”，段落中写作“次”",
    ]);
  });

  it("flags a unit typed after a placeholder that prints it, or in the wrong place", () => {
    expect(problems("{{training.leaders|unit}}人")).toEqual([
      "{{training.leaders|unit}}：已用格式“unit”写出单位，其后不要再写“人”",
    ]);
    expect(problems("{{training.leaders|atLeast:100}}人")).toEqual([
      "{{training.leaders|atLeast:100}}：单位应写在“以上”之前：请改用“atLeast:100|unit”，印作“100人以上”",
    ]);
    expect(problems("{{consultation.count|yoy}}人次")[0]).toContain("同比增减百分比后不写单位");
  });

  it("names grammar problems and misfits with the placeholder as typed", () => {
    expect(
      problems(
        "{{mediation.successRate|cn}}，{{enforcement.teams|bogus}}个，{{enforcement.teams|unit|cn}}",
      ),
    ).toEqual([
      "{{mediation.successRate|cn}}：百分比不能写成中文数字",
      "{{enforcement.teams|bogus}}：未知的格式“bogus”（可用：cn、wan、approx、exact、atLeast、yoy、yoyAbs、unit）",
      "{{enforcement.teams|unit|cn}}：格式“unit”须写在最后",
    ]);
  });
});
