// Fields of an administrative reconsideration case (行政复议案件), 行政复议法 (2023).
import { thirdParties } from "./third-parties.js";
import type { FieldDeclaration } from "../../kernel/fields.js";

export const ACT_CATEGORIES = [
  { value: "penalty", label: "行政处罚" },
  { value: "coercion", label: "行政强制" },
  { value: "licensing", label: "行政许可" },
  { value: "confirmation", label: "行政确认" },
  { value: "disclosure", label: "政府信息公开" },
  { value: "inaction", label: "不履行法定职责" },
  { value: "expropriation", label: "征收征用及补偿" },
  { value: "workInjury", label: "工伤认定" },
  { value: "other", label: "其他" },
] as const;

export const OUTCOMES = [
  { value: "upheld", label: "维持" },
  { value: "revoked", label: "撤销" },
  { value: "varied", label: "变更" },
  { value: "confirmedUnlawful", label: "确认违法" },
  { value: "confirmedVoid", label: "确认无效" },
  { value: "orderedToPerform", label: "责令履行" },
  { value: "dismissed", label: "驳回复议请求" },
] as const;

export const CLOSING_MODES = [
  { value: "decision", label: "作出复议决定" },
  { value: "refused", label: "不予受理" },
  { value: "withdrawn", label: "视为撤回（未补正）" },
  { value: "terminated", label: "终止" },
  { value: "mediation", label: "调解结案" },
  { value: "settlement", label: "和解撤回" },
] as const;

const staffOnly = ["lawOffice", "reviewer", "head", "clerk"] as const;

export const reconsiderationFields: readonly FieldDeclaration[] = [
  {
    name: "applicantName",
    label: "申请人",
    kind: "text",
    required: true,
    maxLength: 100,
    searchable: true,
  },
  {
    name: "applicantKind",
    label: "申请人类型",
    kind: "choice",
    required: true,
    options: [
      { value: "person", label: "自然人" },
      { value: "organization", label: "法人或其他组织" },
    ],
  },
  {
    name: "applicantIdNumber",
    label: "申请人身份证号",
    kind: "idNumber",
    unmaskedFor: staffOnly,
    when: { field: "applicantKind", in: ["person"] },
  },
  {
    name: "applicantCreditCode",
    label: "统一社会信用代码",
    kind: "creditCode",
    when: { field: "applicantKind", in: ["organization"] },
  },
  {
    // 涉企行政复议: cases brought by enterprises are counted by industry for the business environment.
    name: "applicantIndustry",
    label: "申请人所属行业",
    kind: "catalogue",
    catalogue: "industry",
    help: "按国民经济行业分类（GB/T 4754-2017）选择大类，可输入编码或名称检索",
    when: { field: "applicantKind", in: ["organization"] },
  },
  { name: "applicantPhone", label: "联系电话", kind: "phone", unmaskedFor: staffOnly },
  { name: "handlingOrg", label: "复议机构", kind: "org", required: true },
  { name: "respondentOrg", label: "被申请人", kind: "org", required: true },
  thirdParties,
  {
    name: "actCategory",
    label: "行政行为类别",
    kind: "choice",
    required: true,
    options: ACT_CATEGORIES,
  },
  {
    name: "actDescription",
    label: "被申请复议的行政行为",
    kind: "longText",
    required: true,
    searchable: true,
  },
  { name: "amountInvolved", label: "涉案金额（元）", kind: "money", min: 0 },
  { name: "receivedDate", label: "收到申请日期", kind: "date", required: true },
  {
    name: "procedure",
    label: "审理程序",
    kind: "choice",
    required: true,
    options: [
      { value: "ordinary", label: "普通程序" },
      { value: "simplified", label: "简易程序" },
    ],
  },
  { name: "correctionNoticeDate", label: "补正通知日期", kind: "date", isSetByAction: true },
  { name: "correctionItems", label: "补正事项", kind: "longText", isSetByAction: true },
  { name: "correctionReceivedDate", label: "收到补正材料日期", kind: "date", isSetByAction: true },
  { name: "acceptedDate", label: "受理日期", kind: "date", isSetByAction: true },
  { name: "refusalReason", label: "不予受理理由", kind: "longText", isSetByAction: true },
  { name: "replyRequestDate", label: "答复通知送达日期", kind: "date", isSetByAction: true },
  { name: "replyReceivedDate", label: "收到答复日期", kind: "date", isSetByAction: true },
  { name: "hearingDate", label: "听证日期", kind: "date", isSetByAction: true },
  { name: "suspendedDate", label: "中止日期", kind: "date", isSetByAction: true },
  { name: "suspensionReason", label: "中止原因", kind: "longText", isSetByAction: true },
  { name: "resumedDate", label: "恢复审理日期", kind: "date", isSetByAction: true },
  { name: "conversionDate", label: "转为普通程序日期", kind: "date", isSetByAction: true },
  { name: "conversionReason", label: "转为普通程序理由", kind: "longText", isSetByAction: true },
  {
    name: "extensionDays",
    label: "延长天数",
    kind: "integer",
    min: 1,
    max: 30,
    isSetByAction: true,
  },
  { name: "extensionReason", label: "延长理由", kind: "longText", isSetByAction: true },
  {
    name: "outcome",
    label: "复议决定结果",
    kind: "choice",
    options: OUTCOMES,
    isSetByAction: true,
  },
  { name: "decisionReasoning", label: "决定理由", kind: "longText", isSetByAction: true },
  { name: "decisionDrafter", label: "决定起草人", kind: "user", isSetByAction: true },
  { name: "decisionApprover", label: "决定审批人", kind: "user", isSetByAction: true },
  { name: "decisionDate", label: "决定日期", kind: "date", isSetByAction: true },
  {
    name: "closingMode",
    label: "结案方式",
    kind: "choice",
    options: CLOSING_MODES,
    isSetByAction: true,
  },
  { name: "closedDate", label: "结案日期", kind: "date", isSetByAction: true },
];
