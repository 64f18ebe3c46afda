// Placeholders split a paragraph into text and figures; a typed number equal to a figure's value
// is found (with the keys to offer), while dates and ordinals are left alone.
import { describe, expect, it } from "vitest";
import { bareNumbers, citedKeys, segmentsOf } from "./placeholders.js";

const figures = [
  { key: "reconsideration.cases", formatted: "68", value: 68 },
  { key: "mediation.successRate", formatted: "100%", value: 1 },
  { key: "publicity.activities", formatted: "60余", value: 63 },
  { key: "consultation.count", formatted: "3558", value: 3558 },
];

describe("segmentsOf", () => {
  it("splits text and figures in order, tolerating spaces inside the braces", () => {
    expect(
      segmentsOf("共办理{{reconsideration.cases}}件，成功率{{ mediation.successRate }}。"),
    ).toEqual([
      { kind: "text", text: "共办理" },
      { kind: "figure", key: "reconsideration.cases" },
      { kind: "text", text: "件，成功率" },
      { kind: "figure", key: "mediation.successRate" },
      { kind: "text", text: "。" },
    ]);
    expect(citedKeys("{{a.b}}和{{a.b}}")).toEqual(["a.b"]);
    expect(segmentsOf("没有指标")).toEqual([{ kind: "text", text: "没有指标" }]);
  });
});

describe("bareNumbers", () => {
  it("finds typed numbers equal to a figure, as printed or as a value", () => {
    expect(bareNumbers("全年共办理行政复议案件68件", figures)).toEqual([
      { number: "68", keys: ["reconsideration.cases"] },
    ]);
    expect(bareNumbers("调解成功率100%，咨询3,558人次，活动60余次", figures)).toEqual([
      { number: "100%", keys: ["mediation.successRate"] },
      { number: "3,558", keys: ["consultation.count"] },
      { number: "60余", keys: ["publicity.activities"] },
    ]);
  });

  it("leaves placeholders, dates, ordinals and other numbers alone", () => {
    expect(bareNumbers("{{reconsideration.cases}}件", figures)).toEqual([]);
    expect(bareNumbers("2023年8月30日，第68期，编号680", figures)).toEqual([]);
    expect(bareNumbers("成功率为1", figures)).toEqual([]);
    expect(bareNumbers("68.5万元", figures)).toEqual([]);
    expect(bareNumbers("主动公开文件63件", figures)).toEqual([]);
    expect(bareNumbers("68周岁以上、3558个工作日内、第 68 期、2023 年", figures)).toEqual([]);
    expect(bareNumbers("68G网络、COVID-68、H68N9", figures)).toEqual([]);
  });

  it("finds full-width digits, reporting them as typed", () => {
    expect(bareNumbers("共办理复议案件６８件，成功率１００％", figures)).toEqual([
      { number: "６８", keys: ["reconsideration.cases"] },
      { number: "１００％", keys: ["mediation.successRate"] },
    ]);
  });
});
