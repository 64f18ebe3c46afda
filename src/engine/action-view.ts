// The actions a user can take on a record now, with the fields each one asks for.
import type { ActionDeclaration, RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import { hasAnyRole, type Actor } from "./actor.js";
import type { RecordRow } from "./select.js";

export interface ActionView {
  readonly id: string;
  readonly label: string;
  readonly fields: readonly FieldDeclaration[];
  readonly requires: readonly string[];
  /** Attachment fields that must hold a file before the action (upload them first). */
  readonly requiresFiles: readonly string[];
  readonly tone: ActionDeclaration["tone"] | null;
  readonly confirm: string | null;
  /** Why the action is shown but cannot be taken by this user, e.g. self-approval. */
  readonly blockedReason: string | null;
}

/** Why this actor may not take this action on this record, or null if they may. */
export function blockedReason(
  action: ActionDeclaration,
  actor: Actor,
  values: Readonly<Record<string, unknown>>,
): string | null {
  if (action.notByUserIn && actor.kind === "user" && values[action.notByUserIn] === actor.id) {
    return "不能审批本人起草的文书";
  }
  return null;
}

/** Actions this actor may see on the record; `isWritable` is the write predicate's answer for it. */
export function availableActions(
  type: RecordTypeDeclaration,
  actor: Actor,
  row: RecordRow,
  isWritable: boolean,
): ActionView[] {
  if (!isWritable) return [];
  const candidates = type.workflow.actions.filter(
    (action) => action.from.includes(row.state) && hasAnyRole(actor, action.roles),
  );
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  return candidates.map((action) => ({
    id: action.id,
    label: action.label,
    fields: (action.fields ?? []).flatMap((name) => fields.get(name) ?? []),
    requires: action.requires ?? [],
    requiresFiles: action.requiresFiles ?? [],
    tone: action.tone ?? null,
    confirm: action.confirm ?? null,
    blockedReason: blockedReason(action, actor, row.values),
  }));
}
