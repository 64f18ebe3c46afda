// The steps the regulation requires before a draft decision goes to collective discussion
// (重大行政决策程序暂行条例 第14–30条). The engine refuses the decision naming every step still
// missing, and the record's page lists them with what is met.
import type { ChecklistItem } from "../../kernel/declaration.js";
import { PASSING_CONCLUSIONS } from "../legalityReview/fields.js";
import { REGULATION } from "./categories.js";

/** Public comment of at least 30 days, or a stated reason for a shorter one (第15条). */
export const publicCommentItem: ChecklistItem = {
  id: "publicComment",
  label: "公开征求意见（一般不少于30日）",
  basis: `${REGULATION}第15条`,
  requires: {
    kind: "minimumPeriod",
    rule: "decision.publicComment",
    startField: "commentStartedOn",
    endField: "commentEndedOn",
    shortenedReasonField: "commentShortenedReason",
  },
  message: "决策草案征求意见期限一般不少于30日；缩短的，应当说明理由",
};

export const decisionChecklist: readonly ChecklistItem[] = [
  publicCommentItem,
  {
    id: "hearing",
    label: "听证会",
    basis: `${REGULATION}第16条`,
    when: { field: "needsHearing", in: [true] },
    requires: { kind: "filled", fields: ["hearingOn", "hearingMaterialsSentOn"] },
    message: "本事项须举行听证，尚未登记听证会",
  },
  {
    id: "expertArgument",
    label: "专家论证",
    basis: `${REGULATION}第19条`,
    when: { field: "isSpecialised", in: [true] },
    requires: { kind: "filled", fields: ["expertArguedOn", "experts", "expertOpinion"] },
    message: "专业性、技术性较强的决策事项，应当组织专家论证",
  },
  {
    id: "riskAssessment",
    label: "风险评估",
    basis: `${REGULATION}第22条`,
    when: { field: "affectsStability", in: [true] },
    requires: { kind: "filled", fields: ["riskAssessedOn", "riskLevel"] },
    message: "可能对社会稳定、公共安全等方面造成不利影响的，应当组织风险评估",
  },
  {
    id: "fairCompetition",
    label: "公平竞争审查",
    basis: `${REGULATION}第30条`,
    when: { field: "affectsMarket", in: [true] },
    requires: {
      kind: "filled",
      fields: ["fairCompetitionReviewedOn", "fairCompetitionConclusion"],
    },
    message: "涉及市场主体经济活动的，应当进行公平竞争审查",
  },
  {
    id: "legalityReview",
    label: "合法性审查（结论为合法或按意见修改后提交）",
    basis: `${REGULATION}第25条`,
    requires: {
      kind: "linked",
      type: "legalityReview",
      field: "subject",
      states: ["concluded"],
      where: { field: "conclusion", in: [...PASSING_CONCLUSIONS] },
    },
    message: "决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论",
  },
];
