// Between record values (as the API sends them) and form values (as antd inputs hold them).
import type { Field, Values } from "../api/types";
import { normalize } from "./normalize";
import { fromFormRows, sameRows, toFormRows } from "./rowValues";

type FormValues = Record<string, unknown>;

/** Money and integers may arrive as strings (PostgreSQL numeric); inputs want numbers. */
export function toFormValues(fields: readonly Field[], values: Readonly<Values>): FormValues {
  const result: FormValues = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    const isNumber = field.kind === "money" || field.kind === "integer";
    if (field.kind === "table") result[field.name] = toFormRows(field, value);
    else result[field.name] = isNumber && typeof value === "string" ? Number(value) : value;
  }
  return result;
}

/** Form values as API values: empty inputs become null. */
export function fromFormValues(fields: readonly Field[], form: FormValues): Values {
  const result: Values = {};
  for (const field of fields)
    result[field.name] =
      field.kind === "table"
        ? fromFormRows(field, form[field.name])
        : normalize(field, form[field.name]);
  return result;
}

/** Only the fields whose value differs from the record's (so unchanged masked values stay). */
export function changedValues(
  fields: readonly Field[],
  before: Readonly<Values>,
  after: Values,
): Values {
  const result: Values = {};
  for (const field of fields) {
    const next = after[field.name] ?? null;
    if (field.kind === "table") {
      // Rows go whole: the server keeps the numbers behind cells still masked as shown.
      const old = fromFormRows(field, toFormValues([field], before)[field.name]);
      if (!sameRows(old, next)) result[field.name] = next;
      continue;
    }
    const old = normalize(field, toFormValues([field], before)[field.name]);
    if (old !== next) result[field.name] = next;
  }
  return result;
}

/** Values worth sending on create: the filled ones. */
export function filledValues(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
