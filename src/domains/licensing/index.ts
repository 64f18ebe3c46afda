// Licensing (section 二 of the annual report): the list of licensing items the 行政审批服务管理局
// keeps, with each item's approving departments over time and what its reforms cut, and the
// construction-project cases it handles with promised time limits — joint acceptances (联合验收)
// and utility connections (市政公用服务报装) through the 工程建设项目审批管理系统. The approving
// department reads its own items; the rule-of-law office, leaders and auditors read all.
import type { AccessDeclaration, RecordTypeDeclaration } from "../../kernel/declaration.js";
import { jointAcceptanceFields, utilityConnectionFields } from "./case-fields.js";
import { caseClock, caseWorkflow } from "./case-workflow.js";
import { licensingItemFields } from "./item-fields.js";
import { licensingItemWorkflow } from "./item-workflow.js";
import {
  jointAcceptanceIndicators,
  licensingFragments,
  licensingItemIndicators,
  utilityConnectionIndicators,
} from "./report.js";

const readers = ["lawOffice", "leader", "auditor", "head", "reviewer", "clerk"] as const;

export const licensingItem: RecordTypeDeclaration = {
  id: "licensingItem",
  label: "行政许可事项",
  englishLabel: "Licensing item",
  numbering: { prefix: "侯许事", dateField: "listedOn" },
  titleField: "itemName",
  fields: licensingItemFields,
  workflow: licensingItemWorkflow,
  clocks: [],
  access: {
    read: readers,
    create: ["clerk", "head"],
    update: ["clerk", "head"],
    // The keeper (owner) edits; the approving department reads its own items.
    orgFields: ["keeperOrg", "approvingOrg"],
  },
  list: {
    columns: ["itemCode", "itemName", "approvingOrg", "promisedLimit", "reassignments"],
    filters: ["itemCode", "itemName", "approvingOrg", "listedOn", "reformedOn"],
    defaultSort: { field: "itemCode", direction: "asc" },
  },
  indicators: licensingItemIndicators,
  reportFragments: licensingFragments,
};

const caseAccess: AccessDeclaration = {
  read: readers,
  create: ["clerk", "head"],
  update: ["clerk", "head"],
  orgFields: ["handlingOrg"],
};

export const jointAcceptance: RecordTypeDeclaration = {
  id: "jointAcceptance",
  label: "联合验收",
  englishLabel: "Joint acceptance",
  numbering: { prefix: "侯联验", dateField: "receivedOn" },
  titleField: "project",
  fields: jointAcceptanceFields,
  workflow: caseWorkflow("出具联合验收意见"),
  clocks: [caseClock],
  access: caseAccess,
  list: {
    columns: ["receivedOn", "project", "applicant", "dueDate", "completedOn"],
    filters: ["receivedOn", "completedOn", "project", "applicant"],
    defaultSort: { field: "receivedOn", direction: "desc" },
  },
  indicators: jointAcceptanceIndicators,
};

export const utilityConnection: RecordTypeDeclaration = {
  id: "utilityConnection",
  label: "市政公用服务报装",
  englishLabel: "Utility connection",
  numbering: { prefix: "侯报装", dateField: "receivedOn" },
  titleField: "project",
  fields: utilityConnectionFields,
  workflow: caseWorkflow("报装办结"),
  clocks: [caseClock],
  access: caseAccess,
  list: {
    columns: ["receivedOn", "service", "project", "applicant", "dueDate", "completedOn"],
    filters: ["receivedOn", "completedOn", "service", "project", "applicant"],
    defaultSort: { field: "receivedOn", direction: "desc" },
  },
  indicators: utilityConnectionIndicators,
};
