// Workflows of the leader duty list, the meeting topic and the duty report (the study session has
// none: a held session is corrected by editing). Who may act follows who keeps the record: the
// organisation that owns it for its own steps, the rule-of-law office for the city's decisions
// (outcomes of meetings, evaluation of duty reports).
import type {
  ActionCheckError,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import type { Role } from "../../kernel/roles.js";

/** Staff of the owning organisation; the rule-of-law office (scope all) may stand in for them. */
export const keepers: readonly Role[] = ["lawOffice", "clerk", "reviewer", "head"];
export const readers: readonly Role[] = [
  "lawOffice",
  "clerk",
  "reviewer",
  "head",
  "leader",
  "auditor",
];
const office: readonly Role[] = ["lawOffice"];

/** A date of the procedure may not come before the one it follows. */
const notBefore =
  (field: string, earlier: string, message: string) =>
  (after: RecordValues): ActionCheckError | null => {
    const value = after[field];
    const start = after[earlier];
    return typeof value === "string" && typeof start === "string" && value < start
      ? { field, code: "leadership.dateOrder", message }
      : null;
  };

export const dutyListWorkflow: WorkflowDeclaration = {
  initial: "drafted",
  states: [
    { id: "drafted", label: "拟定中", tone: "processing" },
    // Issued is final: the list people were given changes only through a revision.
    { id: "issued", label: "已印发", isFinal: true, tone: "success" },
    { id: "revising", label: "修订中", tone: "warning" },
  ],
  actions: [
    {
      id: "issue",
      label: "印发",
      from: ["drafted"],
      to: "issued",
      roles: keepers,
      fields: ["issuedOn", "documentNumber"],
      requires: ["issuedOn", "documentNumber"],
      dateField: "issuedOn",
      check: notBefore("issuedOn", "draftedOn", "印发日期不能早于拟定日期"),
      tone: "primary",
    },
    {
      id: "startRevision",
      label: "修订清单",
      from: ["issued"],
      to: "revising",
      roles: keepers,
      fields: ["revisionStartedOn"],
      requires: ["revisionStartedOn"],
      dateField: "revisionStartedOn",
      check: notBefore("revisionStartedOn", "issuedOn", "启动修订日期不能早于印发日期"),
      confirm: "修订期间可修改职责事项并上传修订版文件，修订后须重新印发。确认？",
    },
    {
      id: "reissue",
      label: "印发修订版",
      from: ["revising"],
      to: "issued",
      roles: keepers,
      fields: ["revisedOn", "documentNumber", "revisionNote"],
      requires: ["revisedOn", "revisionNote"],
      dateField: "revisedOn",
      check: notBefore("revisedOn", "revisionStartedOn", "修订印发日期不能早于启动修订日期"),
      tone: "primary",
    },
  ],
};

export const meetingTopicWorkflow: WorkflowDeclaration = {
  initial: "pending",
  states: [
    { id: "pending", label: "未上会", tone: "processing" },
    { id: "deferred", label: "暂缓研究", tone: "warning" },
    { id: "resolved", label: "已研究解决", isFinal: true, tone: "success" },
    { id: "withdrawn", label: "已撤回", isFinal: true, tone: "default" },
  ],
  actions: [
    {
      id: "resolve",
      label: "登记研究结果",
      from: ["pending", "deferred"],
      to: "resolved",
      roles: office,
      fields: ["meetingDate", "sessionNumber", "resolution"],
      requires: ["meetingDate", "resolution"],
      dateField: "meetingDate",
      check: notBefore("meetingDate", "submittedOn", "会议日期不能早于提请日期"),
      tone: "primary",
    },
    {
      id: "defer",
      label: "暂缓研究",
      from: ["pending", "deferred"],
      to: "deferred",
      roles: office,
      fields: ["meetingDate", "sessionNumber", "deferralReason"],
      requires: ["meetingDate", "deferralReason"],
      dateField: "meetingDate",
      check: notBefore("meetingDate", "submittedOn", "会议日期不能早于提请日期"),
    },
    {
      id: "withdraw",
      label: "撤回议题",
      from: ["pending", "deferred"],
      to: "withdrawn",
      roles: keepers,
      fields: ["withdrawnOn", "withdrawalReason"],
      requires: ["withdrawnOn", "withdrawalReason"],
      dateField: "withdrawnOn",
      check: notBefore("withdrawnOn", "submittedOn", "撤回日期不能早于提请日期"),
      tone: "danger",
    },
  ],
};

export const dutyReportWorkflow: WorkflowDeclaration = {
  initial: "required",
  states: [
    { id: "required", label: "待述法", tone: "processing" },
    { id: "submitted", label: "已报送", tone: "processing" },
    { id: "returned", label: "退回修改", tone: "warning" },
    { id: "evaluated", label: "已测评", isFinal: true, tone: "success" },
    { id: "removed", label: "已移出计划", isFinal: true, tone: "default" },
  ],
  actions: [
    {
      id: "submitReport",
      label: "报送述法报告",
      from: ["required", "returned"],
      to: "submitted",
      roles: keepers,
      fields: ["reporterName", "reporterPost", "mode", "submittedOn"],
      requires: ["reporterName", "reporterPost", "mode", "submittedOn"],
      dateField: "submittedOn",
      check: notBefore("submittedOn", "plannedOn", "报送日期不能早于列入计划日期"),
      tone: "primary",
    },
    {
      id: "returnForRework",
      label: "退回修改",
      from: ["submitted"],
      to: "returned",
      roles: office,
      fields: ["returnedOn", "returnReason"],
      requires: ["returnedOn", "returnReason"],
      dateField: "returnedOn",
      check: notBefore("returnedOn", "submittedOn", "退回日期不能早于报送日期"),
    },
    {
      id: "evaluate",
      label: "登记测评结果",
      from: ["submitted"],
      to: "evaluated",
      roles: office,
      fields: ["evaluatedOn", "score", "grade", "evaluators"],
      requires: ["evaluatedOn", "score", "grade", "evaluators"],
      dateField: "evaluatedOn",
      check: notBefore("evaluatedOn", "submittedOn", "测评日期不能早于报送日期"),
      tone: "primary",
    },
    {
      id: "remove",
      label: "移出述法计划",
      from: ["required", "returned"],
      to: "removed",
      roles: office,
      fields: ["removedOn", "removalReason"],
      requires: ["removedOn", "removalReason"],
      dateField: "removedOn",
      confirm: "移出计划的单位不计入本年度应述法单位。确认？",
      tone: "danger",
    },
  ],
};
