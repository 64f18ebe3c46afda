// Figures and report paragraph of major decisions (section 三): the catalog's published items
// (declared on the catalog), and what the year's decisions went through. A decision counts by the
// date of its step, so a comment opened in December and decided in January counts in both years.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

/** States a decision is in once taken, whatever happened since (withdrawn ones were not in force). */
const TAKEN = ["decided", "published", "archived", "suspended"];

const countWithin = (key: string, label: string, field: string): IndicatorDeclaration => ({
  key,
  label,
  section: "institutions",
  unit: "项",
  measure: { kind: "count" },
  period: { mode: "within", field },
});

export const majorDecisionIndicators: readonly IndicatorDeclaration[] = [
  {
    ...countWithin("decision.decided", "集体讨论决定的重大行政决策事项数", "decidedOn"),
    where: [{ field: "state", in: TAKEN }],
  },
  countWithin("decision.publicCommentHeld", "公开征求意见的重大行政决策草案数", "commentStartedOn"),
  countWithin("decision.hearingsHeld", "举行听证的重大行政决策事项数", "hearingOn"),
  countWithin("decision.expertArgued", "组织专家论证的重大行政决策事项数", "expertArguedOn"),
  countWithin("decision.riskAssessed", "开展风险评估的重大行政决策事项数", "riskAssessedOn"),
];

export const majorDecisionReport: readonly ReportFragment[] = [
  {
    section: "institutions",
    order: 20,
    text: "严格落实重大行政决策程序，推行重大行政决策事项年度目录公开制度，市政府网站向社会公布本年度重大决策事项{{decision.catalogPublished}}项。全年经政府常务会议集体讨论决定重大行政决策{{decision.decided}}项，决策草案公开征求意见{{decision.publicCommentHeld}}项，组织专家论证{{decision.expertArgued}}项，开展风险评估{{decision.riskAssessed}}项，举行听证{{decision.hearingsHeld}}项。",
  },
];
