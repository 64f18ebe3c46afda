// How stored values are shown: choice labels, org and user names, and masking of identifiers.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { maskIdentifier } from "../kernel/codes.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import type { Actor } from "./actor.js";

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

/** Labels for choice, org and user values of many records, looked up in two queries. */
export async function displayLabels(
  sql: Sql,
  type: RecordTypeDeclaration,
  rows: readonly Record<string, unknown>[],
): Promise<Record<string, string>[]> {
  const ids = (kind: "org" | "user") => [
    ...new Set(
      type.fields
        .filter((field) => field.kind === kind)
        .flatMap((field) => rows.map((row) => row[field.name]))
        .filter((value): value is number => typeof value === "number"),
    ),
  ];
  const orgIds = ids("org");
  const userIds = ids("user");
  const orgNames = new Map(
    orgIds.length === 0
      ? []
      : (
          await sql.query<{ id: number; name: string }>(
            "SELECT id, name FROM org WHERE id = ANY($1)",
            [orgIds],
          )
        ).map((row) => [row.id, row.name]),
  );
  const userNames = new Map(
    userIds.length === 0
      ? []
      : (
          await sql.query<{ id: number; name: string }>(
            "SELECT id, display_name AS name FROM app_user WHERE id = ANY($1)",
            [userIds],
          )
        ).map((row) => [row.id, row.name]),
  );
  return rows.map((row) => {
    const labels: Record<string, string> = {};
    for (const field of type.fields) {
      const value = row[field.name];
      if (typeof value !== "string" && typeof value !== "number") continue;
      if (field.kind === "choice")
        labels[field.name] = field.options?.find((o) => o.value === value)?.label ?? String(value);
      if (field.kind === "org")
        labels[field.name] = orgNames.get(value as number) ?? `#${String(value)}`;
      if (field.kind === "user")
        labels[field.name] = userNames.get(value as number) ?? `#${String(value)}`;
    }
    return labels;
  });
}
