// 行政应诉案件: the declaration the engine turns into table, API, screens, clocks and audit.
//
// Owner: the defending body (its staff handle the case); second org field: the justice bureau,
// which coordinates litigation for the city and so sees every case. Indicators read from it:
// cases (complaintReceivedDate in the year), leader appearance rate (hearings with
// first/secondLeaderAppeared = true over hearings held), cases lost (isLost, which the clerk sets
// on the effective judgment and a check holds to the outcomes, see lostByOutcomes), effective
// judgments performed (performance = performed over performed + notPerformed).
import type { RecordTypeDeclaration, RecordValues } from "../../kernel/declaration.js";
import { litigationFields } from "./fields.js";
import { litigationWorkflow } from "./workflow.js";
import { litigationIndicators, litigationReport } from "./report.js";

const isRuling = (values: RecordValues): boolean => values.firstJudgmentKind === "ruling";

export const litigation: RecordTypeDeclaration = {
  id: "litigation",
  label: "行政应诉案件",
  englishLabel: "Administrative litigation",
  numbering: { prefix: "侯应", dateField: "complaintReceivedDate" },
  titleField: "plaintiffName",
  fields: litigationFields,
  workflow: litigationWorkflow,
  clocks: [
    {
      // 第67条: defence and evidence within 15 days of receiving the complaint copy.
      id: "defence",
      label: "提交答辩状",
      rule: "litigation.defence",
      startOn: ["create"],
      startField: "complaintReceivedDate",
      stopOn: ["submitDefence", "allowWithdrawal", "mediate"],
    },
    {
      // 第85条: the body's own appeal window, 15 days from service of a judgment, 10 of a ruling.
      // When it lapses without an appeal the body has lost its right to appeal: the system records
      // that on the last day (it says nothing about the plaintiff, whose appeal is still recorded).
      id: "appeal",
      label: "本机关上诉",
      rule: {
        among: ["litigation.appeal", "litigation.appealAgainstRuling"],
        choose: (values) =>
          isRuling(values) ? "litigation.appealAgainstRuling" : "litigation.appeal",
      },
      startOn: ["recordFirstJudgment"],
      startField: "firstServedDate",
      stopOn: ["forgoAppeal", "appealByBody", "recordPlaintiffAppeal"],
      onLapse: { action: "forgoAppeal", dateField: "noAppealDate" },
    },
  ],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "clerk", "reviewer"],
    update: ["lawOffice", "clerk", "reviewer"],
    orgFields: ["defendantOrg", "coordinatingOrg"],
  },
  list: {
    columns: [
      "courtCaseNumber",
      "plaintiffName",
      "defendantOrg",
      "actCategory",
      "complaintReceivedDate",
      "firstOutcome",
      "isLost",
    ],
    filters: [
      "actCategory",
      "firstOutcome",
      "defendantOrg",
      "complaintReceivedDate",
      "performance",
    ],
    defaultSort: { field: "complaintReceivedDate", direction: "desc" },
  },
  indicators: litigationIndicators,
  reportFragments: litigationReport,
};
