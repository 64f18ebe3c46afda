// SQL of the indicators over child table rows: rows counted per record (inside the type's one
// aggregate query) and distinct cell values across records (a query of its own, since expanding
// the rows would multiply the records every other aggregate counts). jsonb_array_elements and
// ->> behave the same on PostgreSQL 15 and on PGlite.
import type { RecordIndicatorDeclaration, RowCondition } from "../kernel/indicators.js";
import type { Period } from "./indicator-sql.js";
import { columnOf } from "./naming.js";
import type { Params } from "./params.js";

/** Column names are declared camelCase identifiers (checked); values always go through Params. */
const cell = (element: string, column: string) => `(${element}.value ->> '${column}')`;

/** Cells are compared as their JSON text (true, 3, 12.5, person), the same for every kind. */
export function rowConditionSql(
  conditions: readonly RowCondition[],
  element: string,
  params: Params,
): string {
  if (conditions.length === 0) return "TRUE";
  return conditions
    .map((condition) => {
      const target = cell(element, condition.column);
      if ("equals" in condition) return `${target} = ${params.add(String(condition.equals))}`;
      if (condition.in.length === 0) return "FALSE";
      return `${target} IN (${condition.in.map((value) => params.add(value)).join(", ")})`;
    })
    .join(" AND ");
}

/** Rows of the record's table that the measure counts, as a scalar subquery. */
export function rowCountSql(
  measure: { readonly table: string; readonly rowWhere?: readonly RowCondition[] },
  alias: string,
  params: Params,
): string {
  const rows = `${alias}.${columnOf(measure.table)}`;
  const where = measure.rowWhere ?? [];
  if (where.length === 0) return `coalesce(jsonb_array_length(${rows}), 0)`;
  return `(SELECT count(*) FROM jsonb_array_elements(coalesce(${rows}, '[]'::jsonb)) e
    WHERE ${rowConditionSql(where, "e", params)})`;
}

/**
 * For the records behind a figure over rows: only the records with a row it counts (for distinct
 * values, a row with the column filled). Null for the other measures.
 */
export function rowRecordsSql(
  indicator: RecordIndicatorDeclaration,
  alias: string,
  params: Params,
): string | null {
  const { measure } = indicator;
  if (measure.kind !== "rows" && measure.kind !== "distinctRowValue") return null;
  const filled =
    measure.kind === "distinctRowValue" ? [`${cell("e", measure.column)} IS NOT NULL`] : [];
  const where = [rowConditionSql(measure.rowWhere ?? [], "e", params), ...filled].join(" AND ");
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(${alias}.${columnOf(measure.table)}, '[]'::jsonb)) e WHERE ${where})`;
}

/**
 * Distinct values of the measure's column across the rows of the records matching `conditions`
 * (one per period): `SELECT` list and the lateral join that expands the rows.
 */
export function distinctRowValueSql(
  measure: {
    readonly table: string;
    readonly column: string;
    readonly rowWhere?: readonly RowCondition[];
  },
  conditions: readonly string[],
  alias: string,
  params: Params,
): { select: string; join: string; where: string } {
  const value = cell("e", measure.column);
  const select = conditions
    .map((condition, p) => `count(DISTINCT ${value}) FILTER (WHERE ${condition}) AS v${String(p)}`)
    .join(", ");
  return {
    select,
    join: `CROSS JOIN LATERAL jsonb_array_elements(coalesce(${alias}.${columnOf(measure.table)}, '[]'::jsonb)) e`,
    where: `${value} IS NOT NULL AND ${value} <> '' AND ${rowConditionSql(measure.rowWhere ?? [], "e", params)}`,
  };
}

/**
 * The record has a row of the table whose date column lies in the period (period mode
 * rowWithin). Dates are stored as YYYY-MM-DD text, so they compare as text.
 */
export function rowDatedSql(
  spec: { readonly field: string; readonly column: string },
  period: Period,
  alias: string,
  params: Params,
): string {
  const day = cell("e", spec.column);
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(${alias}.${columnOf(spec.field)}, '[]'::jsonb)) e
    WHERE ${day} BETWEEN ${params.add(period.from)} AND ${params.add(period.to)})`;
}

/** The latest date of the table's rows, to list the records of a rowWithin figure newest first. */
export function latestRowDateSql(
  spec: { readonly field: string; readonly column: string },
  alias: string,
): string {
  return `(SELECT max(${cell("e", spec.column)}) FROM jsonb_array_elements(coalesce(${alias}.${columnOf(spec.field)}, '[]'::jsonb)) e)`;
}
