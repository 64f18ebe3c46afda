// Between record values (as the API sends them) and form values (as antd inputs hold them).
import type { Field, FieldValue, Values } from "../api/types";

type FormValues = Record<string, unknown>;

/** Money and integers may arrive as strings (PostgreSQL numeric); inputs want numbers. */
export function toFormValues(fields: readonly Field[], values: Readonly<Values>): FormValues {
  const result: FormValues = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    const isNumber = field.kind === "money" || field.kind === "integer";
    result[field.name] = isNumber && typeof value === "string" ? Number(value) : value;
  }
  return result;
}

function normalize(field: Field, value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const trimmed = field.kind === "longText" ? value.replace(/\s+$/, "") : value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/** Form values as API values: empty inputs become null. */
export function fromFormValues(fields: readonly Field[], form: FormValues): Values {
  const result: Values = {};
  for (const field of fields) result[field.name] = normalize(field, form[field.name]);
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
    const old = normalize(field, toFormValues([field], before)[field.name]);
    const next = after[field.name] ?? null;
    if (old !== next) result[field.name] = next;
  }
  return result;
}

/** Values worth sending on create: the filled ones. */
export function filledValues(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}
