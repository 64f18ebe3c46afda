// Fields of a contract review (合同审查): a contract the city government or one of its departments
// intends to sign, sent to the justice bureau, whose reviewer gives an opinion and a conclusion
// with the risks found.
import type { FieldDeclaration } from "../../kernel/fields.js";
import type { Role } from "../../kernel/roles.js";

export const CONTRACT_KINDS = [
  { value: "procurement", label: "政府采购" },
  { value: "construction", label: "工程建设" },
  { value: "investment", label: "招商引资" },
  { value: "concession", label: "特许经营/PPP" },
  { value: "stateAssets", label: "国有资产租赁/出让" },
  { value: "services", label: "委托服务" },
  { value: "loanGuarantee", label: "借款担保" },
  { value: "other", label: "其他" },
] as const;

export const CONCLUSIONS = [
  { value: "approve", label: "同意签订" },
  { value: "approveWithChanges", label: "修改后签订" },
  { value: "adviseAgainst", label: "不宜签订" },
] as const;

export const RISK_KINDS = [
  { value: "partyStatus", label: "主体资格" },
  { value: "unbalanced", label: "权利义务不对等" },
  { value: "breach", label: "违约责任" },
  { value: "disputes", label: "争议解决" },
  { value: "payment", label: "付款条款" },
  { value: "intellectualProperty", label: "知识产权" },
  { value: "other", label: "其他" },
] as const;

/** The justice bureau's staff review; the rule-of-law office oversees. */
export const reviewers: readonly Role[] = ["lawOffice", "clerk", "reviewer", "head"];

const byAction = { isSetByAction: true } as const;

export const contractReviewFields: readonly FieldDeclaration[] = [
  {
    name: "contractTitle",
    label: "合同名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "contractKind",
    label: "合同类别",
    kind: "choice",
    required: true,
    options: CONTRACT_KINDS,
  },
  {
    name: "reviewingOrg",
    label: "审查机构",
    kind: "org",
    required: true,
    help: "市司法局：审查市政府及各职能部门拟签订的合同，可查看和办理全部合同",
  },
  {
    name: "requestingOrg",
    label: "送审单位",
    kind: "org",
    required: true,
    help: "拟签订合同的市政府办公室、职能部门或乡（街道），可查看本单位送审的合同",
  },
  {
    name: "counterpartyName",
    label: "合同相对方",
    kind: "text",
    required: true,
    maxLength: 100,
    searchable: true,
  },
  {
    name: "counterpartyKind",
    label: "相对方类型",
    kind: "choice",
    required: true,
    options: [
      { value: "organization", label: "法人或其他组织" },
      { value: "person", label: "自然人" },
    ],
  },
  {
    name: "counterpartyCreditCode",
    label: "相对方统一社会信用代码",
    kind: "creditCode",
    required: true,
    when: { field: "counterpartyKind", in: ["organization"] },
  },
  { name: "amount", label: "合同金额（元）", kind: "money", min: 0 },
  { name: "receivedDate", label: "收到送审日期", kind: "date", required: true },
  {
    ...byAction,
    name: "reviewer",
    label: "审查人",
    kind: "user",
    help: "出具审查意见的司法局工作人员，由系统记录",
  },
  {
    name: "adviser",
    label: "协助审查的法律顾问",
    kind: "record",
    types: ["legalAdviser"],
    help: "外聘法律顾问或公职律师参与审查的，选择其名录记录",
  },
  { ...byAction, name: "materialsNoticeDate", label: "通知补充材料日期", kind: "date" },
  { ...byAction, name: "materialsItems", label: "需补充的材料", kind: "longText" },
  { ...byAction, name: "materialsReceivedDate", label: "收到补充材料日期", kind: "date" },
  { ...byAction, name: "opinion", label: "审查意见", kind: "longText", searchable: true },
  { ...byAction, name: "conclusion", label: "审查结论", kind: "choice", options: CONCLUSIONS },
  {
    ...byAction,
    name: "risks",
    label: "发现的法律风险",
    kind: "table",
    columns: [
      { name: "riskKind", label: "风险类别", kind: "choice", required: true, options: RISK_KINDS },
      { name: "description", label: "问题描述", kind: "text", required: true, maxLength: 300 },
      { name: "suggestion", label: "修改建议", kind: "text", maxLength: 300 },
      { name: "adopted", label: "是否采纳", kind: "boolean" },
    ],
  },
  { ...byAction, name: "reviewedDate", label: "审查完成日期", kind: "date" },
  { ...byAction, name: "withdrawnDate", label: "撤回日期", kind: "date" },
  { ...byAction, name: "withdrawalReason", label: "撤回原因", kind: "longText" },
];
