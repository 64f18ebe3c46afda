// The life of a joint acceptance or a utility connection handled by the 行政审批服务管理局: received,
// accepted with a promised completion date, completed; refused at the counter, or returned for the
// applicant to rectify and handled again with a new date.
import type {
  ActionCheckError,
  ClockDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";

const handler = ["clerk", "head"] as const;

const notBefore = (
  values: RecordValues,
  field: string,
  earlier: string,
  message: string,
): ActionCheckError | null => {
  const later = values[field];
  const first = values[earlier];
  return typeof later === "string" && typeof first === "string" && later < first
    ? { field, code: "licensing.dateOrder", message }
    : null;
};

export function caseWorkflow(completeLabel: string): WorkflowDeclaration {
  return {
    initial: "received",
    states: [
      { id: "received", label: "已收件", tone: "processing" },
      { id: "accepted", label: "办理中", tone: "processing" },
      { id: "returned", label: "已退回整改", tone: "warning" },
      { id: "completed", label: "已办结", tone: "success", isFinal: true },
      { id: "refused", label: "不予受理", tone: "default", isFinal: true },
    ],
    actions: [
      {
        id: "accept",
        label: "受理",
        from: ["received"],
        to: "accepted",
        roles: handler,
        fields: ["acceptedOn", "promisedDays", "dueDate"],
        requires: ["acceptedOn", "promisedDays", "dueDate"],
        dateField: "acceptedOn",
        check: (after) =>
          notBefore(after, "acceptedOn", "receivedOn", "受理日期不能早于收件日期") ??
          notBefore(after, "dueDate", "acceptedOn", "承诺办结日期不能早于受理日期"),
        tone: "primary",
      },
      {
        id: "refuse",
        label: "不予受理",
        from: ["received"],
        to: "refused",
        roles: handler,
        fields: ["refusedOn", "refusalReason"],
        requires: ["refusedOn", "refusalReason"],
        dateField: "refusedOn",
        check: (after) =>
          notBefore(after, "refusedOn", "receivedOn", "不予受理日期不能早于收件日期"),
        confirm: "不予受理后本件办结，确定不予受理？",
        tone: "danger",
      },
      {
        id: "return",
        label: "退回整改",
        from: ["accepted"],
        to: "returned",
        roles: handler,
        fields: ["returnedOn", "returnReason"],
        requires: ["returnedOn", "returnReason"],
        dateField: "returnedOn",
        check: (after) => notBefore(after, "returnedOn", "acceptedOn", "退回日期不能早于受理日期"),
      },
      {
        id: "resubmit",
        label: "整改后重新办理",
        from: ["returned"],
        to: "accepted",
        roles: handler,
        fields: ["resubmittedOn", "dueDate"],
        requires: ["resubmittedOn", "dueDate"],
        dateField: "resubmittedOn",
        check: (after) =>
          notBefore(after, "resubmittedOn", "returnedOn", "重新办理日期不能早于退回日期") ??
          notBefore(after, "dueDate", "resubmittedOn", "承诺办结日期不能早于重新办理日期"),
      },
      {
        id: "complete",
        label: completeLabel,
        from: ["accepted"],
        to: "completed",
        roles: handler,
        fields: ["completedOn", "completionNote"],
        requires: ["completedOn", "completionNote"],
        dateField: "completedOn",
        check: (after) => notBefore(after, "completedOn", "acceptedOn", "办结日期不能早于受理日期"),
        tone: "primary",
      },
    ],
  };
}

/**
 * The promised time limit is set locally (the 审批局's published 承诺时限, per service), not by a
 * statute, so the due date is the one the case holds. It stops while the applicant rectifies and
 * runs again from re-handling against the new date.
 */
export const caseClock: ClockDeclaration = {
  id: "promisedDue",
  label: "承诺办结期限",
  rule: { dueField: "dueDate", setBy: "行政审批服务管理局（按公布的承诺时限）" },
  startOn: ["accept", "resubmit"],
  startField: "acceptedOn",
  stopOn: ["complete", "return"],
};
