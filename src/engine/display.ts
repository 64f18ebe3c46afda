// How stored values are shown: choice labels, org and user names, and masking of identifiers.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { maskIdentifier } from "../kernel/codes.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import type { Actor } from "./actor.js";
import type { RecordRow } from "./select.js";

const SENSITIVE_KINDS = new Set(["idNumber", "phone"]);

export const isSensitive = (field: FieldDeclaration): boolean => SENSITIVE_KINDS.has(field.kind);

/** Whether this actor may see this field unmasked on a single record. */
export function mayUnmask(field: FieldDeclaration, actor: Actor): boolean {
  if (actor.kind === "system") return true;
  return actor.roles.some((role) => (field.unmaskedFor ?? []).includes(role));
}

/**
 * Masks sensitive values in place. Lists and exports always mask; a single record shows
 * the value to roles that need it (and the caller audits that read).
 */
export function maskValues(input: {
  readonly type: RecordTypeDeclaration;
  readonly values: Record<string, unknown>;
  readonly actor: Actor;
  readonly isSingleRecord: boolean;
}): string[] {
  const unmasked: string[] = [];
  for (const field of input.type.fields.filter(isSensitive)) {
    const value = input.values[field.name];
    if (typeof value !== "string") continue;
    if (input.isSingleRecord && mayUnmask(field, input.actor)) unmasked.push(field.name);
    else input.values[field.name] = maskIdentifier(value);
  }
  return unmasked;
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
      labels[field.name] = field.options?.find((option) => option.value === value)?.label ?? value;
    }
  }
  return labels;
}
