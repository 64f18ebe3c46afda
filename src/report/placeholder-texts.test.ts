// The texts a report starts from — the draft template and the demo city's 2023 report — cite
// figures with formats that fit and with each indicator's own unit after it (人次 where it counts
// 人次), so a generated report never prints 人 beside a figure that counts 人次.
import { describe, expect, it } from "vitest";
import { recordTypes } from "../domains/registry.js";
import { indicatorIndex } from "../engine/indicators.js";
import { paragraphPlaceholderProblems } from "../kernel/placeholder-problems.js";
import { HOUMA_REPORT_2023_PARAGRAPHS } from "../seed/houma-report-2023.js";
import { segmentsOf } from "./placeholders.js";
import { draftParagraphs } from "./template.js";

const declared = indicatorIndex(recordTypes);
const problemsOf = (paragraphs: readonly { readonly text: string }[]) =>
  paragraphs.flatMap((paragraph) =>
    paragraphPlaceholderProblems(
      segmentsOf(paragraph.text),
      (key) => declared.get(key)?.indicator,
    ).map((problem) => `${problem.placeholder}：${problem.message}`),
  );

describe("report starting texts", () => {
  it("have no placeholder problems against the declared indicators", () => {
    expect(problemsOf(draftParagraphs(recordTypes, { name: "侯马市人民政府" }, 2023))).toEqual([]);
    expect(problemsOf(HOUMA_REPORT_2023_PARAGRAPHS)).toEqual([]);
  });

  it("would be caught if a unit disagreed", () => {
    expect(problemsOf([{ text: "免费法律咨询{{consultation.count}}人" }])).toEqual([
      "{{consultation.count}}：指标的单位是“人次”，段落中写作“人”",
    ]);
  });
});
