// Fields of the legal consultation log (免费法律咨询登记) and of the yearly consultation target
// (法律咨询年度目标): one quick form per visit, call or online question, counted in 人次.
import type { FieldDeclaration } from "../../kernel/fields.js";

export const PLACES = [
  { value: "hall", label: "公共法律服务大厅" },
  { value: "justiceOffice", label: "司法所" },
  { value: "hotline", label: "12348热线" },
  { value: "online", label: "网络平台" },
  { value: "other", label: "其他" },
] as const;

export const TOPICS = [
  { value: "marriage", label: "婚姻家庭" },
  { value: "labour", label: "劳动争议" },
  { value: "loan", label: "借贷纠纷" },
  { value: "landContract", label: "土地承包" },
  { value: "traffic", label: "交通事故" },
  { value: "housing", label: "房屋买卖租赁" },
  { value: "tort", label: "侵权赔偿" },
  { value: "criminal", label: "刑事" },
  { value: "administrative", label: "行政" },
  { value: "other", label: "其他" },
] as const;

/** Staff who log consultations see the visitor's phone; leaders and auditors see it masked. */
const staff = ["clerk", "reviewer", "head"] as const;

export const consultationFields: readonly FieldDeclaration[] = [
  { name: "consultationDate", label: "咨询日期", kind: "date", required: true },
  {
    name: "serviceOrg",
    label: "接待单位",
    kind: "org",
    required: true,
    help: "提供咨询的公共法律服务中心、法律援助中心或司法所",
  },
  { name: "supervisingOrg", label: "主管司法行政机关", kind: "org" },
  { name: "place", label: "咨询场所", kind: "choice", required: true, options: PLACES },
  { name: "topic", label: "咨询事项", kind: "choice", required: true, options: TOPICS },
  {
    name: "summary",
    label: "咨询内容及解答",
    kind: "longText",
    maxLength: 2000,
    searchable: true,
  },
  {
    name: "people",
    label: "咨询人次",
    kind: "integer",
    required: true,
    min: 1,
    max: 1000,
    help: "本次接待的人数；集中咨询活动填现场接受咨询的总人次",
  },
  {
    name: "handledBy",
    label: "解答人员",
    kind: "text",
    required: true,
    maxLength: 50,
    searchable: true,
    help: "值班律师、法律服务工作者或工作人员姓名",
  },
  { name: "visitorPhone", label: "咨询人电话", kind: "phone", unmaskedFor: staff },
];

export const consultationTargetFields: readonly FieldDeclaration[] = [
  { name: "org", label: "单位", kind: "org", required: true },
  { name: "year", label: "年度", kind: "integer", required: true, min: 2000, max: 2100 },
  {
    name: "targetPeople",
    label: "年度咨询目标（人次）",
    kind: "integer",
    required: true,
    min: 1,
    max: 1_000_000,
  },
  { name: "setOn", label: "下达日期", kind: "date", required: true },
  { name: "note", label: "说明", kind: "longText", maxLength: 2000 },
];
