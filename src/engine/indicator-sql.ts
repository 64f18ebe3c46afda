// Compiles indicator declarations to SQL fragments: the period and filter of one indicator, and
// the organisation subtree it is counted over. Values always go through Params.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { IndicatorCondition, RecordIndicatorDeclaration } from "../kernel/indicators.js";
import { columnOf } from "./naming.js";
import type { Params } from "./params.js";
import { rowCountSql, rowDatedSql } from "./indicator-rows-sql.js";

/** A closed period of days, both ends included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const column = (alias: string, field: string) =>
  field === "state" ? `${alias}.state` : `${alias}.${columnOf(field)}`;

export function conditionSql(condition: IndicatorCondition, alias: string, params: Params): string {
  if ("anyOf" in condition) {
    const parts = condition.anyOf.map((part) => conditionSql(part, alias, params));
    return parts.length === 0 ? "FALSE" : `(${parts.join(" OR ")})`;
  }
  const target = column(alias, condition.field);
  if ("equals" in condition) return `${target} = ${params.add(condition.equals)}`;
  if ("in" in condition) {
    if (condition.in.length === 0) return "FALSE";
    return `${target} IN (${condition.in.map((value) => params.add(value)).join(", ")})`;
  }
  return `${target} IS ${condition.isSet ? "NOT " : ""}NULL`;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export function periodSql(
  indicator: RecordIndicatorDeclaration,
  period: Period,
  alias: string,
  params: Params,
): string {
  const spec = indicator.period;
  if (spec.mode === "rowWithin") return rowDatedSql(spec, period, alias, params);
  const field = column(alias, spec.field);
  switch (spec.mode) {
    case "within":
      return `${field} BETWEEN ${params.add(period.from)} AND ${params.add(period.to)}`;
    case "year":
      return `${field} BETWEEN ${params.add(yearOf(period.from))} AND ${params.add(yearOf(period.to))}`;
    case "asOf": {
      const to = params.add(period.to);
      const started = `${field} <= ${to}`;
      if (!spec.endField) return started;
      const end = column(alias, spec.endField);
      return `${started} AND (${end} IS NULL OR ${end} > ${to})`;
    }
  }
}

/** Period and filters of one indicator, ANDed. */
export function indicatorConditionSql(
  indicator: RecordIndicatorDeclaration,
  period: Period,
  alias: string,
  params: Params,
): string {
  return [
    periodSql(indicator, period, alias, params),
    ...(indicator.where ?? []).map((condition) => conditionSql(condition, alias, params)),
  ].join(" AND ");
}

/**
 * The record belongs to the organisation or anything under it, through any of its org fields —
 * the same fields that give read access, so a subtree counts what its users can open.
 */
export function subtreeSql(
  type: RecordTypeDeclaration,
  orgPath: string,
  alias: string,
  params: Params,
): string {
  const prefix = params.add(`${orgPath}%`);
  const subtree = `(SELECT id FROM org WHERE path LIKE ${prefix})`;
  const parts = type.access.orgFields.map((field) => `${alias}.${columnOf(field)} IN ${subtree}`);
  return parts.length === 1 ? (parts[0] ?? "FALSE") : `(${parts.join(" OR ")})`;
}

/** The aggregate of one indicator over the rows matching `condition`. */
export function aggregateSql(
  indicator: RecordIndicatorDeclaration,
  condition: string,
  params: Params,
): string {
  const filter = `FILTER (WHERE ${condition})`;
  switch (indicator.measure.kind) {
    case "count":
      return `count(*) ${filter}`;
    case "rows":
      return `coalesce(sum(${rowCountSql(indicator.measure, "r", params)}) ${filter}, 0)`;
    case "distinctRowValue":
      throw new Error("distinct row values are counted by distinctRowValueSql, not aggregated");
    case "distinct":
      return `count(DISTINCT r.${columnOf(indicator.measure.field)}) ${filter}`;
    case "sum": {
      const { field, minus } = indicator.measure;
      const summed =
        minus === undefined
          ? `r.${columnOf(field)}`
          : `r.${columnOf(field)} - r.${columnOf(minus)}`;
      return `coalesce(sum(${summed}) ${filter}, 0)`;
    }
    case "target":
      throw new Error("a target is read by targetSql, not aggregated");
  }
}

/**
 * A range that contains every row any of the indicators counts in any of the periods: one
 * BETWEEN (or <=) per period field, so the planner can use the field's index instead of testing
 * every indicator's full condition on every row. Each aggregate still applies its exact condition.
 */
export function coveringPeriodSql(
  indicators: readonly RecordIndicatorDeclaration[],
  periods: readonly Period[],
  alias: string,
  params: Params,
): string {
  const from = periods.map((period) => period.from).sort()[0] ?? "";
  const to =
    periods
      .map((period) => period.to)
      .sort()
      .at(-1) ?? "";
  const placeholders = new Map<string, string>();
  const value = (name: string, raw: string | number) => {
    const existing = placeholders.get(name);
    if (existing !== undefined) return existing;
    const added = params.add(raw);
    placeholders.set(name, added);
    return added;
  };
  const clauses = new Set<string>();
  for (const { period } of indicators) {
    // A row's date has no index of its own: the covering range is the rows' test over all periods.
    if (period.mode === "rowWithin") {
      clauses.add(rowDatedSql(period, { from, to }, alias, params));
      continue;
    }
    const field = column(alias, period.field);
    if (period.mode === "asOf") clauses.add(`${field} <= ${value("to", to)}`);
    else if (period.mode === "year")
      clauses.add(
        `${field} BETWEEN ${value("fromYear", yearOf(from))} AND ${value("toYear", yearOf(to))}`,
      );
    else clauses.add(`${field} BETWEEN ${value("from", from)} AND ${value("to", to)}`);
  }
  const sql = [...clauses];
  return sql.length === 1 ? (sql[0] ?? "TRUE") : `(${sql.join(" OR ")})`;
}
