// The scope of 重大行政决策 (重大行政决策程序暂行条例 第3条第1款), shared by the catalog's items and
// the decisions: what kind of matter a decision is.
export const DECISION_CATEGORIES = [
  { value: "publicService", label: "公共服务方面的重大公共政策和措施" },
  { value: "marketRegulation", label: "市场监管方面的重大公共政策和措施" },
  { value: "socialManagement", label: "社会管理方面的重大公共政策和措施" },
  { value: "environment", label: "环境保护方面的重大公共政策和措施" },
  { value: "developmentPlan", label: "经济和社会发展等方面的重要规划" },
  { value: "resources", label: "开发利用、保护重要自然资源和文化资源" },
  { value: "publicProject", label: "重大公共建设项目" },
  { value: "other", label: "其他重大事项" },
] as const;
export type DecisionCategory = (typeof DECISION_CATEGORIES)[number]["value"];

/** The article every step of the procedure cites. */
export const REGULATION = "《重大行政决策程序暂行条例》";
