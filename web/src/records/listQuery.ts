// The list's query (page, sort, filters) lives in the URL, so back/forward and links keep it.
import type { QueryParams } from "../api/client";
import type { Field, TypeMeta } from "../api/types";

export interface ListQuery {
  page: number;
  pageSize: number;
  q: string;
  state: string;
  sort: string;
  order: "asc" | "desc" | "";
  overdue: boolean;
  /** `field` for equality, `field.from` / `field.to` for ranges, as the API names them. */
  filters: Record<string, string>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

export const isRangeKind = (kind: Field["kind"]): boolean =>
  kind === "date" || kind === "integer" || kind === "money";

/** The declared filter fields of a type, in declaration order of `list.filters`. */
export function filterFields(type: TypeMeta): Field[] {
  return type.list.filters.flatMap(
    (name) => type.fields.find((field) => field.name === name) ?? [],
  );
}

function filterKeys(type: TypeMeta): string[] {
  return filterFields(type).flatMap((field) =>
    isRangeKind(field.kind) ? [`${field.name}.from`, `${field.name}.to`] : [field.name],
  );
}

function positive(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function parseListQuery(search: string, type: TypeMeta): ListQuery {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const key of filterKeys(type)) {
    const value = params.get(key);
    if (value !== null && value !== "") filters[key] = value;
  }
  const order = params.get("order");
  return {
    page: positive(params.get("page"), 1),
    pageSize: positive(params.get("pageSize"), DEFAULT_PAGE_SIZE),
    q: params.get("q") ?? "",
    state: params.get("state") ?? "",
    sort: params.get("sort") ?? "",
    order: order === "asc" || order === "desc" ? order : "",
    overdue: params.get("overdue") === "true",
    filters,
  };
}

/** The API parameters of a query; without paging for the export and count. */
export function queryParams(query: ListQuery, withPaging = true): QueryParams {
  return {
    ...(withPaging ? { page: query.page, pageSize: query.pageSize } : {}),
    q: query.q.trim(),
    state: query.state,
    sort: query.sort,
    order: query.sort === "" ? "" : query.order,
    overdue: query.overdue ? "true" : "",
    ...query.filters,
  };
}

/** The URL query string of a list query, leaving out defaults. */
export function listSearch(query: ListQuery): string {
  const params = queryParams(query);
  if (query.page === 1) delete params.page;
  if (query.pageSize === DEFAULT_PAGE_SIZE) delete params.pageSize;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
