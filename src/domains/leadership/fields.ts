// Fields of the four record types of section (一) of the annual report (坚持政治引领): the leader
// duty list (第一责任人职责清单), the meeting topic (议题), the study session (理论学习中心组学习)
// and the duty report (述法). Option lists are exported for the demo data and the tests.
import type { FieldDeclaration } from "../../kernel/fields.js";

const setByAction = <K extends "date" | "text" | "longText">(
  name: string,
  label: string,
  kind: K,
) => ({ name, label, kind, isSetByAction: true }) as const;

// ---- Leader duty list -------------------------------------------------------------------------

/** Whose duty the list sets out: a party head, a government head, or one person holding both. */
export const HEAD_ROLES = [
  { value: "party", label: "党委（党组）主要负责人" },
  { value: "government", label: "政府（行政）主要负责人" },
  { value: "both", label: "党政主要负责人（一人兼任）" },
] as const;

/**
 * Kinds of duty, after 党政主要负责人履行推进法治建设第一责任人职责规定 第4条 (重要工作亲自部署、
 * 重大问题亲自过问、重点环节亲自协调、重要任务亲自督办) and the usual headings of the lists.
 */
export const DUTY_CATEGORIES = [
  { value: "planning", label: "谋划部署" },
  { value: "resolving", label: "研究解决重大问题" },
  { value: "coordinating", label: "协调推进" },
  { value: "supervising", label: "督促落实" },
  { value: "studying", label: "学法用法" },
  { value: "example", label: "带头示范" },
  { value: "reporting", label: "述法考核" },
] as const;

export const dutyListFields: readonly FieldDeclaration[] = [
  {
    name: "org",
    label: "单位",
    kind: "org",
    required: true,
    help: "制定清单的党委、政府或部门、乡（街道）",
  },
  { name: "year", label: "年度", kind: "integer", required: true, min: 2000, max: 2100 },
  {
    name: "title",
    label: "清单名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  { name: "headRole", label: "负责人类别", kind: "choice", required: true, options: HEAD_ROLES },
  {
    name: "headName",
    label: "主要负责人姓名",
    kind: "text",
    required: true,
    maxLength: 50,
    searchable: true,
  },
  {
    name: "headPost",
    label: "主要负责人职务",
    kind: "text",
    required: true,
    maxLength: 100,
    help: "如：市委书记；党组书记、局长",
  },
  { name: "draftedOn", label: "拟定日期", kind: "date", required: true },
  {
    name: "items",
    label: "职责事项",
    kind: "table",
    required: true,
    minRows: 1,
    maxRows: 60,
    columns: [
      { name: "text", label: "职责内容", kind: "longText", required: true, maxLength: 1000 },
      {
        name: "category",
        label: "类别",
        kind: "choice",
        required: true,
        options: DUTY_CATEGORIES,
      },
      {
        name: "doneBy",
        label: "完成时限",
        kind: "text",
        maxLength: 50,
        help: "如：2023年6月底前；全年",
      },
    ],
  },
  setByAction("issuedOn", "印发日期", "date"),
  setByAction("documentNumber", "印发文号", "text"),
  setByAction("revisionStartedOn", "启动修订日期", "date"),
  setByAction("revisedOn", "修订印发日期", "date"),
  setByAction("revisionNote", "修订说明", "longText"),
  {
    name: "document",
    label: "清单文件",
    kind: "attachment",
    help: "印发的清单正式文本；修订后上传修订版",
  },
];

// ---- Meeting topic ----------------------------------------------------------------------------

/**
 * The meetings of the report's "市委常委会会议、依法治市专题会议、市政府常务会议"; the 市长办公会议 is
 * kept too but its topics are not counted among the major issues resolved.
 */
export const MEETING_KINDS = [
  { value: "standingCommittee", label: "市委常委会会议" },
  { value: "lawCommittee", label: "市委全面依法治市委员会会议" },
  { value: "lawCommitteeTopical", label: "依法治市专题会议" },
  { value: "executiveMeeting", label: "市政府常务会议" },
  { value: "mayorsOffice", label: "市长办公会议" },
] as const;

/** The meetings whose rule-of-law topics count as major issues resolved (section 一). */
export const MAJOR_ISSUE_MEETINGS = [
  "standingCommittee",
  "lawCommittee",
  "lawCommitteeTopical",
  "executiveMeeting",
] as const;

export const meetingTopicFields: readonly FieldDeclaration[] = [
  {
    name: "topic",
    label: "议题名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "meetingKind",
    label: "会议类别",
    kind: "choice",
    required: true,
    options: MEETING_KINDS,
  },
  {
    name: "submittingOrg",
    label: "提请单位",
    kind: "org",
    required: true,
    help: "提请会议研究的部门或乡（街道）",
  },
  { name: "submittedOn", label: "提请日期", kind: "date", required: true },
  {
    name: "isRuleOfLaw",
    label: "法治建设议题",
    kind: "boolean",
    help: "研究法治建设重大问题的议题，计入“研究解决法治建设重大问题”",
  },
  { name: "summary", label: "议题内容", kind: "longText", maxLength: 4000, searchable: true },
  // A link to the legality review record (合法性审核) replaces the opinion number once that record
  // type exists; until then the number is kept as text.
  { name: "legalityReviewed", label: "已经合法性审核", kind: "boolean" },
  {
    name: "legalityOpinionNumber",
    label: "合法性审核意见书编号",
    kind: "text",
    required: true,
    maxLength: 60,
    when: { field: "legalityReviewed", in: [true] },
    help: "如：侯司审〔2023〕12号",
  },
  {
    name: "meetingDate",
    label: "会议日期",
    kind: "date",
    help: "已排定上会的可先填写；研究后以实际会议日期为准",
  },
  { name: "sessionNumber", label: "会议届次", kind: "text", maxLength: 60, help: "如：第45次" },
  setByAction("resolution", "研究结果", "longText"),
  setByAction("deferralReason", "暂缓原因", "longText"),
  setByAction("withdrawnOn", "撤回日期", "date"),
  setByAction("withdrawalReason", "撤回原因", "longText"),
];
