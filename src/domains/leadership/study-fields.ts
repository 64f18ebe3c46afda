// Fields of the study session (理论学习中心组学习): which body studied, when, on what, who led it
// and who attended. The report counts the sessions of the 市委理论学习中心组 and of the 市政府党组
// (and of those the 法治专题 ones); the study groups of departments and townships are kept too but
// counted by neither.
import type { FieldDeclaration } from "../../kernel/fields.js";

export const STUDY_BODIES = [
  { value: "partyCommittee", label: "市委理论学习中心组" },
  { value: "governmentPartyGroup", label: "市政府党组" },
  { value: "unitGroup", label: "部门、乡（街道）党委（党组）理论学习中心组" },
] as const;

export const ATTENDANCE = [
  { value: "present", label: "出席" },
  { value: "leave", label: "请假" },
  { value: "absent", label: "缺席" },
] as const;

export const studySessionFields: readonly FieldDeclaration[] = [
  {
    name: "org",
    label: "单位",
    kind: "org",
    required: true,
    help: "市委、市政府的学习记在市本级；部门、乡（街道）的记在本单位",
  },
  { name: "body", label: "学习主体", kind: "choice", required: true, options: STUDY_BODIES },
  { name: "sessionDate", label: "学习日期", kind: "date", required: true },
  {
    name: "theme",
    label: "学习主题",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "isLawTopic",
    label: "法治专题",
    kind: "boolean",
    help: "以习近平法治思想、宪法法律法规等为主题的专题学习",
  },
  {
    name: "speaker",
    label: "主讲（领学）人",
    kind: "text",
    maxLength: 100,
    searchable: true,
    help: "姓名及职务，如：市委书记 陈某某；邀请专家的写明单位",
  },
  { name: "place", label: "学习地点", kind: "text", maxLength: 100 },
  { name: "summary", label: "学习内容及研讨情况", kind: "longText", maxLength: 4000 },
  {
    name: "attendees",
    label: "参学人员",
    kind: "table",
    required: true,
    minRows: 1,
    maxRows: 80,
    columns: [
      { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50 },
      { name: "post", label: "职务", kind: "text", required: true, maxLength: 100 },
      {
        name: "attendance",
        label: "出席情况",
        kind: "choice",
        required: true,
        options: ATTENDANCE,
      },
      {
        name: "absenceReason",
        label: "请假（缺席）原因",
        kind: "text",
        required: true,
        maxLength: 200,
        when: { field: "attendance", in: ["leave", "absent"] },
      },
    ],
  },
  {
    name: "materials",
    label: "学习材料",
    kind: "attachment",
    multiple: true,
    help: "学习篇目、讲稿、研讨发言材料、签到表",
  },
];
