// 双随机、一公开 (国发〔2019〕5号): inspection plans, drawn verifiably from the entity and inspector
// registries (src/domains/inspectionRegistry) by src/draw, and one result per entity drawn. The draw
// service (src/inspection) takes the plan's publish, draw and result-publication actions, because
// each writes the published material or the outcome in the same transaction.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { planFields } from "./plan-fields.js";
import { planWorkflow, resultPublicationClock } from "./plan-workflow.js";
import { planIndicators, resultIndicators } from "./report.js";
import { resultFields } from "./result-fields.js";

export const inspectionPlan: RecordTypeDeclaration = {
  id: "inspectionPlan",
  label: "抽查计划",
  englishLabel: "Random inspection plan",
  numbering: { prefix: "侯抽", dateField: "draftedOn" },
  titleField: "title",
  fields: planFields,
  workflow: planWorkflow,
  clocks: [resultPublicationClock],
  access: {
    read: ["lawOffice", "leader", "auditor", "head", "clerk", "reviewer"],
    create: ["lawOffice", "head", "clerk"],
    update: ["lawOffice", "head", "clerk"],
    orgFields: ["leadingOrg"],
  },
  list: {
    columns: ["year", "title", "kind", "leadingOrg", "periodStart", "drawnCount"],
    filters: ["year", "kind", "leadingOrg", "riskWeighted", "title"],
    defaultSort: { field: "periodStart", direction: "desc" },
  },
  indicators: planIndicators,
};

export const inspectionResult: RecordTypeDeclaration = {
  id: "inspectionResult",
  label: "抽查检查结果",
  englishLabel: "Random inspection result",
  numbering: { prefix: "侯抽检", dateField: "drawnOn" },
  titleField: "entityName",
  fields: resultFields,
  workflow: {
    initial: "toInspect",
    states: [
      { id: "toInspect", label: "待检查", tone: "processing", isLocked: true },
      { id: "recorded", label: "已录入结果", tone: "success", isLocked: true },
    ],
    actions: [
      {
        id: "record",
        label: "录入检查结果",
        from: ["toInspect", "recorded"],
        to: "recorded",
        roles: ["clerk", "head", "lawOffice"],
        fields: ["inspectedOn", "outcome", "findings", "rectification"],
        requires: ["inspectedOn", "outcome", "findings"],
        dateField: "inspectedOn",
        tone: "primary",
      },
    ],
  },
  clocks: [],
  access: {
    read: ["lawOffice", "leader", "auditor", "head", "clerk", "reviewer"],
    // Created only by the draw (src/inspection/draw.ts), never by hand.
    create: [],
    // The inspecting department records what it found (the record action); the drawn entity and
    // inspectors are locked, set by the draw alone.
    update: ["clerk", "head", "lawOffice"],
    orgFields: ["inspectingOrg"],
  },
  list: {
    columns: ["drawnOn", "plan", "creditCode", "entityName", "riskClass", "outcome"],
    filters: ["drawnOn", "plan", "outcome", "entityName", "creditCode"],
    defaultSort: { field: "drawnOn", direction: "desc" },
  },
  indicators: resultIndicators,
};
