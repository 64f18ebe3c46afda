// The lower-cased text a record is found by (`q`): its number, its searchable fields and the
// searchable columns of its child tables.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { rowsSearchText } from "./rows-text.js";

export function searchTextOf(
  type: RecordTypeDeclaration,
  recordNumber: string | null,
  values: Readonly<Record<string, unknown>>,
): string {
  const parts = [recordNumber ?? ""];
  for (const field of type.fields) {
    const value = values[field.name];
    if (field.searchable === true && typeof value === "string") parts.push(value);
    // A table is found by its searchable columns (a party's name), whether or not it is marked.
    if (field.kind === "table") parts.push(...rowsSearchText(field, value));
  }
  return parts.join(" ").toLowerCase();
}
