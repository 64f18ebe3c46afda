// The shapes of an assessment scheme (法治政府建设考核方案): a tree of items per year; each leaf
// carries points and a method — a formula over a platform indicator, or hand scoring with the
// evidence the scorer must give.

/** Whether the figure must reach the threshold (a rate ≥ 80 %) or stay under it (≤ 15 %). */
export type Comparison = "atLeast" | "atMost";

/**
 * allOrNothing: full points when the threshold is met, none otherwise; proportional: when missed,
 * points in proportion (value ÷ threshold for atLeast, threshold ÷ value for atMost).
 */
export type ScoringRule = "allOrNothing" | "proportional";

export interface Formula {
  /** A platform indicator key (`litigation.leaderAppearanceRate`); a ratio is a fraction 0..1. */
  readonly indicator: string;
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly rule: ScoringRule;
  /**
   * No value for the organisation in the year (no hearings, so no appearance rate): full points
   * (nothing went wrong) or none (the work was not done).
   */
  readonly whenNoValue: "full" | "zero";
}

export type ItemMethod =
  | { readonly kind: "formula"; readonly formula: Formula }
  /** `evidence`: what the scorer must cite and attach (meeting minutes, filing receipts …). */
  | { readonly kind: "hand"; readonly evidence: string };

/** An item as declared in a default scheme: children, or (for a leaf) points and a method. */
export interface DefaultItem {
  readonly label: string;
  readonly points?: number;
  readonly method?: ItemMethod;
  readonly children?: readonly DefaultItem[];
}

export type SchemeStatus = "draft" | "scoring" | "published";

export const SCHEME_STATUS_LABELS: Readonly<Record<SchemeStatus, string>> = {
  draft: "编制中",
  scoring: "评分中",
  published: "已发布",
};

/** An item as stored: its place in the tree and, for a leaf, points and method. */
export interface SchemeItem {
  readonly id: number;
  readonly parentId: number | null;
  readonly position: number;
  readonly label: string;
  readonly points: number | null;
  readonly method: ItemMethod | null;
}

export interface SchemeRow {
  readonly id: number;
  readonly orgId: number;
  readonly orgName: string;
  readonly year: number;
  readonly title: string;
  readonly status: SchemeStatus;
  readonly basedOn: string;
  readonly version: number;
  readonly publishedAt: string | null;
}
