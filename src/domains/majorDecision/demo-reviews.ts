// Demo legality reviews of the major decisions (第25–28条): each draft sent by its lead unit to
// the justice bureau, reviewed in at least 7 working days (第26条) and concluded before the
// executive meeting decided it; the one sent days before the load day is still under review.
// The legalityReview demo (src/domains/legalityReview) loads these with its own.
import { dice } from "../../seed/dice.js";
import type { DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { workdays } from "../../seed/working-days.js";

const JUSTICE_BUREAU = "141081-D01";
const OFFICE = "fzb";

const CHANGES = [
  "决策草案部分条款表述与上位法不一致，建议依照上位法规定修改",
  "决策草案未明确实施主体的职责分工，建议补充完善",
  "涉及群众切身利益的补偿标准依据不充分，建议补充测算说明",
];

export function decisionReviews(refs: DemoRefs): DemoRecord[] {
  const d = dice(refs.random);
  const records: DemoRecord[] = [];
  for (const decision of refs.loaded("majorDecision")) {
    const { values } = decision;
    const sentOn = values.legalityReviewSentOn;
    if (typeof sentOn !== "string") continue;
    const decidedOn = typeof values.decidedOn === "string" ? values.decidedOn : null;
    const reviewed = workdays(sentOn, d.int(7, 10));
    const concludedOn =
      decidedOn !== null && reviewed >= decidedOn ? workdays(decidedOn, -2) : reviewed;
    const steps: DemoStep[] = [];
    if (decidedOn !== null || concludedOn < refs.today) {
      const withChanges = d.chance(0.3);
      steps.push({
        action: "conclude",
        by: OFFICE,
        values: {
          conclusion: withChanges ? "lawfulWithChanges" : "lawful",
          opinion: withChanges
            ? "经审查，决策草案总体合法，建议按审查意见修改后提交市政府常务会议审议。"
            : "经审查，决策草案制定主体适格、程序合法、内容不违反上位法规定，同意按程序提交市政府常务会议审议。",
          problems: withChanges
            ? [{ kind: "content", description: d.pick(CHANGES), adopted: true }]
            : [],
          concludedOn,
        },
      });
    }
    records.push({
      by: OFFICE,
      values: {
        subjectTitle: typeof values.title === "string" ? values.title : "",
        subjectKind: "majorDecision",
        subject: decision.link,
        requestingOrg: Number(values.leadOrg),
        reviewingOrg: refs.org(JUSTICE_BUREAU),
        receivedOn: sentOn,
        draftSummary: typeof values.summary === "string" ? values.summary : "",
      },
      steps,
    });
  }
  return records;
}
