// Fields of a legality review (合法性审核/审查): a draft government document, a topic to go before
// the executive meeting, or a draft major decision, sent by the drafting unit to the justice bureau,
// with the reviewer's opinion, conclusion and the problems found.
import type { FieldDeclaration } from "../../kernel/fields.js";

export const SUBJECT_KINDS = [
  { value: "document", label: "政府文件草案" },
  { value: "meetingTopic", label: "拟提交常务会议审议的议题" },
  { value: "majorDecision", label: "重大行政决策草案" },
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number]["value"];

/** The record type a subject of each kind links to (a document only when it is normative). */
export const SUBJECT_TYPES: Readonly<Record<SubjectKind, string>> = {
  document: "normativeDocument",
  meetingTopic: "meetingTopic",
  majorDecision: "majorDecision",
};

export const CONCLUSIONS = [
  { value: "lawful", label: "合法，同意按程序提交" },
  { value: "lawfulWithChanges", label: "按审核意见修改后提交" },
  { value: "unlawful", label: "不合法，不得提交审议" },
] as const;

/** Conclusions that let the subject go on to collective discussion (国办发〔2018〕115号). */
export const PASSING_CONCLUSIONS = ["lawful", "lawfulWithChanges"] as const;

const PROBLEM_KINDS = [
  { value: "authority", label: "制定主体或权限" },
  { value: "procedure", label: "制定程序" },
  { value: "content", label: "内容合法性" },
  { value: "consistency", label: "与上位法或现行文件衔接" },
  { value: "fairCompetition", label: "公平竞争" },
  { value: "drafting", label: "文字表述" },
  { value: "other", label: "其他" },
] as const;

export const legalityReviewFields: readonly FieldDeclaration[] = [
  {
    name: "subjectTitle",
    label: "送审事项名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
    help: "文件草案标题、议题名称或决策事项名称",
  },
  {
    name: "subjectKind",
    label: "送审类别",
    kind: "choice",
    required: true,
    options: SUBJECT_KINDS,
  },
  {
    name: "isNormative",
    label: "属于行政规范性文件",
    kind: "boolean",
    when: { field: "subjectKind", in: ["document"] },
    help: "规范性文件草案的审核期限适用规范性文件合法性审核规定",
  },
  {
    name: "subject",
    label: "关联记录",
    kind: "record",
    types: ["meetingTopic", "normativeDocument", "majorDecision"],
    startLabel: "送请合法性审核",
    help: "在本平台登记的规范性文件、会议议题或重大行政决策；其他文件草案可不关联",
  },
  {
    name: "requestingOrg",
    label: "送审单位",
    kind: "org",
    required: true,
    help: "起草单位或提请单位",
  },
  { name: "reviewingOrg", label: "审核机构", kind: "org", required: true, help: "司法行政部门" },
  { name: "receivedOn", label: "收到送审材料日期", kind: "date", required: true },
  { name: "reviewer", label: "承办人", kind: "user" },
  {
    // 第28条: legal advisers and public lawyers give opinions; the adviser's page lists the reviews.
    name: "adviser",
    label: "参与审核的法律顾问或公职律师",
    kind: "record",
    types: ["legalAdviser"],
  },
  {
    name: "draftSummary",
    label: "送审内容摘要",
    kind: "longText",
    maxLength: 4000,
    searchable: true,
  },
  { name: "returnedOn", label: "退回补充材料日期", kind: "date", isSetByAction: true },
  {
    name: "returnReason",
    label: "需补充的材料",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
  },
  { name: "materialsReceivedOn", label: "收到补充材料日期", kind: "date", isSetByAction: true },
  {
    name: "conclusion",
    label: "审核结论",
    kind: "choice",
    options: CONCLUSIONS,
    isSetByAction: true,
  },
  {
    name: "opinion",
    label: "审核意见",
    kind: "longText",
    maxLength: 8000,
    searchable: true,
    isSetByAction: true,
  },
  {
    name: "problems",
    label: "发现的问题",
    kind: "table",
    isSetByAction: true,
    maxRows: 50,
    columns: [
      { name: "kind", label: "问题类别", kind: "choice", required: true, options: PROBLEM_KINDS },
      {
        name: "description",
        label: "问题及修改意见",
        kind: "longText",
        required: true,
        maxLength: 2000,
      },
      { name: "adopted", label: "已采纳", kind: "boolean" },
    ],
  },
  { name: "concludedOn", label: "出具审核意见日期", kind: "date", isSetByAction: true },
  { name: "withdrawnOn", label: "撤回日期", kind: "date", isSetByAction: true },
  {
    name: "withdrawalReason",
    label: "撤回原因",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
  },
];
