// The indicator screens keep org, year and page in the URL, so links and back/forward keep them.
import type { OrgTreeNode } from "../orgs/useOrgOptions";
import { DEFAULT_PAGE_SIZE } from "../records/listQuery";

export interface IndicatorQuery {
  /** null until chosen: the screens then use the top of the user's organisation tree. */
  org: number | null;
  year: number;
  page: number;
  pageSize: number;
}

/** Reports look back: the default is the previous calendar year. */
export const defaultYear = (): number => new Date().getFullYear() - 1;

/** The years offered: the last ten, newest first. */
export function yearChoices(): number[] {
  const last = new Date().getFullYear();
  return Array.from({ length: 10 }, (_, index) => last - index);
}

function positive(text: string | null): number | null {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value > 0 ? value : null;
}

export function parseIndicatorQuery(search: string): IndicatorQuery {
  const params = new URLSearchParams(search);
  return {
    org: positive(params.get("org")),
    year: positive(params.get("year")) ?? defaultYear(),
    page: positive(params.get("page")) ?? 1,
    pageSize: positive(params.get("pageSize")) ?? DEFAULT_PAGE_SIZE,
  };
}

/** `?org=1&year=2023`, with page and size only when not the defaults. */
export function indicatorSearch(query: {
  org: number;
  year: number;
  page?: number;
  pageSize?: number;
}): string {
  const params = new URLSearchParams({ org: String(query.org), year: String(query.year) });
  if (query.page !== undefined && query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== undefined && query.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(query.pageSize));
  return `?${params.toString()}`;
}

/** The org to show when none is chosen: the first top-level org the user may see. */
export const defaultOrg = (tree: readonly OrgTreeNode[]): number | null => tree[0]?.value ?? null;
