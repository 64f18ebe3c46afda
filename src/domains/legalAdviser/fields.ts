// Fields of a legal adviser or public lawyer on the city's roster (法律顾问、公职律师名录): the
// person, the organisations served and how the adviser came to serve them, and the work done
// outside fazhi. Matters kept in fazhi (contract reviews, …) link here and are listed on the page.
import type { FieldDeclaration } from "../../kernel/fields.js";
import type { Role } from "../../kernel/roles.js";

export const ADVISER_KINDS = [
  { value: "externalLawyer", label: "政府法律顾问（外聘律师）" },
  { value: "legalScholar", label: "政府法律顾问（法学专家）" },
  { value: "publicLawyer", label: "公职律师" },
] as const;

/** 由市司法局统一调配: townships and departments do not hire their own (the 2023 report, 三). */
export const ARRANGEMENTS = [
  { value: "allocated", label: "市司法局统一调配" },
  { value: "ownEngagement", label: "本单位聘请" },
  { value: "ownStaff", label: "本单位公职律师" },
] as const;

export const MATTER_KINDS = [
  { value: "majorDecision", label: "重大决策" },
  { value: "investment", label: "招商引资" },
  { value: "litigation", label: "行政应诉" },
  { value: "reconsideration", label: "行政复议" },
  { value: "contract", label: "合同审查" },
  { value: "other", label: "其他" },
] as const;

export const LEAVING_REASONS = [
  { value: "termEnded", label: "聘期届满不再续聘" },
  { value: "dismissed", label: "解聘" },
  { value: "resigned", label: "本人辞聘" },
  { value: "transferred", label: "公职律师调离或注销" },
] as const;

/** The justice bureau keeps the roster; leaders and auditors read it. */
export const keepers: readonly Role[] = ["lawOffice", "clerk", "reviewer", "head"];
export const readers: readonly Role[] = [...keepers, "leader", "auditor"];

export const legalAdviserFields: readonly FieldDeclaration[] = [
  { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50, searchable: true },
  { name: "kind", label: "类别", kind: "choice", required: true, options: ADVISER_KINDS },
  {
    name: "employer",
    label: "执业机构或工作单位",
    kind: "text",
    required: true,
    maxLength: 100,
    searchable: true,
    help: "外聘律师填律师事务所，法学专家填高校或研究机构，公职律师填所在机关",
  },
  {
    name: "licenceNumber",
    label: "执业证号或公职律师证号",
    kind: "text",
    required: true,
    unique: true,
    maxLength: 40,
    searchable: true,
    help: "律师执业证或公职律师工作证号码；同一证号只能登记一次。法学专家无执业证的，填聘书编号",
  },
  { name: "phone", label: "联系电话", kind: "phone", unmaskedFor: keepers },
  {
    name: "managingOrg",
    label: "管理单位",
    kind: "org",
    required: true,
    help: "市司法局统一管理法律顾问、公职律师队伍，可查看全部人员",
  },
  { name: "appointedDate", label: "聘任日期", kind: "date", required: true },
  {
    name: "termEndDate",
    label: "聘期届满日期",
    kind: "date",
    required: true,
    help: "续聘时由“续聘”操作改为新的届满日期",
  },
  {
    name: "servedOrgs",
    label: "服务单位",
    kind: "table",
    help: "担任法律顾问或提供法律服务的乡（街道）、部门",
    columns: [
      // A name, not an org field: rows cannot hold org references yet (src/kernel/check-fields.ts).
      { name: "org", label: "单位名称", kind: "text", required: true, maxLength: 100 },
      { name: "fromDate", label: "起始日期", kind: "date", required: true },
      { name: "toDate", label: "截止日期", kind: "date" },
      {
        name: "arrangement",
        label: "服务方式",
        kind: "choice",
        required: true,
        options: ARRANGEMENTS,
      },
    ],
    rowsCheck: (rows) => {
      const index = rows.findIndex(
        (row) =>
          typeof row.toDate === "string" &&
          typeof row.fromDate === "string" &&
          row.toDate < row.fromDate,
      );
      return index < 0
        ? null
        : {
            row: index + 1,
            column: "toDate",
            code: "date.order",
            message: "截止日期不能早于起始日期",
          };
    },
  },
  {
    name: "otherMatters",
    label: "其他承办事项",
    kind: "table",
    help: "未在本平台登记的涉法事务；平台内的合同审查等事项在页面下方自动列出",
    columns: [
      { name: "date", label: "日期", kind: "date", required: true },
      { name: "kind", label: "事项类别", kind: "choice", required: true, options: MATTER_KINDS },
      { name: "description", label: "事项内容", kind: "text", required: true, maxLength: 300 },
    ],
  },
  { name: "renewedDate", label: "续聘日期", kind: "date", isSetByAction: true },
  { name: "leftDate", label: "离任日期", kind: "date", isSetByAction: true },
  {
    name: "leavingReason",
    label: "离任原因",
    kind: "choice",
    options: LEAVING_REASONS,
    isSetByAction: true,
  },
  { name: "leavingNote", label: "离任说明", kind: "longText", isSetByAction: true },
];
