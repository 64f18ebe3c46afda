// The reconsideration procedure of 行政复议法 (2023) as states and actions.
import type { ActionDeclaration, WorkflowDeclaration } from "../../kernel/declaration.js";
import { revocationAction } from "./revocation.js";

const caseworkers = ["clerk", "reviewer", "lawOffice"] as const;
const inReview = ["accepted", "replyRequested", "underReview", "hearing"] as const;

/** An action that closes the case on a date, recording how it ended. */
function closing(input: {
  readonly id: string;
  readonly label: string;
  readonly from: readonly string[];
  readonly mode: string;
  readonly tone?: ActionDeclaration["tone"];
}): ActionDeclaration {
  return {
    id: input.id,
    label: input.label,
    from: input.from,
    to: "closed",
    roles: caseworkers,
    fields: ["closedDate"],
    requires: ["closedDate"],
    dateField: "closedDate",
    sets: { closingMode: input.mode },
    ...(input.tone ? { tone: input.tone } : {}),
  };
}

const actions: readonly ActionDeclaration[] = [
  {
    id: "requestCorrection",
    label: "通知补正",
    from: ["received"],
    to: "correcting",
    roles: caseworkers,
    fields: ["correctionNoticeDate", "correctionItems"],
    requires: ["correctionNoticeDate", "correctionItems"],
    dateField: "correctionNoticeDate",
  },
  {
    id: "submitCorrection",
    label: "收到补正材料",
    from: ["correcting"],
    to: "received",
    roles: caseworkers,
    fields: ["correctionReceivedDate"],
    requires: ["correctionReceivedDate"],
    dateField: "correctionReceivedDate",
  },
  {
    id: "treatAsWithdrawn",
    label: "视为放弃申请",
    from: ["correcting"],
    to: "closed",
    roles: caseworkers,
    fields: ["closedDate"],
    requires: ["closedDate"],
    dateField: "closedDate",
    sets: { closingMode: "withdrawn" },
    confirm: "申请人无正当理由逾期不补正，视为放弃行政复议申请（第31条第2款）。确认？",
  },
  {
    id: "accept",
    label: "受理",
    from: ["received"],
    to: "accepted",
    roles: caseworkers,
    fields: ["acceptedDate", "procedure"],
    requires: ["acceptedDate", "procedure"],
    dateField: "acceptedDate",
    tone: "primary",
  },
  {
    id: "deemAccepted",
    label: "视为受理",
    from: ["received"],
    to: "accepted",
    roles: ["lawOffice"],
    fields: ["acceptedDate"],
    requires: ["acceptedDate"],
    dateField: "acceptedDate",
  },
  {
    id: "refuse",
    label: "不予受理",
    from: ["received"],
    to: "refused",
    roles: caseworkers,
    fields: ["refusalReason", "closedDate"],
    requires: ["refusalReason", "closedDate"],
    dateField: "closedDate",
    sets: { closingMode: "refused" },
    tone: "danger",
  },
  {
    id: "requestReply",
    label: "通知被申请人答复",
    from: ["accepted"],
    to: "replyRequested",
    roles: caseworkers,
    fields: ["replyRequestDate"],
    requires: ["replyRequestDate"],
    dateField: "replyRequestDate",
  },
  {
    id: "recordReply",
    label: "登记答复",
    from: ["replyRequested"],
    to: "underReview",
    roles: caseworkers,
    fields: ["replyReceivedDate"],
    requires: ["replyReceivedDate"],
    dateField: "replyReceivedDate",
  },
  {
    id: "scheduleHearing",
    label: "安排听证",
    from: ["underReview"],
    to: "hearing",
    roles: caseworkers,
    fields: ["hearingDate"],
    requires: ["hearingDate"],
  },
  {
    id: "recordHearing",
    label: "听证结束",
    from: ["hearing"],
    to: "underReview",
    roles: caseworkers,
  },
  {
    id: "suspend",
    label: "中止审理",
    from: inReview,
    to: "suspended",
    roles: caseworkers,
    fields: ["suspendedDate", "suspensionReason"],
    requires: ["suspendedDate", "suspensionReason"],
    dateField: "suspendedDate",
  },
  {
    id: "resume",
    label: "恢复审理",
    from: ["suspended"],
    to: "underReview",
    roles: caseworkers,
    fields: ["resumedDate"],
    requires: ["resumedDate"],
    dateField: "resumedDate",
  },
  {
    id: "extend",
    label: "延长审理期限",
    from: inReview,
    roles: ["head"],
    fields: ["extensionDays", "extensionReason"],
    requires: ["extensionDays", "extensionReason"],
    check: (after, before) => {
      if (before.extensionDays !== null && before.extensionDays !== undefined) {
        return {
          field: "extensionDays",
          code: "extension.once",
          message: "审理期限只能延长一次（第62条第1款）",
        };
      }
      if (after.procedure === "simplified") {
        return {
          field: "extensionDays",
          code: "extension.simplified",
          message: "简易程序案件不得延长审理期限",
        };
      }
      return null;
    },
  },
  {
    // 第55条: the head of the reconsideration office may move a simplified case to the ordinary
    // procedure; its reply and decision clocks then run under the ordinary periods.
    id: "convertToOrdinary",
    label: "转为普通程序",
    from: inReview,
    roles: ["head"],
    fields: ["conversionDate", "conversionReason"],
    requires: ["conversionDate", "conversionReason"],
    dateField: "conversionDate",
    sets: { procedure: "ordinary" },
    check: (_after, before) =>
      before.procedure === "simplified"
        ? null
        : {
            field: "procedure",
            code: "procedure.notSimplified",
            message: "本案已适用普通程序，无需转换（第55条）",
          },
  },
  {
    id: "draftDecision",
    label: "起草复议决定",
    from: ["underReview"],
    to: "decisionDrafted",
    roles: ["clerk", "reviewer"],
    fields: ["outcome", "decisionReasoning"],
    requires: ["outcome", "decisionReasoning"],
    recordsActorIn: "decisionDrafter",
  },
  {
    id: "returnDraft",
    label: "退回修改",
    from: ["decisionDrafted"],
    to: "underReview",
    roles: ["head"],
  },
  {
    id: "approveDecision",
    label: "审批复议决定",
    from: ["decisionDrafted"],
    to: "decided",
    roles: ["head"],
    fields: ["decisionDate"],
    requires: ["decisionDate"],
    dateField: "decisionDate",
    notByUserIn: "decisionDrafter",
    recordsActorIn: "decisionApprover",
    tone: "primary",
  },
  closing({
    id: "mediate",
    label: "调解结案",
    from: ["underReview", "hearing", "suspended"],
    mode: "mediation",
  }),

  closing({
    id: "settle",
    label: "和解撤回",
    from: ["underReview", "hearing", "suspended"],
    mode: "settlement",
  }),

  closing({
    id: "terminate",
    label: "终止审理",
    from: [...inReview, "suspended"],
    mode: "terminated",
    tone: "danger",
  }),

  closing({ id: "close", label: "送达结案", from: ["decided"], mode: "decision" }),
  revocationAction,
];

export const reconsiderationWorkflow: WorkflowDeclaration = {
  initial: "received",
  states: [
    { id: "received", label: "已收到", tone: "processing" },
    { id: "correcting", label: "补正中", tone: "warning" },
    { id: "accepted", label: "已受理", tone: "processing" },
    { id: "replyRequested", label: "待答复", tone: "processing" },
    { id: "underReview", label: "审理中", tone: "processing" },
    { id: "hearing", label: "听证", tone: "processing" },
    { id: "suspended", label: "中止", tone: "warning" },
    { id: "decisionDrafted", label: "决定待审批", tone: "processing" },
    { id: "decided", label: "已决定", tone: "success" },
    { id: "refused", label: "不予受理", isFinal: true, tone: "default" },
    { id: "closed", label: "已结案", isFinal: true, tone: "success" },
  ],
  actions,
};
