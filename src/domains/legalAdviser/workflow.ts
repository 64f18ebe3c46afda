// The adviser's engagement: 在聘 until it ends (term not renewed, dismissal, resignation); a renewal
// moves the term's end and keeps the adviser on the roster.
import type { ActionCheckError, WorkflowDeclaration } from "../../kernel/declaration.js";
import { keepers } from "./fields.js";

const refuse = (field: string, code: string, message: string): ActionCheckError => ({
  field,
  code,
  message,
});
const text = (value: unknown): string => (typeof value === "string" ? value : "");

export const legalAdviserWorkflow: WorkflowDeclaration = {
  initial: "engaged",
  states: [
    { id: "engaged", label: "在聘", tone: "success" },
    { id: "left", label: "已离任", isFinal: true, tone: "default" },
  ],
  actions: [
    {
      id: "renew",
      label: "续聘",
      from: ["engaged"],
      roles: keepers,
      fields: ["renewedDate", "termEndDate"],
      requires: ["renewedDate", "termEndDate"],
      dateField: "renewedDate",
      check: (after, before) =>
        text(after.termEndDate) <= text(before.termEndDate)
          ? refuse("termEndDate", "term.notLater", "续聘后的聘期届满日期应晚于原届满日期")
          : null,
    },
    {
      id: "leave",
      label: "解聘或离任",
      from: ["engaged"],
      to: "left",
      roles: keepers,
      fields: ["leftDate", "leavingReason", "leavingNote"],
      requires: ["leftDate", "leavingReason"],
      dateField: "leftDate",
      check: (after) =>
        text(after.leftDate) < text(after.appointedDate)
          ? refuse("leftDate", "date.order", "离任日期不能早于聘任日期")
          : null,
      confirm: "离任后不再安排其承办法律事务，名录中保留其记录。确认？",
      tone: "danger",
    },
  ],
};
