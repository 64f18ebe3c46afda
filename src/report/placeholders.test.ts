// Placeholders split a paragraph into text and figures; a typed number equal to a figure's value
// is found (with the placeholder to put instead, formatted as typed), while dates and ordinals are
// left alone.
import { describe, expect, it } from "vitest";
import { bareNumbers, citedKeys, segmentsOf } from "./placeholders.js";

const figures = [
  { key: "reconsideration.cases", formatted: "68", value: 68, unit: "件" },
  {
    key: "mediation.successRate",
    formatted: "100%",
    value: 1,
    unit: "",
    format: { kind: "percent", decimals: 1 } as const,
  },
  { key: "publicity.activities", formatted: "60余", value: 63, unit: "次" },
  { key: "consultation.count", formatted: "3558", value: 3558, unit: "人次" },
  { key: "dataSharing.recordsPushed", formatted: "117600", value: 117_600, unit: "条" },
  { key: "supervision.actions", formatted: "152340", value: 152_340, unit: "条" },
  { key: "study.sessions", formatted: "11", value: 11, unit: "次" },
  { key: "business.categories", formatted: "5", value: 5, unit: "类" },
  { key: "publicity.videos", formatted: "2", value: 2, unit: "部" },
  { key: "enforcement.powers", formatted: "43", value: 43, unit: "项" },
  { key: "enforcement.systems", formatted: "3", value: 3, unit: "项" },
];

const only = (text: string) =>
  bareNumbers(text, figures).map(({ number, replacements }) => [number, ...replacements]);

describe("segmentsOf", () => {
  it("splits text and figures in order, tolerating spaces inside the braces", () => {
    expect(
      segmentsOf("共办理{{reconsideration.cases}}件，成功率{{ mediation.successRate }}。"),
    ).toEqual([
      { kind: "text", text: "共办理" },
      {
        kind: "figure",
        key: "reconsideration.cases",
        formats: [],
        source: "{{reconsideration.cases}}",
        grammarProblem: null,
      },
      { kind: "text", text: "件，成功率" },
      {
        kind: "figure",
        key: "mediation.successRate",
        formats: [],
        source: "{{ mediation.successRate }}",
        grammarProblem: null,
      },
      { kind: "text", text: "。" },
    ]);
    expect(citedKeys("{{a.b}}和{{a.b}}")).toEqual(["a.b"]);
    expect(segmentsOf("没有指标")).toEqual([{ kind: "text", text: "没有指标" }]);
  });

  it("cites a key once whatever its formats", () => {
    expect(citedKeys("{{a.b|cn}}次，{{ a.b | yoy }}，{{c.d|wan|unit}}，{{e.f|nope}}")).toEqual([
      "a.b",
      "c.d",
      "e.f",
    ]);
  });
});

describe("bareNumbers", () => {
  it("finds typed numbers equal to a figure, as printed or as a value", () => {
    expect(bareNumbers("全年共办理行政复议案件68件", figures)).toEqual([
      {
        number: "68",
        keys: ["reconsideration.cases"],
        replacements: ["{{reconsideration.cases}}"],
      },
    ]);
    expect(only("调解成功率100%，咨询3,558人次，活动60余次")).toEqual([
      ["100%", "{{mediation.successRate}}"],
      ["3,558", "{{consultation.count}}"],
      ["60余", "{{publicity.activities}}"],
    ]);
  });

  it("finds a figure typed in 万, offering the format that prints it so", () => {
    expect(only("推送数据11.76万条，录入15万余条，约11.8万条")).toEqual([
      ["11.76万", "{{dataSharing.recordsPushed|wan:2}}"],
      ["15万余", "{{supervision.actions|wan}}"],
      ["11.8万", "{{dataSharing.recordsPushed|wan:1}}"],
    ]);
    // 16万 is no figure's value in 万.
    expect(only("录入16万条")).toEqual([]);
  });

  it("finds a count from ten up typed in Chinese numerals before its unit, offering cn", () => {
    expect(only("集中学习十一次，下放四十三项行政处罚权")).toEqual([
      ["十一次", "{{study.sessions|cn|unit}}"],
      ["四十三项", "{{enforcement.powers|cn|unit}}"],
    ]);
    // Part of a longer numeral, an ordinal, another unit: not the figure.
    expect(only("一百一十一次、第十一次、十二届十一次全会、十一项")).toEqual([]);
    // Small counts are set phrases more often than figures, and are left to the writer.
    expect(only("推行行政执法三项制度，两部门联合，明确五类任务，一次办")).toEqual([]);
  });

  it("leaves placeholders, dates, ordinals and other numbers alone", () => {
    expect(bareNumbers("{{reconsideration.cases}}件，{{study.sessions|cn}}次", figures)).toEqual(
      [],
    );
    expect(bareNumbers("2023年8月30日，第68期，编号680", figures)).toEqual([]);
    expect(bareNumbers("成功率为1", figures)).toEqual([]);
    expect(bareNumbers("68.5万元", figures)).toEqual([]);
    expect(bareNumbers("主动公开文件63件", figures)).toEqual([]);
    expect(bareNumbers("68周岁以上、3558个工作日内、第 68 期、2023 年", figures)).toEqual([]);
    expect(bareNumbers("68G网络、COVID-68、H68N9", figures)).toEqual([]);
  });

  it("finds full-width digits, reporting them as typed", () => {
    expect(only("共办理复议案件６８件，成功率１００％")).toEqual([
      ["６８", "{{reconsideration.cases}}"],
      ["１００％", "{{mediation.successRate}}"],
    ]);
  });

  it("lists numbers in the order typed, across placeholders", () => {
    expect(only("学习十一次，{{a.b|cn}}次，办理68件")).toEqual([
      ["十一次", "{{study.sessions|cn|unit}}"],
      ["68", "{{reconsideration.cases}}"],
    ]);
  });
});
