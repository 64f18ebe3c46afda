// Fields of a follow-up (督办事项): what it pushes (the instruction, or any record), who assigned it
// to whom, by when, and what the assignee reported, completed and was told.
import type { FieldDeclaration } from "../../kernel/fields.js";

export const ESCALATION_LEVELS = [
  { value: "deputyLeader", label: "分管领导督办" },
  { value: "principalLeader", label: "主要领导督办" },
  { value: "circular", label: "通报督办" },
] as const;

const byAction = (field: FieldDeclaration): FieldDeclaration => ({ ...field, isSetByAction: true });

export const followUpFields: readonly FieldDeclaration[] = [
  {
    name: "source",
    label: "督办来源",
    kind: "record",
    required: true,
    startLabel: "发起督办",
    help: "督办所落实的领导批示，或所催办的记录（如逾期未办结的案件）",
  },
  {
    name: "task",
    label: "督办任务",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  { name: "requirement", label: "办理要求", kind: "longText", maxLength: 2000 },
  {
    name: "assignedOrg",
    label: "承办单位",
    kind: "org",
    required: true,
    help: "负责落实并报告进展、办结情况的单位",
  },
  {
    name: "assigningOrg",
    label: "交办单位",
    kind: "org",
    required: true,
    help: "依法治市办或政府办公室",
  },
  { name: "assignedOn", label: "交办日期", kind: "date", required: true },
  {
    name: "dueDate",
    label: "督办期限",
    kind: "date",
    required: true,
    help: "由交办单位确定；升级督办或退回重办时可重新确定",
  },
  byAction({ name: "progressOn", label: "进展报告日期", kind: "date" }),
  byAction({ name: "progressText", label: "进展情况", kind: "longText", maxLength: 2000 }),
  byAction({ name: "completedOn", label: "办结报告日期", kind: "date" }),
  byAction({ name: "completionText", label: "办结情况", kind: "longText", maxLength: 2000 }),
  {
    name: "evidence",
    label: "办结佐证材料",
    kind: "attachment",
    multiple: true,
    help: "报告办结前上传：文件、会议纪要、整改报告、照片等",
  },
  byAction({ name: "acceptedOn", label: "确认办结日期", kind: "date" }),
  byAction({ name: "acceptanceNote", label: "审核意见", kind: "longText", maxLength: 1000 }),
  byAction({ name: "returnedOn", label: "退回日期", kind: "date" }),
  byAction({ name: "returnReason", label: "退回理由", kind: "longText", maxLength: 1000 }),
  byAction({
    name: "escalationLevel",
    label: "督办级别",
    kind: "choice",
    options: ESCALATION_LEVELS,
  }),
  byAction({ name: "escalatedTo", label: "督办领导", kind: "text", maxLength: 40 }),
  byAction({ name: "escalatedOn", label: "升级督办日期", kind: "date" }),
  byAction({ name: "escalationReason", label: "升级督办理由", kind: "longText", maxLength: 1000 }),
  byAction({ name: "cancelledOn", label: "撤销日期", kind: "date" }),
  byAction({ name: "cancelReason", label: "撤销理由", kind: "longText", maxLength: 1000 }),
];
