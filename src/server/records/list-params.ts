// Reads list query parameters; anything malformed is a 400 naming the parameter.
import type { ListQuery } from "../../engine/list-query.js";
import { MAX_PAGE_SIZE } from "../../engine/list-query.js";
import { validationError, type FieldProblem } from "../../engine/errors.js";
import { isStorableText } from "../../kernel/values.js";

const RESERVED = new Set(["page", "pageSize", "q", "state", "sort", "order", "overdue"]);

export function parseListParams(raw: Readonly<Record<string, unknown>>): ListQuery {
  const problems: FieldProblem[] = [];
  const integer = (name: string, fallback: number, max: number): number => {
    const value = raw[name];
    if (value === undefined) return fallback;
    const parsed = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
      problems.push({
        field: name,
        code: "query.invalid",
        message: `${name} 应为1至${max}之间的整数`,
      });
      return fallback;
    }
    return parsed;
  };
  const text = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value.length > 200 || !isStorableText(value)) {
      problems.push({ field: name, code: "query.invalid", message: `${name} 参数无效` });
      return undefined;
    }
    return value;
  };
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (RESERVED.has(key)) continue;
    if (typeof value !== "string" || value.length > 200 || !isStorableText(value))
      problems.push({ field: key, code: "query.invalid", message: `${key} 参数无效` });
    else if (value !== "") filters[key] = value;
  }
  const order = text("order");
  if (order !== undefined && order !== "asc" && order !== "desc")
    problems.push({ field: "order", code: "query.invalid", message: "order 应为 asc 或 desc" });
  const overdue = text("overdue");
  if (overdue !== undefined && overdue !== "true" && overdue !== "false")
    problems.push({
      field: "overdue",
      code: "query.invalid",
      message: "overdue 应为 true 或 false",
    });
  const query: ListQuery = {
    filters,
    page: integer("page", 1, 100_000),
    pageSize: integer("pageSize", 20, MAX_PAGE_SIZE),
    ...(text("q") !== undefined ? { q: text("q") ?? "" } : {}),
    ...(text("state") ? { state: text("state") ?? "" } : {}),
    ...(text("sort") ? { sort: text("sort") ?? "" } : {}),
    ...(order === "asc" || order === "desc" ? { order } : {}),
    ...(overdue === "true" ? { overdue: true } : {}),
  };
  if (problems.length > 0) throw validationError(problems);
  return query;
}
