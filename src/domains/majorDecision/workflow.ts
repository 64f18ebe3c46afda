// A major decision as states (重大行政决策程序暂行条例 第10–37条): launched by the decision-making
// body, its draft put out for public comment, argued by experts and assessed for risk where the
// matter requires, reviewed for legality, decided at the executive meeting, reported, published,
// archived and evaluated. The steps that need no state of their own (hearing, expert argument,
// risk assessment, fair-competition review, sending for legality review) are actions that keep
// the state; the decision's checklist holds them all to account. A published decision may be
// suspended (第37条) and resumed; a decision not yet in force may be stopped (终止).
import type { ActionDeclaration, WorkflowDeclaration } from "../../kernel/declaration.js";
import { addDays, daysBetween, isoDate } from "../../calendar/dates.js";
import { firstOf, notBefore, type Check } from "../../kernel/action-checks.js";
import { after, filledWhen } from "./checks.js";
import { decisionChecklist, publicCommentItem } from "./checklist.js";

const keepers = ["clerk", "head", "lawOffice"] as const;
const preparing = ["launched", "inComment", "commentClosed"];

/** An action of the lead unit that requires every field it asks for, unless told otherwise. */
const step = (
  action: Omit<ActionDeclaration, "roles"> & Partial<ActionDeclaration>,
): ActionDeclaration => ({
  roles: keepers,
  ...(action.fields ? { requires: action.fields } : {}),
  ...action,
});

/** Hearing materials reach the participants at least 7 days before the hearing (第16条第3款). */
const materialsInTime: Check = (values) => {
  const [sent, hearing] = [values.hearingMaterialsSentOn, values.hearingOn];
  if (typeof sent !== "string" || typeof hearing !== "string") return null;
  if (daysBetween(isoDate(sent), isoDate(hearing)) >= 7) return null;
  return {
    field: "hearingMaterialsSentOn",
    code: "decision.hearingMaterials",
    message: `听证材料应当于听证会7日前送达听证参加人（第16条第3款），最迟应于${addDays(isoDate(hearing), -7)}送达`,
  };
};

const adoptedWithinReceived: Check = (values) =>
  typeof values.commentsAdopted === "number" &&
  typeof values.commentsReceived === "number" &&
  values.commentsAdopted > values.commentsReceived
    ? {
        field: "commentsAdopted",
        code: "comments.adopted",
        message: "采纳意见数不能多于收到意见数",
      }
    : null;

const actions: readonly ActionDeclaration[] = [
  step({
    id: "openComment",
    label: "公开征求意见",
    from: ["launched"],
    to: "inComment",
    fields: ["commentStartedOn", "commentChannels"],
    dateField: "commentStartedOn",
    check: notBefore("commentStartedOn", "launchedOn", "征求意见开始日期不能早于决策启动日期"),
    tone: "primary",
  }),
  step({
    id: "closeComment",
    label: "结束征求意见",
    from: ["inComment"],
    to: "commentClosed",
    fields: [
      "commentEndedOn",
      "commentsReceived",
      "commentsAdopted",
      "commentHandling",
      "commentShortenedReason",
    ],
    requires: ["commentEndedOn", "commentsReceived"],
    dateField: "commentEndedOn",
    // Closing early is the same step missing: the period must have run, or the reason be given.
    checklist: [publicCommentItem],
    check: firstOf(
      notBefore("commentEndedOn", "commentStartedOn", "征求意见结束日期不能早于开始日期"),
      adoptedWithinReceived,
    ),
  }),
  step({
    id: "recordHearing",
    label: "登记听证会",
    from: ["inComment", "commentClosed"],
    fields: ["hearingMaterialsSentOn", "hearingOn", "hearingSummary"],
    dateField: "hearingOn",
    check: firstOf(
      materialsInTime,
      notBefore("hearingOn", "commentStartedOn", "听证会日期不能早于公开征求意见日期"),
    ),
  }),
  step({
    id: "recordExpertArgument",
    label: "登记专家论证",
    from: preparing,
    fields: ["expertArguedOn", "experts", "expertOpinion"],
    dateField: "expertArguedOn",
    check: notBefore("expertArguedOn", "launchedOn", "专家论证日期不能早于决策启动日期"),
  }),
  step({
    id: "recordRiskAssessment",
    label: "登记风险评估",
    from: preparing,
    fields: ["riskAssessedOn", "riskLevel"],
    dateField: "riskAssessedOn",
    check: notBefore("riskAssessedOn", "launchedOn", "风险评估日期不能早于决策启动日期"),
  }),
  step({
    id: "recordFairCompetitionReview",
    label: "登记公平竞争审查",
    from: preparing,
    fields: ["fairCompetitionReviewedOn", "fairCompetitionConclusion"],
    dateField: "fairCompetitionReviewedOn",
  }),
  step({
    id: "sendForLegalityReview",
    label: "送请合法性审查",
    from: ["commentClosed"],
    fields: ["legalityReviewSentOn"],
    dateField: "legalityReviewSentOn",
    check: notBefore("legalityReviewSentOn", "commentEndedOn", "送审日期不能早于征求意见结束日期"),
  }),
  step({
    id: "decide",
    label: "集体讨论决定",
    // Offered while the draft is prepared: what stops it is the checklist, which names the steps.
    from: preparing,
    to: "decided",
    roles: ["head", "lawOffice", "clerk"],
    fields: ["meetingKind", "meetingName", "decidedOn", "decisionResult", "dissent"],
    dateField: "decidedOn",
    checklist: decisionChecklist,
    check: after("decidedOn", "commentEndedOn", "决定日期应当在征求意见结束之后"),
    confirm: "确认决策草案已经政府常务会议或者全体会议讨论，并如实记录了不同意见？",
    tone: "primary",
  }),
  step({
    id: "reportToParty",
    label: "向党委请示报告",
    from: ["decided"],
    fields: ["partyReportedOn"],
    dateField: "partyReportedOn",
    check: notBefore("partyReportedOn", "decidedOn", "请示报告日期不能早于决定日期"),
  }),
  step({
    id: "publish",
    label: "公布决策",
    from: ["decided"],
    to: "published",
    fields: ["publishedOn", "publishedChannel"],
    dateField: "publishedOn",
    check: firstOf(
      notBefore("publishedOn", "decidedOn", "公布日期不能早于决定日期"),
      filledWhen(
        "partyReportRequired",
        "partyReportedOn",
        "本事项须先向同级党委请示报告（第31条）",
      ),
      notBefore("publishedOn", "partyReportedOn", "公布日期不能早于向党委请示报告日期"),
    ),
    tone: "primary",
  }),
  step({
    id: "archive",
    label: "立卷归档",
    from: ["published"],
    to: "archived",
    fields: ["archivedOn", "archiveRef"],
    requires: ["archivedOn"],
    dateField: "archivedOn",
    check: notBefore("archivedOn", "publishedOn", "归档日期不能早于公布日期"),
  }),
  step({
    id: "evaluate",
    label: "登记决策后评估",
    from: ["published", "archived", "suspended"],
    fields: ["evaluatedOn", "evaluationSummary"],
    dateField: "evaluatedOn",
    check: notBefore("evaluatedOn", "publishedOn", "评估日期不能早于决策公布日期"),
  }),
  step({
    id: "suspend",
    label: "中止执行",
    from: ["published", "archived"],
    to: "suspended",
    roles: ["head", "lawOffice"],
    fields: ["suspendedOn", "suspensionReason"],
    dateField: "suspendedOn",
    check: notBefore("suspendedOn", "publishedOn", "中止日期不能早于公布日期"),
    tone: "danger",
  }),
  step({
    id: "resume",
    label: "恢复执行",
    from: ["suspended"],
    to: "published",
    roles: ["head", "lawOffice"],
    fields: ["resumedOn"],
    dateField: "resumedOn",
    check: notBefore("resumedOn", "suspendedOn", "恢复日期不能早于中止日期"),
  }),
  step({
    id: "withdraw",
    label: "终止决策",
    from: [...preparing, "decided", "suspended"],
    to: "withdrawn",
    roles: ["head", "lawOffice"],
    fields: ["withdrawnOn", "withdrawalReason"],
    dateField: "withdrawnOn",
    check: notBefore("withdrawnOn", "launchedOn", "终止日期不能早于决策启动日期"),
    tone: "danger",
  }),
];

export const majorDecisionWorkflow: WorkflowDeclaration = {
  initial: "launched",
  states: [
    { id: "launched", label: "已启动（起草中）", tone: "processing" },
    { id: "inComment", label: "公开征求意见中", tone: "processing" },
    { id: "commentClosed", label: "论证评估及合法性审查", tone: "processing" },
    { id: "decided", label: "已集体讨论决定", tone: "warning" },
    { id: "published", label: "已公布（实施中）", tone: "success" },
    { id: "archived", label: "已归档", isFinal: true, tone: "success" },
    { id: "suspended", label: "已中止执行", tone: "warning" },
    { id: "withdrawn", label: "已终止", isFinal: true, tone: "default" },
  ],
  actions,
};
