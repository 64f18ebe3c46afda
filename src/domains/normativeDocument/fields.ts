// Fields of a normative document (行政规范性文件) over its whole life: the draft and its drafting
// unit, the public comment, the collective discussion, registration under 三统一 (统一登记、统一编号、
// 统一印发), publication and filing with the level above (报送备案), periodic cleanup (清理), and its
// end by amendment, repeal or expiry of its validity period.
import type { FieldDeclaration } from "../../kernel/fields.js";

export const ISSUING_BODIES = [
  { value: "government", label: "市人民政府" },
  { value: "governmentOffice", label: "市人民政府办公室" },
  { value: "department", label: "政府工作部门" },
] as const;

export const COMMENT_MODES = [
  { value: "public", label: "公开征求意见" },
  { value: "exempt", label: "依法不公开征求意见" },
] as const;

export const DISCUSSION_RESULTS = [
  { value: "approved", label: "审议通过" },
  { value: "approvedWithChanges", label: "原则通过，修改后印发" },
] as const;

/** The register's 文件状态, shown beside the published text on the portal. */
export const DOCUMENT_STATUSES = [
  { value: "valid", label: "有效" },
  { value: "amended", label: "已修改（修改后有效）" },
  { value: "repealed", label: "已废止" },
  { value: "expired", label: "已失效" },
] as const;

export const CLEANUP_RESULTS = [
  { value: "keep", label: "继续有效" },
  { value: "amend", label: "拟修改" },
  { value: "repeal", label: "拟废止" },
] as const;

const byAction = (field: FieldDeclaration): FieldDeclaration => ({ ...field, isSetByAction: true });

export const normativeDocumentFields: readonly FieldDeclaration[] = [
  {
    name: "title",
    label: "文件名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "draftingOrg",
    label: "起草单位",
    kind: "org",
    required: true,
  },
  {
    name: "supervisingOrg",
    label: "合法性审核及备案监督机构",
    kind: "org",
    required: true,
    help: "司法行政部门，负责合法性审核、备案审查和清理的组织工作",
  },
  {
    name: "issuingBody",
    label: "制定机关",
    kind: "choice",
    required: true,
    options: ISSUING_BODIES,
  },
  { name: "draftedOn", label: "立项日期", kind: "date", required: true },
  {
    name: "isInterim",
    label: "暂行或试行文件",
    kind: "boolean",
    help: "名称冠以“暂行”“试行”的，有效期为2年（按本省规定配置）",
  },
  {
    name: "isBusinessRelated",
    label: "涉及市场主体生产经营活动",
    kind: "boolean",
    help: "涉企文件公开征求意见一般不少于30日，并进行公平竞争审查",
  },
  {
    name: "basis",
    label: "制定依据（上位法依据）",
    kind: "longText",
    required: true,
    maxLength: 2000,
    searchable: true,
  },
  { name: "summary", label: "主要内容", kind: "longText", maxLength: 4000, searchable: true },
  { name: "draftText", label: "文件草案及起草说明", kind: "attachment", multiple: true },
  {
    name: "commentMode",
    label: "公开征求意见",
    kind: "choice",
    required: true,
    options: COMMENT_MODES,
    help: "依法不公开征求意见的（如涉及国家秘密），请说明理由",
  },
  {
    name: "commentExemptReason",
    label: "不公开征求意见的理由",
    kind: "longText",
    maxLength: 1000,
    required: true,
    when: { field: "commentMode", in: ["exempt"] },
  },
  byAction({ name: "commentStartOn", label: "征求意见开始日期", kind: "date" }),
  byAction({ name: "commentEndOn", label: "征求意见截止日期", kind: "date" }),
  byAction({
    name: "commentShortenedReason",
    label: "缩短征求意见期限的理由",
    kind: "longText",
    maxLength: 1000,
  }),
  byAction({ name: "commentsReceived", label: "收到意见（条）", kind: "integer", min: 0 }),
  byAction({ name: "commentsAdopted", label: "采纳意见（条）", kind: "integer", min: 0 }),
  byAction({ name: "reviewRequestedOn", label: "送请合法性审核日期", kind: "date" }),
  byAction({ name: "discussedOn", label: "集体审议日期", kind: "date" }),
  byAction({
    name: "discussionSession",
    label: "审议会议",
    kind: "text",
    maxLength: 100,
    help: "如：2023年第5次市政府常务会议",
  }),
  byAction({
    name: "discussionResult",
    label: "审议结果",
    kind: "choice",
    options: DISCUSSION_RESULTS,
  }),
  byAction({ name: "registeredOn", label: "登记日期", kind: "date" }),
  // 三统一: written by the register action as the next number of the year's series.
  byAction({
    name: "registrationNumber",
    label: "统一登记编号",
    kind: "text",
    maxLength: 40,
    unique: true,
    searchable: true,
    help: "登记时按年度自动编号，如：侯规〔2023〕3号",
  }),
  byAction({
    name: "issuingNumber",
    label: "发文字号",
    kind: "text",
    maxLength: 40,
    unique: true,
    searchable: true,
    help: "如：侯政发〔2023〕5号",
  }),
  byAction({ name: "publishedOn", label: "公布日期", kind: "date" }),
  byAction({ name: "effectiveOn", label: "施行日期", kind: "date" }),
  byAction({
    name: "status",
    label: "文件状态",
    kind: "choice",
    options: DOCUMENT_STATUSES,
  }),
  byAction({ name: "filedOn", label: "报送备案日期", kind: "date" }),
  byAction({
    name: "filedTo",
    label: "备案机关",
    kind: "text",
    maxLength: 100,
    help: "如：临汾市人民政府",
  }),
  byAction({ name: "filingNumber", label: "备案登记号", kind: "text", maxLength: 60 }),
  byAction({
    name: "filedLate",
    label: "逾期报送备案",
    kind: "boolean",
    help: "超过报送备案期限的，应说明原因",
  }),
  byAction({
    name: "lateReason",
    label: "逾期原因",
    kind: "longText",
    maxLength: 1000,
    when: { field: "filedLate", in: [true] },
  }),
  byAction({
    name: "cleanups",
    label: "清理记录",
    kind: "table",
    maxRows: 40,
    columns: [
      { name: "cleanedOn", label: "清理日期", kind: "date", required: true },
      {
        name: "batch",
        label: "清理批次",
        kind: "text",
        required: true,
        maxLength: 100,
        help: "如：2023年营商环境领域规范性文件清理",
      },
      {
        name: "result",
        label: "清理结果",
        kind: "choice",
        required: true,
        options: CLEANUP_RESULTS,
      },
      { name: "note", label: "说明", kind: "text", maxLength: 500 },
    ],
  }),
  byAction({ name: "amendedOn", label: "修改日期", kind: "date" }),
  byAction({ name: "amendmentNumber", label: "修改决定文号", kind: "text", maxLength: 40 }),
  byAction({
    name: "amendmentSummary",
    label: "修改内容",
    kind: "longText",
    maxLength: 2000,
  }),
  byAction({ name: "repealedOn", label: "废止日期", kind: "date" }),
  byAction({ name: "repealNumber", label: "废止决定文号", kind: "text", maxLength: 40 }),
  byAction({ name: "repealReason", label: "废止理由", kind: "longText", maxLength: 2000 }),
  byAction({ name: "expiredOn", label: "失效日期", kind: "date" }),
  byAction({ name: "abandonedOn", label: "终止制定日期", kind: "date" }),
  byAction({
    name: "abandonReason",
    label: "终止制定理由",
    kind: "longText",
    maxLength: 2000,
  }),
];
