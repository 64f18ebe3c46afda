// Scorecards: every assessed organisation's points on every scored item of a scheme, computed from
// records — formula items from platform indicators over the organisation's subtree and the year
// (one computeIndicators call per organisation, i.e. one query per record type the scheme's
// formulas use), hand items from the hand-score records, both overridden by an upheld objection —
// with subtotals per first-level heading, totals and the ranking.
import type { Sql } from "../db/client.js";
import { asSystem } from "../engine/actor.js";
import { computeIndicators, indicatorIndex, type DeclaredIndicator } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { isRatio } from "../kernel/indicators.js";
import { yearPeriod } from "../report/figures.js";
import { handScores, objections, type HandScoreEntry, type ObjectionEntry } from "./entries.js";
import { roundPoints, scoreFormula, thresholdText, valueText } from "./formula.js";
import { assessedOrgs, schemeItems, type AssessedOrg } from "./store.js";
import { buildTree, leaves, type TreeNode } from "./tree.js";
import type { SchemeRow } from "./types.js";

export type ItemStatus = "computed" | "scored" | "unscored" | "adjusted";

export interface ScorecardItem {
  readonly itemId: number;
  readonly number: string;
  readonly label: string;
  readonly topId: number;
  readonly points: number;
  readonly method: "formula" | "hand" | "none";
  readonly indicator: {
    readonly key: string;
    readonly label: string;
    readonly isRatio: boolean;
  } | null;
  readonly value: number | null;
  readonly valueText: string | null;
  readonly thresholdText: string | null;
  readonly isMet: boolean | null;
  /** What the formula or the hand score gives, before objections. */
  readonly computedScore: number;
  readonly score: number;
  readonly status: ItemStatus;
  readonly evidenceRequired: string | null;
  readonly handScore: HandScoreEntry | null;
  readonly objections: readonly ObjectionEntry[];
}

export interface Subtotal {
  readonly itemId: number;
  readonly number: string;
  readonly label: string;
  readonly points: number;
  readonly score: number;
}

export interface Scorecard {
  readonly orgId: number;
  readonly orgName: string;
  readonly total: number;
  readonly points: number;
  readonly rank: number;
  readonly subtotals: readonly Subtotal[];
  readonly items: readonly ScorecardItem[];
}

/** The record types whose indicators the keys need (a ratio's parts may be another type's). */
function typesFor(
  keys: readonly string[],
  index: ReadonlyMap<string, DeclaredIndicator>,
): RecordTypeDeclaration[] {
  const types = new Set<RecordTypeDeclaration>();
  for (const key of keys) {
    const declared = index.get(key);
    if (!declared) continue;
    types.add(declared.type);
    if (isRatio(declared.indicator))
      for (const part of [
        declared.indicator.measure.numerator,
        declared.indicator.measure.denominator,
      ]) {
        const type = index.get(part)?.type;
        if (type) types.add(type);
      }
  }
  return [...types];
}

function scoreItem(
  node: TreeNode,
  top: TreeNode,
  index: ReadonlyMap<string, DeclaredIndicator>,
  values: ReadonlyMap<string, { value: number | null }>,
  hand: HandScoreEntry | undefined,
  raised: readonly ObjectionEntry[],
): ScorecardItem {
  const { item } = node;
  const points = node.points;
  const base = {
    itemId: item.id,
    number: node.number,
    label: item.label,
    topId: top.item.id,
    points,
    objections: raised,
  };
  let partial: Omit<ScorecardItem, keyof typeof base | "score" | "status"> & { status: ItemStatus };
  if (item.method?.kind === "formula") {
    const { formula } = item.method;
    const declared = index.get(formula.indicator);
    const ratio = declared ? isRatio(declared.indicator) : false;
    const value = values.get(formula.indicator)?.value ?? null;
    const scored = scoreFormula(formula, points, value);
    partial = {
      method: "formula",
      indicator: {
        key: formula.indicator,
        label: declared?.indicator.label ?? formula.indicator,
        isRatio: ratio,
      },
      value,
      valueText: valueText(value, ratio),
      thresholdText: thresholdText(formula, ratio),
      isMet: scored.isMet,
      computedScore: scored.score,
      status: "computed",
      evidenceRequired: null,
      handScore: null,
    };
  } else {
    partial = {
      method: item.method?.kind ?? "none",
      indicator: null,
      value: null,
      valueText: null,
      thresholdText: null,
      isMet: null,
      // A hand score above the item's points (written past the assessment routes) counts as full.
      computedScore: hand ? roundPoints(Math.min(hand.points, points)) : 0,
      status: hand ? "scored" : "unscored",
      evidenceRequired: item.method?.kind === "hand" ? item.method.evidence : null,
      handScore: hand ?? null,
    };
  }
  const upheld = raised.filter((objection) => objection.state === "upheld").at(-1);
  const score =
    upheld?.adjustedPoints != null
      ? roundPoints(Math.min(upheld.adjustedPoints, points))
      : partial.computedScore;
  return { ...base, ...partial, score, status: upheld ? "adjusted" : partial.status };
}

/** Competition ranking (1, 1, 3): equal totals share a rank. */
export function rankByTotal<T extends { total: number }>(
  cards: readonly T[],
): (T & { rank: number })[] {
  const sorted = [...cards].sort((a, b) => b.total - a.total);
  return sorted.map((card) => ({
    ...card,
    rank: sorted.findIndex((other) => other.total === card.total) + 1,
  }));
}

export async function computeScorecards(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  scheme: SchemeRow,
  only?: AssessedOrg,
): Promise<Scorecard[]> {
  const tree = buildTree(await schemeItems(db, scheme.id));
  const scored = leaves(tree);
  const index = indicatorIndex(types);
  const keys = [
    ...new Set(
      scored.flatMap(({ node }) =>
        node.item.method?.kind === "formula" ? [node.item.method.formula.indicator] : [],
      ),
    ),
  ];
  const needed = typesFor(keys, index);
  const itemIds = scored.map(({ node }) => node.item.id);
  const [hands, raised] = await Promise.all([handScores(db, itemIds), objections(db, itemIds)]);
  const orgs = only ? [only] : await assessedOrgs(db, scheme.id);
  // The computed figures are the same whoever looks: they are counted over all the records.
  const system = asSystem("法治考核计分");
  const cards: Omit<Scorecard, "rank">[] = [];
  for (const org of orgs) {
    const [values] =
      needed.length === 0
        ? [new Map()]
        : await computeIndicators(db, {
            types: needed,
            actor: system,
            orgId: org.id,
            periods: [yearPeriod(scheme.year)],
          });
    const items = scored.map(({ node, top }) =>
      scoreItem(
        node,
        top,
        index,
        values,
        hands.find((hand) => hand.itemId === node.item.id && hand.orgId === org.id),
        raised.filter(
          (objection) => objection.itemId === node.item.id && objection.orgId === org.id,
        ),
      ),
    );
    const subtotals = tree.map((top) => ({
      itemId: top.item.id,
      number: top.number,
      label: top.item.label,
      points: top.points,
      score: roundPoints(
        items
          .filter((item) => item.topId === top.item.id)
          .reduce((sum, item) => sum + item.score, 0),
      ),
    }));
    cards.push({
      orgId: org.id,
      orgName: org.name,
      points: roundPoints(tree.reduce((sum, top) => sum + top.points, 0)),
      total: roundPoints(subtotals.reduce((sum, subtotal) => sum + subtotal.score, 0)),
      subtotals,
      items,
    });
  }
  return rankByTotal(cards);
}
