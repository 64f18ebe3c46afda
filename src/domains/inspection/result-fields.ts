// Fields of an inspection result (抽查检查结果): one per entity drawn, created by the draw with the
// inspectors it assigned; the inspectors record what they found ("谁检查、谁录入、谁公开").
import type { FieldDeclaration } from "../../kernel/fields.js";
import { RISK_CLASS_OPTIONS } from "./plan-fields.js";

export const RESULT_OUTCOMES = [
  { value: "noProblem", label: "未发现问题" },
  { value: "rectify", label: "发现问题已责令整改" },
  { value: "caseFiled", label: "发现问题移送立案" },
  { value: "notOperating", label: "未发现开展本次抽查涉及的经营活动" },
  { value: "notFound", label: "通过登记的住所（经营场所）无法联系" },
] as const;

export const resultFields: readonly FieldDeclaration[] = [
  {
    name: "plan",
    label: "抽查计划",
    kind: "record",
    types: ["inspectionPlan"],
    required: true,
  },
  { name: "inspectingOrg", label: "检查部门", kind: "org", required: true },
  { name: "drawnOn", label: "抽取日期", kind: "date", required: true },
  { name: "creditCode", label: "统一社会信用代码", kind: "creditCode", required: true },
  {
    name: "entityName",
    label: "市场主体名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  { name: "riskClass", label: "信用风险类别", kind: "choice", options: RISK_CLASS_OPTIONS },
  {
    name: "inspectors",
    label: "检查人员",
    kind: "table",
    required: true,
    minRows: 2,
    maxRows: 6,
    help: "由随机抽取产生，按抽取顺序排列",
    columns: [
      { name: "code", label: "执法证号", kind: "text", required: true, maxLength: 40 },
      { name: "name", label: "姓名", kind: "text", required: true, maxLength: 40 },
    ],
  },
  { name: "inspectedOn", label: "检查日期", kind: "date", isSetByAction: true },
  {
    name: "outcome",
    label: "检查结果",
    kind: "choice",
    options: RESULT_OUTCOMES,
    isSetByAction: true,
  },
  {
    name: "findings",
    label: "检查情况",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
  },
  {
    name: "rectification",
    label: "整改情况",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
    when: { field: "outcome", in: ["rectify", "caseFiled"] },
  },
];
