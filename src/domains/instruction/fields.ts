// Fields of a leader's written instruction (领导批示): who instructed, on what, when, and whether it
// concerns rule-of-law work, with the original attached.
import type { FieldDeclaration } from "../../kernel/fields.js";

/** 党政主要负责人 are the party secretary and the mayor; other city leaders instruct too. */
export const LEADER_ROLES = [
  { value: "partySecretary", label: "市委书记" },
  { value: "mayor", label: "市长" },
  { value: "otherLeader", label: "其他市领导" },
] as const;

export const instructionFields: readonly FieldDeclaration[] = [
  {
    name: "leaderRole",
    label: "批示领导职务",
    kind: "choice",
    required: true,
    options: LEADER_ROLES,
  },
  { name: "leaderName", label: "批示领导", kind: "text", required: true, maxLength: 40 },
  { name: "instructedOn", label: "批示日期", kind: "date", required: true },
  {
    name: "subject",
    label: "批示事项",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
    help: "所批示的文件、报告或事项名称",
  },
  {
    name: "subjectRecord",
    label: "所批示的记录",
    kind: "record",
    help: "批示针对平台中的某一记录（如某件行政复议案件）时，选择该记录",
  },
  {
    name: "instructionText",
    label: "批示内容",
    kind: "longText",
    required: true,
    maxLength: 2000,
    searchable: true,
  },
  {
    name: "isRuleOfLaw",
    label: "是否涉及法治工作",
    kind: "boolean",
    required: true,
    help: "对法治建设、依法行政工作作出的批示计入年度报告“党政主要负责人批示”",
  },
  {
    name: "registeringOrg",
    label: "登记单位",
    kind: "org",
    required: true,
    help: "负责登记、交办和跟踪批示落实的单位（依法治市办或政府办公室）",
  },
  { name: "original", label: "批示原件", kind: "attachment", multiple: true },
  { name: "closedOn", label: "办结日期", kind: "date", isSetByAction: true },
  {
    name: "closingNote",
    label: "落实情况",
    kind: "longText",
    maxLength: 2000,
    isSetByAction: true,
  },
];
