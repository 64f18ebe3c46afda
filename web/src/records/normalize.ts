// One form value as an API value: text trimmed, empty inputs null.
import type { Field, FieldValue } from "../api/types";

export function normalize(field: Field, value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const trimmed = field.kind === "longText" ? value.replace(/\s+$/, "") : value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}
