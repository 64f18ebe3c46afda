// Turns list parameters (filters, text search, sort, page) into a validated SQL WHERE and ORDER BY.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { parseFieldValue } from "../kernel/values.js";
import { validationError, type FieldProblem } from "./errors.js";
import { columnOf } from "./naming.js";
import type { Params } from "./params.js";

export interface ListQuery {
  readonly filters: Readonly<Record<string, string>>;
  readonly q?: string;
  readonly state?: string;
  /** Only records with a running clock already past its due date. */
  readonly overdue?: boolean;
  /** Only records whose numbering date (numbering.dateField) falls in this year (exports). */
  readonly year?: number;
  readonly sort?: string;
  readonly order?: "asc" | "desc";
  readonly page: number;
  readonly pageSize: number;
}

export const MAX_PAGE_SIZE = 200;

/** Filter keys: `field` for equality, `field.from` / `field.to` for date and number ranges. */
export function compileFilters(input: {
  readonly type: RecordTypeDeclaration;
  readonly query: ListQuery;
  readonly params: Params;
  readonly alias: string;
}): string[] {
  const { type, query, params, alias } = input;
  const problems: FieldProblem[] = [];
  const clauses: string[] = [];
  for (const [key, raw] of Object.entries(query.filters)) {
    const [name = "", bound] = key.split(".");
    const field = type.fields.find((candidate) => candidate.name === name);
    if (
      !field ||
      !type.list.filters.includes(name) ||
      field.kind === "table" ||
      field.kind === "attachment"
    ) {
      problems.push({ field: key, code: "filter.unknown", message: `不支持按“${key}”筛选` });
      continue;
    }
    const isRange = field.kind === "date" || field.kind === "integer" || field.kind === "money";
    if (bound !== undefined && (!isRange || (bound !== "from" && bound !== "to"))) {
      problems.push({ field: key, code: "filter.unknown", message: `不支持按“${key}”筛选` });
      continue;
    }
    const parsed = parseFieldValue(
      field,
      field.kind === "org" || field.kind === "user" || field.kind === "integer" ? Number(raw) : raw,
    );
    if (!parsed.ok || parsed.value === null) {
      problems.push({ field: key, code: "filter.invalid", message: `${field.label}的筛选值无效` });
      continue;
    }
    const operator = bound === "from" ? ">=" : bound === "to" ? "<=" : "=";
    clauses.push(`${alias}.${columnOf(name)} ${operator} ${params.add(parsed.value)}`);
  }
  if (query.state !== undefined) {
    if (!type.workflow.states.some((state) => state.id === query.state)) {
      problems.push({ field: "state", code: "filter.invalid", message: "状态无效" });
    } else clauses.push(`${alias}.state = ${params.add(query.state)}`);
  }
  if (query.year !== undefined) {
    // The year a record is numbered in: the same field the record number's 〔year〕 comes from.
    if (!Number.isInteger(query.year) || query.year < 1900 || query.year > 9999) {
      problems.push({ field: "year", code: "filter.invalid", message: "年度无效" });
    } else {
      const column = `${alias}.${columnOf(type.numbering.dateField)}`;
      clauses.push(
        `${column} BETWEEN ${params.add(`${query.year}-01-01`)} AND ${params.add(`${query.year}-12-31`)}`,
      );
    }
  }
  if (query.q !== undefined && query.q.trim() !== "") {
    const escaped = query.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`);
    clauses.push(`${alias}.search_text LIKE ${params.add(`%${escaped}%`)}`);
  }
  if (problems.length > 0) throw validationError(problems);
  return clauses;
}

/** The column a list is sorted by and its direction, checked against what the type allows. */
export function orderKey(
  type: RecordTypeDeclaration,
  query: ListQuery,
): { column: string; direction: "ASC" | "DESC" } {
  const sortField = query.sort ?? type.list.defaultSort.field;
  // A child table shown as a list column has no order of its own.
  const tables = new Set(type.fields.filter((f) => f.kind === "table").map((f) => f.name));
  const columns = type.list.columns.filter((name) => !tables.has(name));
  const sortable = new Set(["recordNumber", ...columns, type.list.defaultSort.field]);
  if (!sortable.has(sortField)) {
    throw validationError([
      { field: "sort", code: "sort.unknown", message: `不支持按“${sortField}”排序` },
    ]);
  }
  const column = sortField === "recordNumber" ? "record_number" : columnOf(sortField);
  return {
    column,
    direction: (query.order ?? type.list.defaultSort.direction) === "asc" ? "ASC" : "DESC",
  };
}

export function compileOrder(type: RecordTypeDeclaration, query: ListQuery, alias: string): string {
  const { column, direction } = orderKey(type, query);
  return `${alias}.${column} ${direction}, ${alias}.id ${direction}`;
}
