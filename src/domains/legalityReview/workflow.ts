// A legality review as states: received, returned for materials (the clock waits), concluded with
// an opinion (final), or withdrawn by the unit that sent it.
import type {
  ActionCheckError,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import { notBefore } from "../../kernel/action-checks.js";
import { SUBJECT_TYPES, type SubjectKind } from "./fields.js";

const reviewers = ["reviewer", "lawOffice", "head"] as const;

/** A linked record must be of the kind the review says it is (a topic links to a meeting topic). */
export function subjectMatchesKind(after: RecordValues): ActionCheckError | null {
  const subject = after.subject;
  if (typeof subject !== "string" || subject === "") return null;
  const kind = after.subjectKind as SubjectKind;
  const expected = SUBJECT_TYPES[kind];
  if (subject.startsWith(`${expected}:`)) return null;
  return {
    field: "subject",
    code: "subject.kind",
    message:
      kind === "document"
        ? "文件草案只能关联规范性文件记录"
        : kind === "meetingTopic"
          ? "议题只能关联会议议题记录"
          : "决策草案只能关联重大行政决策记录",
  };
}

/** An unlawful conclusion or any change requested names the problems found. */
function problemsNamed(after: RecordValues): ActionCheckError | null {
  const rows = Array.isArray(after.problems) ? after.problems : [];
  if (after.conclusion === "lawful" || rows.length > 0) return null;
  return {
    field: "problems",
    code: "problems.required",
    message: "结论为修改后提交或不合法的，请列明发现的问题及修改意见",
  };
}

export const legalityReviewWorkflow: WorkflowDeclaration = {
  initial: "received",
  states: [
    { id: "received", label: "审核中", tone: "processing" },
    { id: "returned", label: "待补充材料", tone: "warning" },
    { id: "concluded", label: "已出具审核意见", isFinal: true, tone: "success" },
    { id: "withdrawn", label: "已撤回", isFinal: true, tone: "default" },
  ],
  actions: [
    {
      id: "returnForMaterials",
      label: "退回补充材料",
      from: ["received"],
      to: "returned",
      roles: reviewers,
      fields: ["returnedOn", "returnReason"],
      requires: ["returnedOn", "returnReason"],
      dateField: "returnedOn",
    },
    {
      id: "receiveMaterials",
      label: "收到补充材料",
      from: ["returned"],
      to: "received",
      roles: [...reviewers, "clerk"],
      fields: ["materialsReceivedOn"],
      requires: ["materialsReceivedOn"],
      dateField: "materialsReceivedOn",
      check: notBefore("materialsReceivedOn", "returnedOn", "收到补充材料日期不能早于退回日期"),
    },
    {
      id: "conclude",
      label: "出具审核意见",
      from: ["received"],
      to: "concluded",
      roles: reviewers,
      fields: ["conclusion", "opinion", "problems", "concludedOn", "reviewer", "adviser"],
      requires: ["conclusion", "opinion", "concludedOn"],
      dateField: "concludedOn",
      check: (after) => subjectMatchesKind(after) ?? problemsNamed(after),
      tone: "primary",
    },
    {
      id: "withdraw",
      label: "撤回送审",
      from: ["received", "returned"],
      to: "withdrawn",
      roles: ["clerk", ...reviewers],
      fields: ["withdrawnOn", "withdrawalReason"],
      requires: ["withdrawnOn", "withdrawalReason"],
      dateField: "withdrawnOn",
      tone: "danger",
    },
  ],
};
