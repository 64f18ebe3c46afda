// How stored values are shown: choice labels, org and user names, and masking of identifiers.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { maskIdentifier } from "../kernel/codes.js";
import { unmaskedRolesOf, type FieldDeclaration } from "../kernel/fields.js";
import type { Actor } from "./actor.js";
import type { RecordRow } from "./select.js";
import { isSensitiveColumn, maskRows, rowsOf, rowsTitle } from "./rows-text.js";

const SENSITIVE_KINDS = new Set(["idNumber", "phone"]);

export const isSensitive = (field: FieldDeclaration): boolean => SENSITIVE_KINDS.has(field.kind);

/** Whether the field's declaration lets this actor's roles see the value unmasked. */
export function mayUnmask(field: FieldDeclaration, actor: Actor): boolean {
  if (actor.kind === "system") return true;
  return actor.roles.some((role) => unmaskedRolesOf(field).includes(role));
}

/**
 * Masks sensitive values in place, for every reader: lists, exports, the record itself and its
 * history. Full values are read only on request, audited (see reveal.ts).
 */
export function maskValues(input: {
  readonly type: RecordTypeDeclaration;
  readonly values: Record<string, unknown>;
}): void {
  for (const field of input.type.fields) {
    const value = input.values[field.name];
    if (isSensitive(field) && typeof value === "string")
      input.values[field.name] = maskIdentifier(value);
    // Rows are masked cell by cell, like the fields they stand in for.
    if (field.kind === "table" && Array.isArray(value))
      input.values[field.name] = maskRows(field, value);
  }
}

/** Whether there is a full value to reveal: a filled field, or a filled ID or phone cell. */
export function holdsSensitiveValue(field: FieldDeclaration | undefined, value: unknown): boolean {
  if (field?.kind !== "table") return typeof value === "string";
  const columns = field.columns.filter(isSensitiveColumn);
  return rowsOf(value).some((row) =>
    columns.some((column) => typeof row[column.name] === "string"),
  );
}

/** Tables with an ID or phone column this actor's roles may read in full. */
function revealableTable(field: FieldDeclaration, actor: Actor): boolean {
  return (
    field.kind === "table" &&
    field.columns.some((column) => isSensitiveColumn(column) && mayUnmask(column, actor))
  );
}

/**
 * The sensitive fields this actor may read in full on a record: the field's declaration names one
 * of the actor's roles, and the actor may write the record (its caseworkers in the owner
 * organisation; readers such as leaders and auditors never).
 */
export function revealableFields(
  type: RecordTypeDeclaration,
  actor: Actor,
  /** The write predicate's answer for this actor and record. */
  isWritable: boolean,
): string[] {
  if (!isWritable) return [];
  return type.fields
    .filter(
      (field) => (isSensitive(field) && mayUnmask(field, actor)) || revealableTable(field, actor),
    )
    .map((field) => field.name);
}

/** Labels to show for choice, org and user values: choice labels from the declaration, names from the row. */
export function displayLabels(
  type: RecordTypeDeclaration,
  row: Pick<RecordRow, "values" | "names">,
): Record<string, string> {
  const labels: Record<string, string> = { ...row.names };
  for (const field of type.fields) {
    const value = row.values[field.name];
    if (field.kind === "choice" && typeof value === "string") {
      labels[field.name] = field.options.find((option) => option.value === value)?.label ?? value;
    }
    // A table in a title or list column reads as the first column of its rows (masked).
    if (field.kind === "table") labels[field.name] = rowsTitle(field, maskRows(field, value));
  }
  return labels;
}
