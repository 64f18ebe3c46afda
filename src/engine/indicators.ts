// Computes indicators for an organisation subtree and one or more periods, through the same read
// access predicate as lists: one query per record type (every indicator of the type, every
// period, as FILTERed aggregates), then ratios from their parts.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import {
  isRatio,
  type IndicatorDeclaration,
  type RecordIndicatorDeclaration,
} from "../kernel/indicators.js";
import { accessPredicate } from "./access.js";
import { hasAnyRole, tokenAllows, type Actor } from "./actor.js";
import { validationError } from "./errors.js";
import {
  aggregateSql,
  coveringPeriodSql,
  indicatorConditionSql,
  subtreeSql,
  type Period,
} from "./indicator-sql.js";
import { columnOf, tableOf } from "./naming.js";
import { Params } from "./params.js";
import { distinctRowValueSql } from "./indicator-rows-sql.js";

export interface IndicatorValue {
  readonly key: string;
  /** null: a ratio whose denominator is zero or unreadable, or a target not set. */
  readonly value: number | null;
  /** false: the actor may not read the records behind it, so it is not computed. */
  readonly readable: boolean;
}

export interface DeclaredIndicator {
  readonly type: RecordTypeDeclaration;
  readonly indicator: IndicatorDeclaration;
}

/** Every declared indicator by key. */
export function indicatorIndex(types: readonly RecordTypeDeclaration[]) {
  const index = new Map<string, DeclaredIndicator>();
  for (const type of types)
    for (const indicator of type.indicators ?? []) index.set(indicator.key, { type, indicator });
  return index;
}

export interface IndicatorRequest {
  readonly types: readonly RecordTypeDeclaration[];
  readonly actor: Actor;
  readonly orgId: number;
  readonly periods: readonly Period[];
}

/** The org's path ('/1/5/'), or a validation error naming the field. */
export async function orgPathOf(db: Sql, orgId: number): Promise<string> {
  const [row] = await db.query<{ path: string }>("SELECT path FROM org WHERE id = $1", [orgId]);
  if (!row) throw validationError([{ field: "org", code: "org.unknown", message: "单位不存在" }]);
  return row.path;
}

/** Values per period (same order as `periods`), each a map by key. */
export async function computeIndicators(
  db: Sql,
  request: IndicatorRequest,
): Promise<Map<string, IndicatorValue>[]> {
  const orgPath = await orgPathOf(db, request.orgId);
  const results = request.periods.map(() => new Map<string, IndicatorValue>());
  const work = request.types.map(async (type) => {
    const own = (type.indicators ?? []).filter(
      (indicator): indicator is RecordIndicatorDeclaration => !isRatio(indicator),
    );
    if (own.length === 0) return;
    const readable =
      hasAnyRole(request.actor, type.access.read) && tokenAllows(request.actor, type.id, "read");
    if (!readable) {
      for (const map of results)
        for (const indicator of own)
          map.set(indicator.key, { key: indicator.key, value: null, readable });
      return;
    }
    const aggregated = own.filter(
      (indicator) =>
        indicator.measure.kind !== "target" && indicator.measure.kind !== "distinctRowValue",
    );
    if (aggregated.length > 0) {
      const row = await aggregate(db, type, aggregated, request, orgPath);
      request.periods.forEach((_period, p) => {
        aggregated.forEach((indicator, i) => {
          const value = Number(row[`v${String(p)}_${String(i)}`] ?? 0);
          results[p]?.set(indicator.key, { key: indicator.key, value, readable });
        });
      });
    }
    for (const indicator of own.filter((c) => c.measure.kind === "distinctRowValue")) {
      const values = await distinctRowValues(db, type, indicator, request, orgPath);
      values.forEach((value, p) =>
        results[p]?.set(indicator.key, { key: indicator.key, value, readable }),
      );
    }
    for (const indicator of own.filter((candidate) => candidate.measure.kind === "target")) {
      const values = await Promise.all(
        request.periods.map((period) => target(db, type, indicator, request, period, orgPath)),
      );
      values.forEach((value, p) =>
        results[p]?.set(indicator.key, { key: indicator.key, value, readable }),
      );
    }
  });
  await Promise.all(work);
  const ratios = request.types.flatMap((type) => (type.indicators ?? []).filter(isRatio));
  for (const map of results) {
    for (const ratio of ratios) {
      const numerator = map.get(ratio.measure.numerator);
      const denominator = map.get(ratio.measure.denominator);
      const readable = numerator?.readable === true && denominator?.readable === true;
      const value =
        readable &&
        numerator.value !== null &&
        denominator.value !== null &&
        denominator.value !== 0
          ? numerator.value / denominator.value
          : null;
      map.set(ratio.key, { key: ratio.key, value, readable });
    }
  }
  return results;
}

async function aggregate(
  db: Sql,
  type: RecordTypeDeclaration,
  indicators: readonly RecordIndicatorDeclaration[],
  request: IndicatorRequest,
  orgPath: string,
): Promise<Record<string, unknown>> {
  const params = new Params();
  const { access, subtree, covering } = readScopeSql(type, indicators, request, orgPath, params);
  const columns: string[] = [];
  request.periods.forEach((period, p) => {
    indicators.forEach((indicator, i) => {
      const condition = indicatorConditionSql(indicator, period, "r", params);
      columns.push(`${aggregateSql(indicator, condition, params)} AS v${String(p)}_${String(i)}`);
    });
  });
  const [row] = await db.query(
    `SELECT ${columns.join(", ")} FROM ${tableOf(type)} r
     WHERE ${access} AND ${subtree} AND ${covering}`,
    params.values,
  );
  return row ?? {};
}

/**
 * The targets set within the subtree for the period's years: per organisation and year the latest
 * setting, and of those only the topmost — a target set for the city covers its departments'.
 */
async function target(
  db: Sql,
  type: RecordTypeDeclaration,
  indicator: RecordIndicatorDeclaration,
  request: IndicatorRequest,
  period: Period,
  orgPath: string,
): Promise<number | null> {
  if (indicator.measure.kind !== "target") return null;
  // A yearly target has no value for part of a year: half a year's work against a whole year's
  // target would read as a rate of about 50 %.
  if (!period.from.endsWith("-01-01") || !period.to.endsWith("-12-31")) return null;
  const params = new Params();
  const access = accessPredicate({
    type,
    actor: request.actor,
    params,
    purpose: "read",
    alias: "r",
  });
  const owner = columnOf(type.access.orgFields[0] ?? "");
  const condition = indicatorConditionSql(indicator, period, "r", params);
  const year = columnOf(indicator.period.field);
  const rows = await db.query<{ year: number; path: string; value: number }>(
    `SELECT DISTINCT ON (r.${owner}, r.${year}) r.${year} AS year, o.path,
       r.${columnOf(indicator.measure.field)} AS value
     FROM ${tableOf(type)} r JOIN org o ON o.id = r.${owner}
     WHERE o.path LIKE ${params.add(`${orgPath}%`)} AND ${access} AND ${condition}
     ORDER BY r.${owner}, r.${year}, r.${columnOf(indicator.measure.latestBy)} DESC, r.id DESC`,
    params.values,
  );
  const topmost = rows.filter(
    (row) =>
      !rows.some(
        (other) =>
          other.year === row.year && other.path !== row.path && row.path.startsWith(other.path),
      ),
  );
  return topmost.length === 0 ? null : topmost.reduce((sum, row) => sum + row.value, 0);
}

/** Distinct values of a row column across the records the indicator counts, per period. */
async function distinctRowValues(
  db: Sql,
  type: RecordTypeDeclaration,
  indicator: RecordIndicatorDeclaration,
  request: IndicatorRequest,
  orgPath: string,
): Promise<number[]> {
  if (indicator.measure.kind !== "distinctRowValue") return [];
  const params = new Params();
  const { access, subtree, covering } = readScopeSql(type, [indicator], request, orgPath, params);
  const conditions = request.periods.map((period) =>
    indicatorConditionSql(indicator, period, "r", params),
  );
  const sql = distinctRowValueSql(indicator.measure, conditions, "r", params);
  const [row] = await db.query(
    `SELECT ${sql.select} FROM ${tableOf(type)} r ${sql.join}
     WHERE ${access} AND ${subtree} AND ${covering} AND ${sql.where}`,
    params.values,
  );
  return request.periods.map((_period, p) => Number(row?.[`v${String(p)}`] ?? 0));
}

/** The records an indicator query counts: readable by the actor, in the org subtree, in a period. */
function readScopeSql(
  type: RecordTypeDeclaration,
  indicators: readonly RecordIndicatorDeclaration[],
  request: IndicatorRequest,
  orgPath: string,
  params: Params,
) {
  return {
    access: accessPredicate({ type, actor: request.actor, params, purpose: "read", alias: "r" }),
    subtree: subtreeSql(type, orgPath, "r", params),
    covering: coveringPeriodSql(indicators, request.periods, "r", params),
  };
}
