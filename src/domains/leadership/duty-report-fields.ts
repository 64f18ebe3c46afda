// Fields of the duty report (述法): the organisations required to report in a year (the plan, one
// record per organisation and year), the report each delivers, and its evaluation (述法测评).
import type { FieldDeclaration } from "../../kernel/fields.js";

export const REPORT_MODES = [
  { value: "written", label: "书面述法" },
  { value: "oral", label: "会议现场述法" },
] as const;

export const GRADES = [
  { value: "excellent", label: "好" },
  { value: "good", label: "较好" },
  { value: "fair", label: "一般" },
  { value: "poor", label: "差" },
] as const;

const byAction = { isSetByAction: true } as const;

export const dutyReportFields: readonly FieldDeclaration[] = [
  { name: "org", label: "述法单位", kind: "org", required: true },
  { name: "year", label: "述法年度", kind: "integer", required: true, min: 2000, max: 2100 },
  {
    name: "plannedOn",
    label: "列入计划日期",
    kind: "date",
    required: true,
    help: "依法治市办下达年度述法计划的日期",
  },
  { name: "dueDate", label: "报送截止日期", kind: "date" },
  { name: "reporterName", label: "述法人", kind: "text", maxLength: 50, searchable: true },
  { name: "reporterPost", label: "述法人职务", kind: "text", maxLength: 100 },
  { name: "mode", label: "述法方式", kind: "choice", options: REPORT_MODES, ...byAction },
  { name: "submittedOn", label: "报送日期", kind: "date", ...byAction },
  { name: "returnedOn", label: "退回日期", kind: "date", ...byAction },
  { name: "returnReason", label: "退回修改意见", kind: "longText", maxLength: 2000, ...byAction },
  { name: "evaluatedOn", label: "测评日期", kind: "date", ...byAction },
  { name: "score", label: "测评得分", kind: "integer", min: 0, max: 100, ...byAction },
  { name: "grade", label: "测评等次", kind: "choice", options: GRADES, ...byAction },
  {
    name: "evaluators",
    label: "测评人员",
    kind: "table",
    minRows: 1,
    maxRows: 80,
    ...byAction,
    columns: [
      { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50 },
      { name: "post", label: "职务", kind: "text", required: true, maxLength: 100 },
      { name: "score", label: "评分", kind: "integer", min: 0, max: 100 },
      { name: "grade", label: "等次", kind: "choice", options: GRADES, required: true },
    ],
  },
  { name: "removedOn", label: "移出计划日期", kind: "date", ...byAction },
  { name: "removalReason", label: "移出计划原因", kind: "longText", maxLength: 1000, ...byAction },
  {
    name: "report",
    label: "述法报告",
    kind: "attachment",
    help: "主要负责人签字的述法报告；现场述法的上传述法材料",
  },
];
