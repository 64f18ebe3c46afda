// A record type's report fragment is checked like a paragraph: its placeholder formats must read
// and fit, and a unit typed after a figure must be the indicator's own.
import { describe, expect, it } from "vitest";
import { mediation } from "../domains/mediation/index.js";
import { checkIndicatorRegistry } from "./check-indicators.js";

const withFragment = (text: string) => [
  { ...mediation, reportFragments: [{ section: "disputes" as const, order: 1, text }] },
];

describe("report fragments", () => {
  it("name a format that cannot be read or fit, and a unit that is not the figure's", () => {
    expect(
      checkIndicatorRegistry(
        withFragment(
          "调处{{mediation.cases|cn|unit}}，{{mediation.cases|bogus}}件，{{mediation.successRate|cn}}，{{mediation.cases}}人",
        ),
      ),
    ).toEqual([
      "mediation: report fragment {{mediation.cases|bogus}}: 未知的格式“bogus”（可用：cn、wan、approx、exact、atLeast、yoy、yoyAbs、unit）",
      "mediation: report fragment {{mediation.successRate|cn}}: 百分比不能写成中文数字",
      "mediation: report fragment {{mediation.cases}}: 指标的单位是“件”，段落中写作“人”",
    ]);
  });
});
