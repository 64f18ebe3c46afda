// A normative document as states (国办发〔2018〕37号; 山西省行政规范性文件制定与监督管理办法):
// drafted, put out for public comment, sent for legality review, decided by collective discussion,
// registered and numbered, issued and published (then filed with the level above and cleaned up
// periodically), and ended by repeal or by the lapse of its validity period; an amendment keeps it
// in force. A draft may be abandoned.
import { deadlineFor, parseIsoDate } from "../../calendar/index.js";
import type {
  ActionDeclaration,
  ChecklistItem,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import { firstOf, notBefore, type Check } from "../../kernel/action-checks.js";
import { PASSING_CONCLUSIONS } from "../legalityReview/fields.js";

const drafters = ["clerk", "reviewer", "head", "lawOffice"] as const;
/** States in which the document is in force: filing, cleanup, amendment, repeal and expiry. */
const IN_FORCE = ["effective", "amended"];

const commentChoice = {
  among: ["normativeDocument.publicComment", "normativeDocument.publicCommentBusiness"],
  choose: (values: RecordValues) =>
    values.isBusinessRelated === true
      ? "normativeDocument.publicCommentBusiness"
      : "normativeDocument.publicComment",
};

/** 37号: 评估论证 → 公开征求意见 → 合法性审核 → 集体审议决定; the last two are not to be skipped. */
const discussionChecklist: readonly ChecklistItem[] = [
  {
    id: "publicComment",
    label: "公开征求意见（一般不少于7个工作日，涉企文件不少于30日）",
    basis: "国办发〔2018〕37号；法治政府建设示范指标第24项",
    when: { field: "commentMode", in: ["public"] },
    requires: {
      kind: "minimumPeriod",
      rule: commentChoice,
      startField: "commentStartOn",
      endField: "commentEndOn",
      shortenedReasonField: "commentShortenedReason",
    },
    message: "公开征求意见期限不足，或尚未征求意见；缩短期限的应说明理由",
  },
  {
    id: "legalityReview",
    label: "经司法行政部门合法性审核且审核通过",
    basis: "国办发〔2018〕115号",
    requires: {
      kind: "linked",
      type: "legalityReview",
      field: "subject",
      states: ["concluded"],
      where: { field: "conclusion", in: [...PASSING_CONCLUSIONS] },
    },
    message: "未经合法性审核或者经审核不合法的，不得提交集体审议",
  },
];

/** Cleanup rows are appended: earlier rows stay as they were, and one row at least is added. */
const CLEANUP_COLUMNS = ["cleanedOn", "batch", "result", "note"] as const;
const cleanupAppended: Check = (after, before) => {
  const rows = (value: unknown) =>
    (Array.isArray(value) ? (value as Record<string, unknown>[]) : []).map((row) =>
      JSON.stringify(CLEANUP_COLUMNS.map((column) => row[column] ?? null)),
    );
  const [was, now] = [rows(before.cleanups), rows(after.cleanups)];
  const kept = was.every((row, i) => row === now[i]);
  if (kept && now.length > was.length) return null;
  return {
    field: "cleanups",
    code: "cleanups.append",
    message: kept ? "请增加本次清理的记录" : "以往的清理记录不能修改或删除",
  };
};

/**
 * 逾期报送备案 must be said when the filing comes after the statutory period (default table; a
 * deployment with a shorter local period may mark an earlier filing late), with the reason.
 */
const lateFilingSaid: Check = (after) => {
  const [published, filed] = [after.publishedOn, after.filedOn];
  if (typeof published !== "string" || typeof filed !== "string") return null;
  const start = parseIsoDate(published);
  const due = start ? deadlineFor({ ruleId: "normativeDocument.filing", start }) : null;
  if (due?.ok && filed > due.value.due && after.filedLate !== true)
    return {
      field: "filedLate",
      code: "filing.late",
      message: `报送备案期限已于${due.value.due}届满，请勾选逾期报送备案并说明原因`,
    };
  if (after.filedLate === true && (typeof after.lateReason !== "string" || after.lateReason === ""))
    return { field: "lateReason", code: "field.required", message: "逾期报送备案的，请说明原因" };
  return null;
};

/**
 * A document is issued in force. The status is asked for (not fixed by `sets`) because the later
 * actions change it: a record read back from its values (bulk import) holds the last status, and
 * a fixed value there would hide that the document was ever issued. Once amended, repealed or
 * expired, the status is theirs.
 */
const issuedInForce: Check = (after) => {
  const ended = ["amendedOn", "repealedOn", "expiredOn"].some(
    (field) => typeof after[field] === "string",
  );
  return ended || after.status === "valid"
    ? null
    : { field: "status", code: "status.issue", message: "印发公布的文件，文件状态应为“有效”" };
};

const onceOnly =
  (field: string, message: string): Check =>
  (_after, before) =>
    before[field] === null || before[field] === undefined
      ? null
      : { field, code: "step.done", message };

const step = (
  action: Omit<ActionDeclaration, "roles"> & Partial<ActionDeclaration>,
): ActionDeclaration => ({
  roles: drafters,
  ...(action.fields ? { requires: action.fields } : {}),
  ...action,
});

const actions: readonly ActionDeclaration[] = [
  step({
    id: "openComment",
    label: "公开征求意见",
    from: ["drafting"],
    to: "inComment",
    fields: ["commentStartOn"],
    dateField: "commentStartOn",
    check: (after) =>
      after.commentMode === "public"
        ? null
        : { field: "commentMode", code: "comment.exempt", message: "本文件已确定不公开征求意见" },
  }),
  step({
    id: "closeComment",
    label: "结束征求意见",
    from: ["inComment"],
    to: "drafting",
    fields: ["commentEndOn", "commentsReceived", "commentsAdopted", "commentShortenedReason"],
    requires: ["commentEndOn", "commentsReceived", "commentsAdopted"],
    dateField: "commentEndOn",
    check: firstOf(
      notBefore("commentEndOn", "commentStartOn", "截止日期不能早于开始日期"),
      (after) =>
        Number(after.commentsAdopted) > Number(after.commentsReceived)
          ? {
              field: "commentsAdopted",
              code: "comments.count",
              message: "采纳意见数不能多于收到意见数",
            }
          : null,
    ),
  }),
  step({
    id: "submitForReview",
    label: "送请合法性审核",
    from: ["drafting"],
    to: "reviewing",
    fields: ["reviewRequestedOn"],
    dateField: "reviewRequestedOn",
  }),
  step({
    id: "reviseDraft",
    label: "按审核意见修改草案",
    from: ["reviewing"],
    to: "drafting",
  }),
  step({
    id: "discuss",
    label: "登记集体审议",
    from: ["reviewing"],
    to: "discussed",
    fields: ["discussedOn", "discussionSession", "discussionResult"],
    dateField: "discussedOn",
    checklist: discussionChecklist,
    tone: "primary",
  }),
  step({
    id: "register",
    label: "统一登记编号",
    from: ["discussed"],
    to: "registered",
    fields: ["registeredOn", "issuingNumber"],
    dateField: "registeredOn",
    assignsNumber: { field: "registrationNumber", prefix: "侯规", dateField: "registeredOn" },
    check: notBefore("registeredOn", "discussedOn", "登记日期不能早于集体审议日期"),
    tone: "primary",
  }),
  step({
    id: "issue",
    label: "印发公布",
    from: ["registered"],
    to: "effective",
    fields: ["publishedOn", "effectiveOn", "status"],
    dateField: "publishedOn",
    check: firstOf(
      notBefore("publishedOn", "registeredOn", "公布日期不能早于登记日期"),
      notBefore("effectiveOn", "publishedOn", "施行日期不能早于公布日期"),
      issuedInForce,
    ),
    tone: "primary",
  }),
  step({
    id: "file",
    label: "报送备案",
    from: IN_FORCE,
    fields: ["filedOn", "filedTo", "filingNumber", "filedLate", "lateReason"],
    requires: ["filedOn", "filedTo"],
    dateField: "filedOn",
    check: firstOf(
      onceOnly("filedOn", "本文件已报送备案"),
      notBefore("filedOn", "publishedOn", "报送备案日期不能早于公布日期"),
      lateFilingSaid,
    ),
  }),
  step({
    id: "recordCleanup",
    label: "登记清理结果",
    from: IN_FORCE,
    fields: ["cleanups"],
    check: cleanupAppended,
  }),
  step({
    id: "amend",
    label: "登记修改",
    from: IN_FORCE,
    to: "amended",
    fields: ["amendedOn", "amendmentNumber", "amendmentSummary"],
    dateField: "amendedOn",
    sets: { status: "amended" },
    check: notBefore("amendedOn", "publishedOn", "修改日期不能早于公布日期"),
  }),
  step({
    id: "repeal",
    label: "登记废止",
    from: IN_FORCE,
    to: "repealed",
    fields: ["repealedOn", "repealNumber", "repealReason"],
    requires: ["repealedOn", "repealNumber"],
    dateField: "repealedOn",
    sets: { status: "repealed" },
    check: notBefore("repealedOn", "publishedOn", "废止日期不能早于公布日期"),
    confirm: "废止后文件不再作为行政管理的依据，门户网站同步标注“已废止”。确认登记废止？",
    tone: "danger",
  }),
  // Taken by the system when the validity clock lapses (no one needs to remember the date).
  step({
    id: "expire",
    label: "有效期届满失效",
    from: IN_FORCE,
    to: "expired",
    roles: ["lawOffice"],
    fields: ["expiredOn"],
    dateField: "expiredOn",
    sets: { status: "expired" },
  }),
  step({
    id: "abandon",
    label: "终止制定",
    from: ["drafting", "inComment", "reviewing"],
    to: "abandoned",
    fields: ["abandonedOn", "abandonReason"],
    dateField: "abandonedOn",
    tone: "danger",
  }),
];

export const normativeDocumentWorkflow: WorkflowDeclaration = {
  initial: "drafting",
  states: [
    { id: "drafting", label: "起草中", tone: "processing" },
    { id: "inComment", label: "征求意见中", tone: "processing" },
    { id: "reviewing", label: "合法性审核中", tone: "processing" },
    { id: "discussed", label: "已集体审议", tone: "processing" },
    { id: "registered", label: "已登记编号", tone: "warning" },
    { id: "effective", label: "有效", tone: "success" },
    { id: "amended", label: "已修改（有效）", tone: "success" },
    { id: "repealed", label: "已废止", isFinal: true, tone: "default" },
    { id: "expired", label: "已失效", isFinal: true, tone: "default" },
    { id: "abandoned", label: "已终止制定", isFinal: true, tone: "default" },
  ],
  actions,
};
