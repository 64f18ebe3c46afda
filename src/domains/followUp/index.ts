// 督办事项: a tracked task with a due date set by the office that assigned it. It carries out a
// leader's instruction or pushes any other record (an overdue case): `source` links to it, and
// that record's page lists its follow-ups. The assignee (owner org) reports progress and
// completion with evidence; the assigning office reads it through its own org field, accepts or
// returns it, and sees overdue follow-ups of every department on the list (overdue filter).
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { followUpFields } from "./fields.js";
import { followUpClock, followUpWorkflow } from "./workflow.js";

export const followUp: RecordTypeDeclaration = {
  id: "followUp",
  label: "督办事项",
  englishLabel: "Follow-up",
  numbering: { prefix: "侯督", dateField: "assignedOn" },
  titleField: "task",
  fields: followUpFields,
  workflow: followUpWorkflow,
  clocks: [followUpClock],
  access: {
    read: ["lawOffice", "leader", "auditor", "head", "clerk", "reviewer"],
    create: ["lawOffice"],
    update: ["lawOffice"],
    orgFields: ["assignedOrg", "assigningOrg"],
  },
  list: {
    columns: ["assignedOn", "task", "assignedOrg", "dueDate", "source"],
    filters: ["assignedOn", "assignedOrg", "assigningOrg", "dueDate", "source", "task"],
    defaultSort: { field: "assignedOn", direction: "desc" },
  },
};
