// 优化营商环境任务 (section 二 of the annual report): one task of a year's responsibility letter
// (优化营商环境责任书), in one of the catalogue's categories, carried out by the organisation that
// signed it (the owner org: its staff report progress and ask for closing with evidence) and
// assigned by the 营商环境 office, which reads the tasks it assigned through its own org field.
// Overdue tasks show on the list's overdue filter and are pushed by follow-ups (督办事项), whose
// `source` links to any record; the task's page lists them and starts one (发起督办).
//
// Closing, returning, rectification orders and cancelling are the lawOffice role's: the engine's
// scope is per user, not per type, so a 营商环境 office user who could act on every department's
// tasks would reach every other type too. The office of 营商环境 reads and follows its own tasks.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { businessEnvironmentTaskFields } from "./fields.js";
import { businessEnvironmentIndicators, businessEnvironmentReport } from "./report.js";
import { businessEnvironmentTaskWorkflow, rectificationClock, taskDueClock } from "./workflow.js";

export const businessEnvironmentTask: RecordTypeDeclaration = {
  id: "businessEnvironmentTask",
  label: "优化营商环境任务",
  englishLabel: "Business environment task",
  numbering: { prefix: "侯营商", dateField: "assignedOn" },
  titleField: "task",
  fields: businessEnvironmentTaskFields,
  workflow: businessEnvironmentTaskWorkflow,
  clocks: [taskDueClock, rectificationClock],
  access: {
    read: ["lawOffice", "leader", "auditor", "head", "clerk", "reviewer"],
    // The office enters the letter's tasks (also by spreadsheet) and alone edits what was assigned,
    // due dates included; departments work their tasks through the actions and upload evidence.
    create: ["lawOffice"],
    update: ["lawOffice"],
    orgFields: ["responsibleOrg", "assigningOrg"],
  },
  list: {
    columns: ["letterYear", "category", "task", "responsibleOrg", "dueDate"],
    filters: ["letterYear", "category", "responsibleOrg", "assigningOrg", "dueDate", "task"],
    defaultSort: { field: "assignedOn", direction: "desc" },
  },
  indicators: businessEnvironmentIndicators,
  reportFragments: businessEnvironmentReport,
};
