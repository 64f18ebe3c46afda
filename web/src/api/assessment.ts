// The assessment API (法治政府建设考核): schemes and item trees, ranking, scorecards, hand scores,
// objections, publication.
import { get, patch, post, request } from "./client";
import type { Items } from "./types";

export type SchemeStatus = "draft" | "scoring" | "published";
export type Comparison = "atLeast" | "atMost";
export type ScoringRule = "allOrNothing" | "proportional";

export interface Formula {
  indicator: string;
  comparison: Comparison;
  threshold: number;
  rule: ScoringRule;
  whenNoValue: "full" | "zero";
}

export type ItemMethod = { kind: "formula"; formula: Formula } | { kind: "hand"; evidence: string };

export interface Scheme {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  title: string;
  status: SchemeStatus;
  basedOn: string;
  version: number;
  publishedAt: string | null;
}

export interface SchemeItemView {
  id: number;
  number: string;
  label: string;
  points: number;
  method: ItemMethod | null;
  children: SchemeItemView[];
}

export interface SchemeView {
  scheme: Scheme;
  totalPoints: number;
  items: SchemeItemView[];
  orgs: { id: number; name: string }[];
  may: { edit: boolean; score: boolean; supervise: boolean; ownOrgs: number[] };
}

export interface Subtotal {
  itemId: number;
  number: string;
  label: string;
  points: number;
  score: number;
}

export interface RankingRow {
  orgId: number;
  orgName: string;
  total: number;
  points: number;
  rank: number;
  subtotals: Subtotal[];
}

export interface HandScore {
  recordId: number;
  recordNumber: string;
  points: number;
  reason: string;
  evidenceNote: string;
  files: number;
  version: number;
}

export interface Objection {
  recordId: number;
  recordNumber: string;
  state: "submitted" | "upheld" | "rejected";
  reason: string;
  originalPoints: number;
  adjustedPoints: number | null;
  resolution: string | null;
  submittedOn: string;
  version: number;
}

export interface ScorecardItem {
  itemId: number;
  number: string;
  label: string;
  topId: number;
  points: number;
  method: "formula" | "hand" | "none";
  indicator: { key: string; label: string; isRatio: boolean } | null;
  value: number | null;
  valueText: string | null;
  thresholdText: string | null;
  isMet: boolean | null;
  computedScore: number;
  score: number;
  status: "computed" | "scored" | "unscored" | "adjusted";
  evidenceRequired: string | null;
  handScore: HandScore | null;
  objections: Objection[];
}

export interface Scorecard extends RankingRow {
  items: ScorecardItem[];
}

export interface ScorecardView {
  scheme: Scheme;
  scorecard: Scorecard;
  may: { score: boolean; object: boolean };
}

export interface FormulaIndicator {
  key: string;
  label: string;
  typeLabel: string;
  isRatio: boolean;
}

export interface ItemInput {
  label: string;
  points?: number | null;
  method?: ItemMethod | null;
}

const base = (id: number) => `/api/assessment/schemes/${String(id)}`;

export const listSchemes = () => get<Items<Scheme>>("/api/assessment/schemes");
export const formulaIndicators = () => get<Items<FormulaIndicator>>("/api/assessment/indicators");
export const createScheme = (body: {
  org: number;
  year: number;
  source: "national-2021" | "previous";
}) => post<{ id: number }>("/api/assessment/schemes", body);
export const fetchScheme = (id: number) => get<SchemeView>(base(id));
export const fetchRanking = (id: number) =>
  get<{ scheme: Scheme; items: RankingRow[] }>(`${base(id)}/ranking`);
export const fetchScorecard = (id: number, orgId: number) =>
  get<ScorecardView>(`${base(id)}/scorecards/${String(orgId)}`);

export const addItem = (
  id: number,
  body: { version: number; parentId: number | null; isHeading: boolean; item: ItemInput },
) => post<{ id: number }>(`${base(id)}/items`, body);
export const updateItem = (
  id: number,
  itemId: number,
  body: { version: number; item: ItemInput },
) => patch<unknown>(`${base(id)}/items/${String(itemId)}`, body);
export const moveItem = (
  id: number,
  itemId: number,
  body: { version: number; parentId: number | null; position: number },
) => post<unknown>(`${base(id)}/items/${String(itemId)}/move`, body);
export const removeItem = (id: number, itemId: number, version: number) =>
  post<unknown>(`${base(id)}/items/${String(itemId)}/remove`, { version });
export const setAssessedOrgs = (id: number, version: number, orgIds: number[]) =>
  request<unknown>("PUT", `${base(id)}/orgs`, { version, orgIds });
export const startScoring = (id: number, version: number) =>
  post<unknown>(`${base(id)}/start`, { version });
export const publishResults = (id: number, version: number) =>
  post<unknown>(`${base(id)}/publish`, { version });

export const giveHandScore = (
  id: number,
  body: {
    itemId: number;
    orgId: number;
    points: number | null;
    reason: string;
    evidenceNote: string;
    version?: number;
  },
) => post<{ recordId: number }>(`${base(id)}/hand-scores`, body);
export const raiseObjection = (
  id: number,
  body: { itemId: number; orgId: number; reason: string },
) => post<{ recordId: number }>(`${base(id)}/objections`, body);
export const resolveObjection = (
  id: number,
  recordId: number,
  body: {
    decision: "uphold" | "reject";
    adjustedPoints?: number | null;
    resolution: string;
    version: number;
  },
) => post<unknown>(`${base(id)}/objections/${String(recordId)}/resolve`, body);
