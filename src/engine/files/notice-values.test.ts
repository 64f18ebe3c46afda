// Notice paragraphs: placeholders filled, a paragraph of empty placeholders left out, and a
// conditional paragraph printed only while its condition holds — the 答复通知书 of a simplified case
// gives the respondent five days (行政复议法 第54条), of an ordinary one ten (第48条).
import { describe, expect, it } from "vitest";
import { reconsideration } from "../../domains/reconsideration/index.js";
import { fillParagraphs } from "./notice-values.js";

const replyNotice = reconsideration.documents?.find((template) => template.id === "replyNotice");
const names: Record<string, string> = {
  applicantName: "韩立新",
  actDescription: "罚款8000元",
  acceptedDate: "2026年11月23日",
  recordNumber: "侯复〔2026〕12号",
};
const valueOf = (name: string) => names[name] ?? "";

describe("the paragraphs of a notice", () => {
  it("give the ordinary procedure's ten days and the simplified procedure's five", () => {
    if (!replyNotice) throw new Error("no replyNotice template");
    const ordinary = fillParagraphs(replyNotice.paragraphs, valueOf, { procedure: "ordinary" });
    const simplified = fillParagraphs(replyNotice.paragraphs, valueOf, { procedure: "simplified" });
    expect(ordinary.join("\n")).toContain("第四十八条");
    expect(ordinary.join("\n")).not.toContain("五日内");
    expect(simplified.join("\n")).toContain(
      "第五十四条的规定，请你单位自收到申请书副本或者申请笔录复印件之日起五日内",
    );
    expect(simplified.join("\n")).not.toContain("十日内");
    expect(ordinary).toHaveLength(simplified.length);
  });

  it("fill placeholders and leave out a paragraph whose placeholders are all empty", () => {
    expect(
      fillParagraphs(["{{applicantName}}申请", "{{correctionItems}}", "特此通知。"], valueOf),
    ).toEqual(["韩立新申请", "特此通知。"]);
  });
});
