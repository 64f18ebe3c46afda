// Review of a contract as states and actions: received, returned for supplementary materials (the
// time limit paused) and resumed, concluded with an opinion and the risks found; or withdrawn by
// the requesting organisation before the conclusion.
import type {
  ActionCheckError,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import { reviewers } from "./fields.js";

const refuse = (field: string, code: string, message: string): ActionCheckError => ({
  field,
  code,
  message,
});
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** A conclusion other than 同意签订 rests on the risks found, at least one of them. */
function conclusionCheck(after: RecordValues): ActionCheckError | null {
  if (text(after.reviewedDate) < text(after.receivedDate))
    return refuse("reviewedDate", "date.order", "审查完成日期不能早于收到送审日期");
  const risks = Array.isArray(after.risks) ? after.risks : [];
  if (after.conclusion !== "approve" && risks.length === 0)
    return refuse(
      "risks",
      "contractReview.risksRequired",
      "结论为修改后签订或不宜签订的，请列明发现的法律风险",
    );
  return null;
}

export const contractReviewWorkflow: WorkflowDeclaration = {
  initial: "received",
  states: [
    { id: "received", label: "审查中", tone: "processing" },
    { id: "awaitingMaterials", label: "待补充材料", tone: "warning" },
    { id: "concluded", label: "已出具审查意见", isFinal: true, tone: "success" },
    { id: "withdrawn", label: "送审单位已撤回", isFinal: true, tone: "default" },
  ],
  actions: [
    {
      id: "requestMaterials",
      label: "退回补充材料",
      from: ["received"],
      to: "awaitingMaterials",
      roles: reviewers,
      fields: ["materialsNoticeDate", "materialsItems"],
      requires: ["materialsNoticeDate", "materialsItems"],
      dateField: "materialsNoticeDate",
      check: (after) =>
        text(after.materialsNoticeDate) < text(after.receivedDate)
          ? refuse("materialsNoticeDate", "date.order", "通知日期不能早于收到送审日期")
          : null,
    },
    {
      id: "receiveMaterials",
      label: "收到补充材料",
      from: ["awaitingMaterials"],
      to: "received",
      roles: reviewers,
      fields: ["materialsReceivedDate"],
      requires: ["materialsReceivedDate"],
      dateField: "materialsReceivedDate",
      check: (after) =>
        text(after.materialsReceivedDate) < text(after.materialsNoticeDate)
          ? refuse("materialsReceivedDate", "date.order", "收到日期不能早于通知补充材料日期")
          : null,
    },
    {
      id: "conclude",
      label: "出具审查意见",
      from: ["received"],
      to: "concluded",
      roles: reviewers,
      fields: ["adviser", "opinion", "conclusion", "risks", "reviewedDate"],
      requires: ["opinion", "conclusion", "reviewedDate"],
      recordsActorIn: "reviewer",
      dateField: "reviewedDate",
      check: conclusionCheck,
      tone: "primary",
    },
    {
      id: "withdraw",
      label: "送审单位撤回",
      from: ["received", "awaitingMaterials"],
      to: "withdrawn",
      roles: reviewers,
      fields: ["withdrawnDate", "withdrawalReason"],
      requires: ["withdrawnDate", "withdrawalReason"],
      dateField: "withdrawnDate",
      confirm: "送审单位撤回后本合同不再审查。确认？",
      tone: "danger",
    },
  ],
};
