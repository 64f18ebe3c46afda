// The life of a follow-up: the assignee reports progress and then completion with evidence; the
// assigning office accepts it (办结) or returns it; it may escalate an overdue one to a leader with
// a new due date, or cancel one that is no longer needed.
import type { ClockDeclaration, WorkflowDeclaration } from "../../kernel/declaration.js";

const open = ["assigned", "inProgress", "returned"];
const assignee = ["clerk", "head"] as const;

export const followUpWorkflow: WorkflowDeclaration = {
  initial: "assigned",
  states: [
    { id: "assigned", label: "已交办", tone: "processing" },
    { id: "inProgress", label: "办理中", tone: "processing" },
    { id: "submitted", label: "待确认办结", tone: "warning" },
    { id: "returned", label: "已退回重办", tone: "error" },
    { id: "done", label: "已办结", tone: "success", isFinal: true },
    { id: "cancelled", label: "已撤销", tone: "default", isFinal: true },
  ],
  actions: [
    {
      id: "reportProgress",
      label: "报告进展",
      from: open,
      to: "inProgress",
      roles: assignee,
      fields: ["progressOn", "progressText"],
      requires: ["progressOn", "progressText"],
      dateField: "progressOn",
    },
    {
      id: "complete",
      label: "报告办结",
      from: open,
      to: "submitted",
      roles: assignee,
      fields: ["completedOn", "completionText"],
      requires: ["completedOn", "completionText"],
      requiresFiles: ["evidence"],
      dateField: "completedOn",
      tone: "primary",
    },
    {
      id: "accept",
      label: "确认办结",
      from: ["submitted"],
      to: "done",
      roles: ["lawOffice"],
      fields: ["acceptedOn", "acceptanceNote"],
      requires: ["acceptedOn"],
      dateField: "acceptedOn",
      tone: "primary",
    },
    {
      id: "return",
      label: "退回重办",
      from: ["submitted"],
      to: "returned",
      roles: ["lawOffice"],
      fields: ["returnedOn", "returnReason", "dueDate"],
      requires: ["returnedOn", "returnReason", "dueDate"],
      dateField: "returnedOn",
      tone: "danger",
    },
    {
      id: "escalate",
      label: "升级督办",
      from: open,
      roles: ["lawOffice"],
      fields: ["escalatedOn", "escalationLevel", "escalatedTo", "escalationReason", "dueDate"],
      requires: ["escalatedOn", "escalationLevel", "escalatedTo", "escalationReason", "dueDate"],
      dateField: "escalatedOn",
      tone: "danger",
    },
    {
      id: "cancel",
      label: "撤销督办",
      from: open,
      to: "cancelled",
      roles: ["lawOffice"],
      fields: ["cancelledOn", "cancelReason"],
      requires: ["cancelledOn", "cancelReason"],
      dateField: "cancelledOn",
      confirm: "撤销后此督办事项不再跟踪，确定撤销？",
    },
  ],
};

/**
 * The due date the assigning office set, not a statute: it stops when the assignee reports
 * completion, and runs again against the (possibly new) due date when the report is returned.
 */
export const followUpClock: ClockDeclaration = {
  id: "followUpDue",
  label: "督办期限",
  rule: { dueField: "dueDate", setBy: "交办单位" },
  startOn: ["create", "return"],
  startField: "assignedOn",
  stopOn: ["complete", "cancel"],
};
