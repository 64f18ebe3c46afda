// Fields of the cases the 行政审批服务管理局 handles for construction projects: who applied, for
// what, when it came in, when it was accepted and promised, and how it ended. The fields every
// such case has; each type adds its own (the departments at a joint acceptance, the utility).
import type { ChoiceOption, FieldDeclaration } from "../../kernel/fields.js";

const byAction = (field: FieldDeclaration): FieldDeclaration => ({ ...field, isSetByAction: true });

export const UTILITY_SERVICES: readonly ChoiceOption[] = [
  { value: "water", label: "供水" },
  { value: "power", label: "供电" },
  { value: "gas", label: "供气" },
  { value: "heating", label: "供热" },
  { value: "telecom", label: "通信" },
];

const head: readonly FieldDeclaration[] = [
  {
    name: "handlingOrg",
    label: "办理单位",
    kind: "org",
    required: true,
    help: "行政审批服务管理局",
  },
  {
    name: "applicant",
    label: "申请单位",
    kind: "text",
    required: true,
    maxLength: 100,
    searchable: true,
  },
  { name: "applicantCreditCode", label: "统一社会信用代码", kind: "creditCode" },
  { name: "contactName", label: "联系人", kind: "text", maxLength: 40 },
  { name: "contactPhone", label: "联系电话", kind: "phone" },
  {
    name: "project",
    label: "项目名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "projectCode",
    label: "项目代码",
    kind: "text",
    maxLength: 40,
    searchable: true,
    help: "投资项目在线审批监管平台赋予的项目代码",
  },
  { name: "receivedOn", label: "收件日期", kind: "date", required: true },
];

const tail: readonly FieldDeclaration[] = [
  byAction({ name: "acceptedOn", label: "受理日期", kind: "date" }),
  byAction({
    name: "promisedDays",
    label: "承诺时限（工作日）",
    kind: "integer",
    min: 1,
    max: 120,
    help: "本地公布的承诺时限",
  }),
  byAction({
    name: "dueDate",
    label: "承诺办结日期",
    kind: "date",
    help: "自受理之日起按承诺时限（工作日）计算；整改后重新办理时重新确定",
  }),
  byAction({ name: "refusedOn", label: "不予受理日期", kind: "date" }),
  byAction({ name: "refusalReason", label: "不予受理理由", kind: "longText", maxLength: 1000 }),
  byAction({ name: "returnedOn", label: "退回整改日期", kind: "date" }),
  byAction({ name: "returnReason", label: "整改要求", kind: "longText", maxLength: 1000 }),
  byAction({ name: "resubmittedOn", label: "重新办理日期", kind: "date" }),
  byAction({ name: "completedOn", label: "办结日期", kind: "date" }),
];

export const jointAcceptanceFields: readonly FieldDeclaration[] = [
  ...head,
  {
    name: "constructionSite",
    label: "建设地点",
    kind: "text",
    maxLength: 200,
  },
  {
    name: "departments",
    label: "参加验收部门",
    kind: "longText",
    required: true,
    maxLength: 500,
    help: "住建、自然资源、消防、人防等参加联合验收的部门",
  },
  ...tail,
  byAction({ name: "completionNote", label: "联合验收意见", kind: "longText", maxLength: 2000 }),
];

export const utilityConnectionFields: readonly FieldDeclaration[] = [
  ...head,
  {
    name: "service",
    label: "报装类别",
    kind: "choice",
    required: true,
    options: UTILITY_SERVICES,
  },
  {
    name: "provider",
    label: "供应单位",
    kind: "text",
    required: true,
    maxLength: 100,
    help: "供水、供电、供气、供热或通信企业",
  },
  { name: "address", label: "报装地址", kind: "text", required: true, maxLength: 200 },
  ...tail,
  byAction({ name: "completionNote", label: "办结情况", kind: "longText", maxLength: 2000 }),
];
