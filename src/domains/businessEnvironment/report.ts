// Figures and the report paragraph of section (二) on the business environment
// (houma-2023-figures.md): the tasks of the year's responsibility letters (优化营商环境责任书) and
// the categories they fall in. Counted by the letter's year, not the day a task was entered: a
// 2023 task written into the letter in December 2022 is one of the 2023 letter's tasks.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

const letterYear = { mode: "year", field: "letterYear" } as const;
/** A cancelled task (merged into another, no longer applicable) is not one of the letter's. */
const notCancelled = {
  field: "state",
  in: ["assigned", "inProgress", "submitted", "returned", "rectifying", "closed"],
} as const;

export const businessEnvironmentIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "businessEnvironment.tasks",
    label: "优化营商环境工作任务数",
    section: "functions",
    unit: "项",
    measure: { kind: "count" },
    period: letterYear,
    where: [notCancelled],
  },
  {
    key: "businessEnvironment.taskCategories",
    label: "优化营商环境工作任务类别数",
    section: "functions",
    unit: "类",
    measure: { kind: "distinct", field: "category" },
    period: letterYear,
    where: [notCancelled],
  },
];

export const businessEnvironmentReport: readonly ReportFragment[] = [
  {
    section: "functions",
    order: 30,
    text: "持续优化营商环境。签订优化营商环境责任书，明确各部门工作任务{{businessEnvironment.taskCategories}}类{{businessEnvironment.tasks}}项，扎实推进问题整改，着力解决影响营商环境的难点、堵点、痛点。",
  },
];
