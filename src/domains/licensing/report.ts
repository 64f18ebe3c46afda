// Figures and the paragraph of section (二) on licensing (houma-2023-figures.md): items whose
// approving department changed in the year, what the year's reforms cut, and the joint
// acceptances and utility connections handled.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

const reformed = { mode: "within", field: "reformedOn" } as const;

export const licensingItemIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "licensing.itemsReassigned",
    label: "调整审批部门的行政审批事项数",
    section: "functions",
    unit: "项",
    measure: { kind: "count" },
    // An item counts once however often it moved in the year; a cancelled item moved before its
    // cancellation was still moved.
    period: { mode: "rowWithin", field: "reassignments", column: "effectiveOn" },
  },
  {
    key: "licensing.items",
    label: "行政许可事项清单事项数",
    section: "functions",
    unit: "项",
    measure: { kind: "count" },
    period: { mode: "asOf", field: "listedOn", endField: "cancelledOn" },
  },
  {
    key: "licensing.timeLimitReduced",
    label: "改革压减办理时限",
    section: "functions",
    unit: "个工作日",
    measure: { kind: "sum", field: "timeLimitBefore", minus: "timeLimitAfter" },
    period: reformed,
  },
  {
    key: "licensing.materialsReduced",
    label: "改革精简申请材料",
    section: "functions",
    unit: "件",
    measure: { kind: "sum", field: "materialsBefore", minus: "materialsAfter" },
    period: reformed,
  },
  {
    key: "licensing.stepsReduced",
    label: "改革压减办理环节",
    section: "functions",
    unit: "个",
    measure: { kind: "sum", field: "stepsBefore", minus: "stepsAfter" },
    period: reformed,
  },
  {
    key: "licensing.tripsReduced",
    label: "改革减少跑动次数",
    section: "functions",
    unit: "次",
    measure: { kind: "sum", field: "tripsBefore", minus: "tripsAfter" },
    period: reformed,
  },
];

/**
 * 办理 in the report is work finished: a case counts in the year it was completed (办结), as the
 * 工程建设项目审批管理系统 counts 办件. A case received in December and completed in January is the
 * next year's; one refused or still open is not counted.
 */
const completed = (key: string, label: string): IndicatorDeclaration => ({
  key,
  label,
  section: "functions",
  unit: "项",
  measure: { kind: "count" },
  period: { mode: "within", field: "completedOn" },
  where: [{ field: "state", equals: "completed" }],
});

export const jointAcceptanceIndicators: readonly IndicatorDeclaration[] = [
  completed("licensing.jointAcceptances", "办理联合验收数"),
];

export const utilityConnectionIndicators: readonly IndicatorDeclaration[] = [
  completed("licensing.utilityConnections", "办理市政公用服务报装数"),
];

export const licensingFragments: readonly ReportFragment[] = [
  {
    section: "functions",
    order: 10,
    text: "持续深化审批改革。实行行政许可事项清单管理，对{{licensing.itemsReassigned}}项行政审批事项审批部门进行调整。强化工改要素保障，通过工程建设项目审批管理系统办理“联合验收”{{licensing.jointAcceptances}}项，办理市政公用服务报装{{licensing.utilityConnections}}项。",
  },
];
