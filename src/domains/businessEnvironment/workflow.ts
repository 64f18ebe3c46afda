// The life of a business-environment task: the responsible organisation reports progress and asks
// for it to be closed (销号) with evidence; the assigning office closes it or returns it; a check
// (督查) that finds a problem sends it — open or already closed — into rectification (整改) with its
// own time limit, and the rectified task is asked to be closed again. Two set-deadline clocks: the
// letter's due date and the rectification time limit.
import type {
  ActionCheckError,
  ClockDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import type { Role } from "../../kernel/roles.js";

/** The responsible organisation's staff; the office may enter a report that came on paper. */
const department: readonly Role[] = ["clerk", "reviewer", "head", "lawOffice"];
const office: readonly Role[] = ["lawOffice"];
const open = ["assigned", "inProgress", "returned"];

/** A date of the task may not come before the one it follows. */
const notBefore =
  (field: string, earlier: string, message: string) =>
  (after: RecordValues): ActionCheckError | null => {
    const value = after[field];
    const start = after[earlier];
    return typeof value === "string" && typeof start === "string" && value < start
      ? { field, code: "businessEnvironment.dateOrder", message }
      : null;
  };

const both =
  (...checks: ((after: RecordValues) => ActionCheckError | null)[]) =>
  (after: RecordValues): ActionCheckError | null => {
    for (const check of checks) {
      const problem = check(after);
      if (problem) return problem;
    }
    return null;
  };

export const businessEnvironmentTaskWorkflow: WorkflowDeclaration = {
  initial: "assigned",
  states: [
    { id: "assigned", label: "已下达", tone: "processing" },
    { id: "inProgress", label: "推进中", tone: "processing" },
    { id: "submitted", label: "待核验销号", tone: "warning" },
    { id: "returned", label: "已退回重办", tone: "error" },
    { id: "rectifying", label: "整改中", tone: "error" },
    { id: "closed", label: "已销号", tone: "success", isFinal: true },
    { id: "cancelled", label: "已撤销", tone: "default", isFinal: true },
  ],
  actions: [
    {
      id: "reportProgress",
      label: "报告进展",
      from: open,
      to: "inProgress",
      roles: department,
      fields: ["progressOn", "progressText"],
      requires: ["progressOn", "progressText"],
      dateField: "progressOn",
      check: notBefore("progressOn", "assignedOn", "进展报告日期不能早于下达日期"),
    },
    {
      id: "applyClose",
      label: "申请销号",
      from: open,
      to: "submitted",
      roles: department,
      fields: ["completedOn", "completionText"],
      requires: ["completedOn", "completionText"],
      requiresFiles: ["evidence"],
      dateField: "completedOn",
      check: notBefore("completedOn", "assignedOn", "申请销号日期不能早于下达日期"),
      tone: "primary",
    },
    {
      id: "close",
      label: "核验销号",
      from: ["submitted"],
      to: "closed",
      roles: office,
      fields: ["closedOn", "closingNote"],
      requires: ["closedOn"],
      // Closed with evidence: a file removed after the request still stops the closing.
      requiresFiles: ["evidence"],
      dateField: "closedOn",
      check: notBefore("closedOn", "completedOn", "销号日期不能早于申请销号日期"),
      tone: "primary",
    },
    {
      id: "return",
      label: "退回重办",
      from: ["submitted"],
      to: "returned",
      roles: office,
      fields: ["returnedOn", "returnReason", "dueDate"],
      requires: ["returnedOn", "returnReason", "dueDate"],
      dateField: "returnedOn",
      check: notBefore("returnedOn", "completedOn", "退回日期不能早于申请销号日期"),
      tone: "danger",
    },
    {
      id: "requireRectification",
      label: "督查交办整改",
      // A closed task is reopened when a later check (回头看) finds the problem is back.
      from: ["assigned", "inProgress", "returned", "submitted", "closed"],
      to: "rectifying",
      roles: office,
      fields: ["checkedOn", "problemFound", "rectificationDue"],
      requires: ["checkedOn", "problemFound", "rectificationDue"],
      dateField: "checkedOn",
      check: both(
        notBefore("checkedOn", "assignedOn", "督查日期不能早于下达日期"),
        notBefore("rectificationDue", "checkedOn", "整改时限不能早于督查日期"),
      ),
      tone: "danger",
    },
    {
      id: "reportRectified",
      label: "报告整改完成",
      from: ["rectifying"],
      to: "submitted",
      roles: department,
      fields: ["rectifiedOn", "rectificationText"],
      requires: ["rectifiedOn", "rectificationText"],
      requiresFiles: ["evidence"],
      dateField: "rectifiedOn",
      check: notBefore("rectifiedOn", "checkedOn", "整改完成日期不能早于督查日期"),
      tone: "primary",
    },
    {
      id: "cancel",
      label: "撤销任务",
      from: [...open, "rectifying"],
      to: "cancelled",
      roles: office,
      fields: ["cancelledOn", "cancelReason"],
      requires: ["cancelledOn", "cancelReason"],
      dateField: "cancelledOn",
      confirm: "撤销后此任务不再跟踪，也不计入责任书任务数，确定撤销？",
      tone: "danger",
    },
  ],
};

/**
 * The due date of the letter: stops when the organisation asks to close the task (or rectifies
 * it), runs again against the (possibly new) due date when the office returns it.
 */
export const taskDueClock: ClockDeclaration = {
  id: "taskDue",
  label: "完成时限",
  rule: { dueField: "dueDate", setBy: "交办单位" },
  startOn: ["create", "return"],
  startField: "assignedOn",
  stopOn: ["applyClose", "reportRectified", "cancel"],
};

/** The time limit a check set for the rectification of the problem it found. */
export const rectificationClock: ClockDeclaration = {
  id: "rectificationDue",
  label: "整改时限",
  rule: { dueField: "rectificationDue", setBy: "督查单位" },
  startOn: ["requireRectification"],
  startField: "checkedOn",
  stopOn: ["reportRectified", "cancel"],
};
