// The legal aid procedure of 法律援助法 (2021) as states and actions: examination (第43条),
// provisional aid before the paperwork (第44条), notified defence (第36条), termination (第48条).
import type {
  ActionCheckError,
  ActionDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import { DEFENCE_RESULTS } from "./fields.js";

/** Staff of the legal aid centre; lawOffice (scope all) may stand in for them. */
const caseworkers = ["clerk", "reviewer", "lawOffice"] as const;
/** Decisions on aid: the reviewer or the head of the centre. */
const deciders = ["reviewer", "head", "lawOffice"] as const;

const isNotice = (values: RecordValues): boolean => values.source !== "application";

/** Applications are examined; notices of a case-handling organ are designated without one. */
const applicationOnly =
  (field: string) =>
  (after: RecordValues): ActionCheckError | null =>
    isNotice(after)
      ? {
          field,
          code: "legalAid.noticeNotExamined",
          message: "通知辩护案件无需审查，应登记通知后指派律师（第36条）",
        }
      : null;

/** Criminal defence is for lawyers (刑事诉讼法 第35条). */
const lawyerForDefence = (after: RecordValues): ActionCheckError | null =>
  after.caseCategory === "criminalDefence" && after.assigneeKind === "grassrootsWorker"
    ? {
        field: "assigneeKind",
        code: "legalAid.defenceNeedsLawyer",
        message: "刑事辩护案件应当指派律师承办（刑事诉讼法第35条）",
      }
    : null;

/** A result that fits the case: defence results for criminal defence only; termination has its own action. */
function closingCheck(after: RecordValues): ActionCheckError | null {
  const error = (code: string, message: string) => ({ field: "closingResult", code, message });
  if (after.providedFirst === true && after.examinationCompleted !== true)
    return error(
      "legalAid.examinationPending",
      "先行提供法律援助的案件，结案前应补充审查（第44条）",
    );
  if (after.closingResult === "terminated")
    return error("legalAid.useTerminate", "终止法律援助请使用“终止法律援助”操作并说明理由");
  const isDefence = after.caseCategory === "criminalDefence";
  if (isDefence === DEFENCE_RESULTS.includes(String(after.closingResult))) return null;
  return isDefence
    ? error("legalAid.resultCategory", "刑事辩护案件应选择辩护结果")
    : error("legalAid.resultCategory", "辩护结果只适用于刑事辩护案件");
}

const assignee = ["designatedDate", "assigneeKind", "assigneeName", "assigneeFirm", "assigneeUser"];
const assigneeRequired = ["designatedDate", "assigneeKind", "assigneeName"];

const actions: readonly ActionDeclaration[] = [
  {
    id: "requestMaterials",
    label: "一次性告知补充材料",
    from: ["received"],
    to: "awaitingMaterials",
    roles: caseworkers,
    fields: ["materialsNoticeDate", "materialsItems"],
    requires: ["materialsNoticeDate", "materialsItems"],
    dateField: "materialsNoticeDate",
    check: applicationOnly("materialsItems"),
  },
  {
    id: "receiveMaterials",
    label: "收到补充材料",
    from: ["awaitingMaterials"],
    to: "received",
    roles: caseworkers,
    fields: ["materialsReceivedDate"],
    requires: ["materialsReceivedDate"],
    dateField: "materialsReceivedDate",
  },
  {
    id: "treatAsWithdrawn",
    label: "视为撤回申请",
    from: ["awaitingMaterials"],
    to: "withdrawn",
    roles: caseworkers,
    fields: ["closedDate"],
    requires: ["closedDate"],
    dateField: "closedDate",
    confirm: "申请人未按要求补充材料，视为撤回申请（第43条第2款）。确认？",
  },
  {
    id: "grant",
    label: "决定给予法律援助",
    from: ["received"],
    to: "granted",
    roles: deciders,
    fields: ["grantDate"],
    requires: ["grantDate"],
    dateField: "grantDate",
    check: applicationOnly("grantDate"),
    tone: "primary",
  },
  {
    id: "refuse",
    label: "决定不予法律援助",
    from: ["received"],
    to: "refused",
    roles: deciders,
    fields: ["refusalDate", "refusalReason"],
    requires: ["refusalDate", "refusalReason"],
    dateField: "refusalDate",
    check: applicationOnly("refusalReason"),
    confirm: "不予法律援助应书面告知申请人并说明理由（第43条第1款）。确认？",
    tone: "danger",
  },
  {
    id: "acceptNotice",
    label: "登记通知辩护",
    from: ["received"],
    to: "granted",
    roles: caseworkers,
    // The designation period runs from receipt of the notice (第36条).
    dateField: "receivedDate",
    check: (after) =>
      isNotice(after)
        ? null
        : { field: "source", code: "legalAid.notANotice", message: "本案为当事人申请，应当审查" },
  },
  {
    id: "provideFirst",
    label: "先行提供法律援助",
    from: ["received", "awaitingMaterials"],
    to: "designated",
    roles: deciders,
    fields: ["urgencyReason", ...assignee],
    requires: ["urgencyReason", ...assigneeRequired],
    dateField: "designatedDate",
    sets: { providedFirst: true },
    check: (after) => applicationOnly("urgencyReason")(after) ?? lawyerForDefence(after),
    confirm: "临近法定时效或期限届满等紧急情形，先行提供法律援助，材料事后补交（第44条）。确认？",
  },
  {
    id: "designate",
    label: "指派承办人员",
    from: ["granted"],
    to: "designated",
    roles: caseworkers,
    fields: assignee,
    requires: assigneeRequired,
    dateField: "designatedDate",
    check: lawyerForDefence,
    tone: "primary",
  },
  {
    id: "completeExamination",
    label: "补充审查",
    from: ["designated", "handling"],
    roles: deciders,
    fields: ["grantDate"],
    requires: ["grantDate"],
    dateField: "grantDate",
    sets: { examinationCompleted: true },
    check: (_after, before) =>
      before.providedFirst === true && before.examinationCompleted !== true
        ? null
        : {
            field: "grantDate",
            code: "legalAid.notProvisional",
            message: "只有先行提供法律援助且尚未审查的案件需要补充审查",
          },
  },
  {
    id: "startHandling",
    label: "开始承办",
    from: ["designated"],
    to: "handling",
    roles: caseworkers,
    fields: ["handlingStartDate"],
    requires: ["handlingStartDate"],
    dateField: "handlingStartDate",
  },
  {
    id: "close",
    label: "结案",
    from: ["handling"],
    to: "closed",
    roles: caseworkers,
    fields: ["closingResult", "closingSummary", "closedDate"],
    requires: ["closingResult", "closedDate"],
    dateField: "closedDate",
    check: closingCheck,
    tone: "primary",
  },
  {
    id: "terminate",
    label: "终止法律援助",
    from: ["designated", "handling"],
    to: "closed",
    roles: deciders,
    fields: ["terminationReason", "closedDate"],
    requires: ["terminationReason", "closedDate"],
    dateField: "closedDate",
    sets: { closingResult: "terminated" },
    confirm: "有第48条规定情形的，终止法律援助。确认？",
    tone: "danger",
  },
];

export const legalAidWorkflow: WorkflowDeclaration = {
  initial: "received",
  states: [
    { id: "received", label: "待审查", tone: "processing" },
    { id: "awaitingMaterials", label: "待补充材料", tone: "warning" },
    { id: "granted", label: "待指派", tone: "processing" },
    { id: "designated", label: "已指派", tone: "processing" },
    { id: "handling", label: "承办中", tone: "processing" },
    { id: "closed", label: "已结案", isFinal: true, tone: "success" },
    { id: "refused", label: "不予援助", isFinal: true, tone: "default" },
    { id: "withdrawn", label: "视为撤回", isFinal: true, tone: "default" },
  ],
  actions,
};
