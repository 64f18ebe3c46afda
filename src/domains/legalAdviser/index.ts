// 法律顾问、公职律师: the city's roster of government legal advisers (practising lawyers and legal
// scholars engaged by the government) and public lawyers (公职律师, staff of a body who hold the
// certificate). The justice bureau builds the team and allocates advisers to townships and
// departments (市司法局统一调配), so it owns every entry; the organisations served are rows.
//
// What an adviser handled in fazhi is not copied here: a contract review (and later a legality
// review or a decision) links to the adviser through a record field, and the adviser's page lists
// those records (src/engine/linking-records.ts). Work outside fazhi goes in otherMatters.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { keepers, legalAdviserFields, readers } from "./fields.js";
import { legalAdviserIndicators } from "./report.js";
import { legalAdviserWorkflow } from "./workflow.js";

export const legalAdviser: RecordTypeDeclaration = {
  id: "legalAdviser",
  label: "法律顾问、公职律师",
  englishLabel: "Legal adviser",
  numbering: { prefix: "侯法顾", dateField: "appointedDate" },
  titleField: "name",
  importKey: "licenceNumber",
  fields: legalAdviserFields,
  workflow: legalAdviserWorkflow,
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["managingOrg"] },
  list: {
    columns: ["name", "kind", "employer", "licenceNumber", "appointedDate", "termEndDate"],
    filters: ["kind", "appointedDate", "termEndDate"],
    defaultSort: { field: "appointedDate", direction: "asc" },
  },
  indicators: legalAdviserIndicators,
};
