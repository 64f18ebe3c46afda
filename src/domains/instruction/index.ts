// 领导批示: a written instruction by the party secretary, the mayor or another city leader, kept by
// the office that follows it up (the rule-of-law office or the government office). Each one is
// carried out through follow-ups (督办事项, src/domains/followUp) that link to it; its page lists
// them. Closed when every follow-up is done; reopened if more work turns up.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { instructionFields } from "./fields.js";
import { instructionIndicators } from "./report.js";

export const instruction: RecordTypeDeclaration = {
  id: "instruction",
  label: "领导批示",
  englishLabel: "Leader's instruction",
  numbering: { prefix: "侯批", dateField: "instructedOn" },
  titleField: "subject",
  fields: instructionFields,
  workflow: {
    initial: "following",
    states: [
      { id: "following", label: "落实中", tone: "processing" },
      { id: "closed", label: "已办结", tone: "success", isFinal: true },
    ],
    actions: [
      {
        id: "close",
        label: "批示办结",
        from: ["following"],
        to: "closed",
        roles: ["lawOffice"],
        fields: ["closedOn", "closingNote"],
        requires: ["closedOn", "closingNote"],
        dateField: "closedOn",
        tone: "primary",
      },
      {
        id: "reopen",
        label: "重新落实",
        from: ["closed"],
        to: "following",
        roles: ["lawOffice"],
        confirm: "确定将此批示重新转为落实中？",
      },
    ],
  },
  clocks: [],
  access: {
    read: ["lawOffice", "leader", "auditor", "head", "clerk"],
    create: ["lawOffice"],
    update: ["lawOffice"],
    orgFields: ["registeringOrg"],
  },
  list: {
    columns: ["instructedOn", "leaderRole", "leaderName", "subject", "isRuleOfLaw"],
    filters: ["instructedOn", "leaderRole", "isRuleOfLaw", "subject"],
    defaultSort: { field: "instructedOn", direction: "desc" },
  },
  indicators: instructionIndicators,
};
