// Fields of a major decision (重大行政决策): what it is and which steps the law makes it take
// (the flags), then each step of the procedure as the fields its action records.
import type { FieldDeclaration } from "../../kernel/fields.js";
import { DECISION_CATEGORIES } from "./categories.js";

const RISK_LEVELS = [
  { value: "low", label: "低风险" },
  { value: "medium", label: "中风险" },
  { value: "high", label: "高风险" },
] as const;

const MEETING_KINDS = [
  { value: "executiveMeeting", label: "政府常务会议" },
  { value: "plenaryMeeting", label: "政府全体会议" },
] as const;

const RESULTS = [
  { value: "approved", label: "审议通过" },
  { value: "approvedWithChanges", label: "原则通过，按会议意见修改" },
] as const;

/** A date, text or long text an action sets. */
const step = (
  name: string,
  label: string,
  kind: "date" | "text" | "longText" = "date",
  help?: string,
): FieldDeclaration =>
  kind === "date"
    ? { name, label, kind, isSetByAction: true, ...(help ? { help } : {}) }
    : {
        name,
        label,
        kind,
        maxLength: kind === "text" ? 200 : 8000,
        isSetByAction: true,
        ...(help ? { help } : {}),
      };

const flag = (name: string, label: string, help: string): FieldDeclaration => ({
  name,
  label,
  kind: "boolean",
  help,
});

export const majorDecisionFields: readonly FieldDeclaration[] = [
  {
    name: "title",
    label: "决策事项名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "category",
    label: "事项类别",
    kind: "choice",
    required: true,
    options: DECISION_CATEGORIES,
  },
  { name: "catalogYear", label: "目录年度", kind: "integer", required: true, min: 2019, max: 2100 },
  {
    name: "catalog",
    label: "所属决策事项目录",
    kind: "record",
    types: ["decisionCatalog"],
    help: "列入年度重大行政决策事项目录的，关联该目录",
  },
  { name: "leadOrg", label: "承办单位", kind: "org", required: true },
  {
    name: "overseeingOrg",
    label: "统筹单位",
    kind: "org",
    help: "跟踪决策程序的政府办公室或司法局",
  },
  { name: "summary", label: "决策事项说明", kind: "longText", maxLength: 4000, searchable: true },
  flag("isSpecialised", "专业性、技术性较强", "是：须组织专家论证（第19条）"),
  flag("affectsStability", "可能影响社会稳定、公共安全", "是：须开展风险评估（第22条）"),
  flag("affectsMarket", "涉及市场主体经济活动", "是：须进行公平竞争审查（第30条）"),
  flag("needsHearing", "须举行听证", "直接涉及公众切身利益或者存在较大分歧的（第16条）"),
  flag(
    "partyReportRequired",
    "须向同级党委请示报告",
    "按照规定须报请同级党委决定或者同意的（第31条）",
  ),
  { name: "launchedOn", label: "决策启动日期", kind: "date", required: true },
  {
    name: "launchApproval",
    label: "启动决定",
    kind: "text",
    required: true,
    maxLength: 200,
    help: "决策机关同意启动的会议或批件，如：市政府第5次常务会议（第10条）",
  },
  step("commentStartedOn", "征求意见开始日期"),
  step("commentChannels", "征求意见渠道", "text", "如：市政府门户网站、侯马新闻（第14条）"),
  step("commentEndedOn", "征求意见结束日期"),
  step(
    "commentShortenedReason",
    "缩短征求意见期限的理由",
    "longText",
    "征求意见期限少于30日的应当说明理由（第15条）",
  ),
  {
    name: "commentsReceived",
    label: "收到意见（条）",
    kind: "integer",
    min: 0,
    isSetByAction: true,
  },
  {
    name: "commentsAdopted",
    label: "采纳意见（条）",
    kind: "integer",
    min: 0,
    isSetByAction: true,
  },
  step("commentHandling", "意见采纳情况", "longText"),
  step("hearingMaterialsSentOn", "听证材料送达日期"),
  step("hearingOn", "听证会日期"),
  step("hearingSummary", "听证情况", "longText"),
  step("expertArguedOn", "专家论证日期"),
  step("experts", "论证专家", "text"),
  step("expertOpinion", "专家论证意见摘要", "longText"),
  step("riskAssessedOn", "风险评估日期"),
  {
    name: "riskLevel",
    label: "风险等级",
    kind: "choice",
    options: RISK_LEVELS,
    isSetByAction: true,
  },
  {
    name: "riskReport",
    label: "风险评估报告",
    kind: "attachment",
    when: { field: "affectsStability", in: [true] },
  },
  step("fairCompetitionReviewedOn", "公平竞争审查日期"),
  step("fairCompetitionConclusion", "公平竞争审查结论", "text"),
  step("legalityReviewSentOn", "送请合法性审查日期"),
  {
    name: "meetingKind",
    label: "审议会议类别",
    kind: "choice",
    options: MEETING_KINDS,
    isSetByAction: true,
  },
  step("meetingName", "审议会议", "text", "如：市政府第12次常务会议"),
  step("decidedOn", "决定日期"),
  {
    name: "decisionResult",
    label: "决定结果",
    kind: "choice",
    options: RESULTS,
    isSetByAction: true,
  },
  step(
    "dissent",
    "会议不同意见",
    "longText",
    "如实记录讨论中的不同意见；没有的填写「无」（第30条）",
  ),
  step("partyReportedOn", "向党委请示报告日期"),
  step("publishedOn", "决策公布日期"),
  step("publishedChannel", "公布渠道", "text", "政府公报、政府网站或本地报刊（第32条）"),
  step("archivedOn", "归档日期"),
  step("archiveRef", "档案号", "text"),
  step("evaluatedOn", "决策后评估日期"),
  step("evaluationSummary", "决策后评估结论", "longText"),
  step("suspendedOn", "中止执行日期"),
  step("suspensionReason", "中止执行原因", "longText"),
  step("resumedOn", "恢复执行日期"),
  step("withdrawnOn", "终止日期"),
  step("withdrawalReason", "终止原因", "longText"),
];
