// Chinese names of the assessment's states and rules, shared by its screens.
import type { Comparison, ItemMethod, SchemeStatus, ScoringRule } from "../api/assessment";

export const STATUS_LABELS: Record<SchemeStatus, string> = {
  draft: "编制中",
  scoring: "评分中",
  published: "已发布",
};

export const STATUS_COLORS: Record<SchemeStatus, string> = {
  draft: "default",
  scoring: "processing",
  published: "success",
};

export const COMPARISON_LABELS: Record<Comparison, string> = {
  atLeast: "不低于",
  atMost: "不高于",
};
export const RULE_LABELS: Record<ScoringRule, string> = {
  allOrNothing: "达标得满分，否则不得分",
  proportional: "未达标按比例得分",
};

export const OBJECTION_LABELS = {
  submitted: "异议待处理",
  upheld: "异议成立",
  rejected: "异议不成立",
} as const;
export const OBJECTION_COLORS = {
  submitted: "processing",
  upheld: "success",
  rejected: "warning",
} as const;

export function methodText(
  method: ItemMethod | null,
  indicator?: { label: string; isRatio: boolean },
): string {
  if (method === null) return "未设置";
  if (method.kind === "hand") return `人工评分（佐证：${method.evidence}）`;
  const { formula } = method;
  const threshold =
    indicator?.isRatio === true
      ? `${String(Math.round(formula.threshold * 10000) / 100)}%`
      : String(formula.threshold);
  return `公式计分：${indicator?.label ?? formula.indicator} ${COMPARISON_LABELS[formula.comparison]} ${threshold}（${RULE_LABELS[formula.rule]}）`;
}

/** Points as printed: at most two decimals, no trailing zeros. */
export const pointsText = (points: number): string => String(Math.round(points * 100) / 100);
