// The assessment's records (法治政府建设考核): hand scores and objections. They are records, not
// assessment tables, because each carries evidence files, an audit trail, an owner organisation
// whose staff may read it, and (for an objection) a small workflow — all of which the engine gives
// a record type for free (docs/decisions/0020-assessment.md). The scheme, its items and the
// computed scorecards live in src/assessment; its routes create these records after checking them
// against the scheme (the item exists, is hand-scored, points within its full points).
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { ActionCheckError, RecordValues } from "../../kernel/declaration.js";
import { assessmentObjectionFields, assessmentScoreFields } from "./fields.js";

const readers = ["lawOffice", "leader", "auditor", "clerk", "head"] as const;

/** Adjusted points within the item's full points (the field's min keeps them ≥ 0). */
function withinItemPoints(after: RecordValues): ActionCheckError | null {
  const adjusted = Number(after.adjustedPoints);
  const full = Number(after.itemPoints);
  return adjusted > full
    ? {
        field: "adjustedPoints",
        code: "assessment.pointsAboveItem",
        message: `调整后得分不能超过项目分值${String(full)}分`,
      }
    : null;
}

export const assessmentScore: RecordTypeDeclaration = {
  id: "assessmentScore",
  label: "考核评分",
  englishLabel: "Assessment hand score",
  numbering: { prefix: "考评", dateField: "scoredOn" },
  titleField: "itemLabel",
  fields: assessmentScoreFields,
  workflow: {
    initial: "scored",
    states: [{ id: "scored", label: "已评分", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: {
    read: readers,
    create: ["lawOffice"],
    update: ["lawOffice"],
    orgFields: ["assessedOrg"],
  },
  list: {
    columns: ["year", "assessedOrg", "itemLabel", "points", "scoredOn"],
    filters: ["year", "assessedOrg", "itemLabel"],
    defaultSort: { field: "scoredOn", direction: "desc" },
  },
};

export const assessmentObjection: RecordTypeDeclaration = {
  id: "assessmentObjection",
  label: "考核异议",
  englishLabel: "Assessment objection",
  numbering: { prefix: "考异", dateField: "submittedOn" },
  titleField: "itemLabel",
  fields: assessmentObjectionFields,
  workflow: {
    initial: "submitted",
    states: [
      { id: "submitted", label: "待处理", tone: "processing" },
      { id: "upheld", label: "异议成立", tone: "success", isFinal: true },
      { id: "rejected", label: "异议不成立", tone: "warning", isFinal: true },
    ],
    actions: [
      {
        id: "uphold",
        label: "异议成立",
        from: ["submitted"],
        to: "upheld",
        roles: ["lawOffice"],
        fields: ["adjustedPoints", "resolution", "resolvedOn"],
        requires: ["adjustedPoints", "resolution", "resolvedOn"],
        dateField: "resolvedOn",
        check: withinItemPoints,
        tone: "primary",
      },
      {
        id: "reject",
        label: "异议不成立",
        from: ["submitted"],
        to: "rejected",
        roles: ["lawOffice"],
        fields: ["resolution", "resolvedOn"],
        requires: ["resolution", "resolvedOn"],
        dateField: "resolvedOn",
        tone: "danger",
      },
    ],
  },
  clocks: [],
  access: {
    read: readers,
    create: ["clerk", "head"],
    update: ["clerk", "head"],
    orgFields: ["assessedOrg"],
  },
  list: {
    columns: [
      "year",
      "assessedOrg",
      "itemLabel",
      "originalPoints",
      "adjustedPoints",
      "submittedOn",
    ],
    filters: ["year", "assessedOrg", "itemLabel"],
    defaultSort: { field: "submittedOn", direction: "desc" },
  },
};
