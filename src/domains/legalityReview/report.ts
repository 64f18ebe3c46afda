// The figures of legality review (section 三): drafts and topics the justice bureau gave an opinion
// on in the year, by what was reviewed. Withdrawn requests were not reviewed and do not count.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

const concludedIn = { mode: "within", field: "concludedOn" } as const;
const concluded = { field: "state", equals: "concluded" } as const;

export const legalityReviewIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "legality.draftDocumentsReviewed",
    label: "合法性审核的文件草案数",
    section: "institutions",
    unit: "件",
    measure: { kind: "count" },
    period: concludedIn,
    where: [concluded, { field: "subjectKind", equals: "document" }],
  },
  {
    key: "legality.meetingTopicsReviewed",
    label: "合法性审核的常务会议议题数",
    section: "institutions",
    unit: "个",
    measure: { kind: "count" },
    period: concludedIn,
    where: [concluded, { field: "subjectKind", equals: "meetingTopic" }],
  },
  {
    key: "legality.decisionsReviewed",
    label: "合法性审查的重大行政决策草案数",
    section: "institutions",
    unit: "项",
    measure: { kind: "count" },
    period: concludedIn,
    where: [concluded, { field: "subjectKind", equals: "majorDecision" }],
  },
];

export const legalityReviewReport: readonly ReportFragment[] = [
  {
    section: "institutions",
    order: 30,
    text: "对市政府拟发布的{{legality.draftDocumentsReviewed}}件文件草案进行了合法性审核，对{{legality.meetingTopicsReviewed}}个拟提交市政府常务会议审议的议题进行了合法性审核，对{{legality.decisionsReviewed}}项重大行政决策草案进行了合法性审查。",
  },
];
