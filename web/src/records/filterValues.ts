// Between the list query's filters (URL strings) and the filter form's values (pickers, numbers).
import dayjs, { type Dayjs } from "dayjs";
import type { TypeMeta } from "../api/types";
import { filterFields, isRangeKind, type ListQuery } from "./listQuery";

export type FilterValues = Record<string, unknown>;

export function filterFormValues(type: TypeMeta, query: ListQuery): FilterValues {
  const values: FilterValues = {
    q: query.q,
    state: query.state || undefined,
    overdue: query.overdue,
  };
  for (const field of filterFields(type)) {
    const from = query.filters[`${field.name}.from`];
    const to = query.filters[`${field.name}.to`];
    const equal = query.filters[field.name];
    if (field.kind === "date")
      values[field.name] = [from ? dayjs(from) : null, to ? dayjs(to) : null];
    else if (isRangeKind(field.kind)) {
      values[`${field.name}.from`] = from === undefined ? undefined : Number(from);
      values[`${field.name}.to`] = to === undefined ? undefined : Number(to);
    } else if (equal !== undefined)
      values[field.name] = field.kind === "org" ? Number(equal) : equal;
  }
  return values;
}

export function filtersOf(type: TypeMeta, values: FilterValues): Record<string, string> {
  const filters: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (typeof value === "number" || (typeof value === "string" && value.trim() !== "")) {
      filters[key] = String(value).trim();
    }
  };
  for (const field of filterFields(type)) {
    if (field.kind === "date") {
      const [from, to] = (values[field.name] ?? []) as (Dayjs | null)[];
      put(`${field.name}.from`, from?.format("YYYY-MM-DD"));
      put(`${field.name}.to`, to?.format("YYYY-MM-DD"));
    } else if (isRangeKind(field.kind)) {
      put(`${field.name}.from`, values[`${field.name}.from`]);
      put(`${field.name}.to`, values[`${field.name}.to`]);
    } else put(field.name, values[field.name]);
  }
  return filters;
}
