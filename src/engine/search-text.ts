// The lower-cased text a record is found by (`q`): its number and its searchable fields.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";

export function searchTextOf(
  type: RecordTypeDeclaration,
  recordNumber: string | null,
  values: Readonly<Record<string, unknown>>,
): string {
  const parts = [recordNumber ?? ""];
  for (const field of type.fields) {
    const value = values[field.name];
    if (field.searchable === true && typeof value === "string") parts.push(value);
  }
  return parts.join(" ").toLowerCase();
}
