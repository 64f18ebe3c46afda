// Fields of the assessment's records: a hand score the rule-of-law office gives one assessed
// organisation on one item of the year's scheme, and an objection the organisation raises against
// the score of an item. Both name the scheme item by its id (schemeItem) and carry its label and
// full points as they were when written, so a record reads on its own.
import type { FieldDeclaration } from "../../kernel/fields.js";

const itemFields: readonly FieldDeclaration[] = [
  { name: "year", label: "考核年度", kind: "integer", required: true, min: 2000, max: 2100 },
  {
    name: "schemeItem",
    label: "考核项目编号",
    kind: "integer",
    required: true,
    min: 1,
    help: "考核方案中项目的编号，由考核页面填写",
  },
  {
    name: "itemLabel",
    label: "考核项目",
    kind: "text",
    required: true,
    maxLength: 300,
    searchable: true,
  },
  { name: "itemPoints", label: "项目分值", kind: "money", required: true, min: 0 },
  { name: "assessedOrg", label: "被考核单位", kind: "org", required: true },
];

export const assessmentScoreFields: readonly FieldDeclaration[] = [
  ...itemFields,
  { name: "points", label: "得分", kind: "money", required: true, min: 0 },
  { name: "reason", label: "评分理由", kind: "longText", required: true, maxLength: 2000 },
  {
    name: "evidenceNote",
    label: "佐证材料",
    kind: "longText",
    required: true,
    maxLength: 2000,
    help: "评分所依据的材料：文件名称、文号、会议纪要、网址等",
  },
  { name: "evidence", label: "佐证材料附件", kind: "attachment", multiple: true },
  { name: "scoredOn", label: "评分日期", kind: "date", required: true },
];

export const assessmentObjectionFields: readonly FieldDeclaration[] = [
  ...itemFields,
  { name: "originalPoints", label: "原得分", kind: "money", required: true, min: 0 },
  { name: "reason", label: "异议理由", kind: "longText", required: true, maxLength: 2000 },
  { name: "evidence", label: "异议佐证材料", kind: "attachment", multiple: true },
  { name: "submittedOn", label: "提出日期", kind: "date", required: true },
  {
    name: "adjustedPoints",
    label: "调整后得分",
    kind: "money",
    min: 0,
    isSetByAction: true,
  },
  {
    name: "resolution",
    label: "处理意见",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
  },
  { name: "resolvedOn", label: "处理日期", kind: "date", isSetByAction: true },
];
