// The access rule of a record type compiled to one SQL predicate: lists, counts, exports and
// single records all use it, so what a user can count is exactly what they can open.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { Actor } from "./actor.js";
import { hasAnyRole, tokenAllows } from "./actor.js";
import { columnOf } from "./naming.js";
import type { Params } from "./params.js";

export type AccessPurpose = "read" | "write";

/**
 * Read: the record belongs (through any of its org fields) to an org in the actor's scope.
 * Write: the same, but only through the owner org field (the first one): a respondent
 * department sees cases against it but does not handle them.
 */
export function accessPredicate(input: AccessInput): string {
  const branches = accessBranches(input);
  return branches.length === 1 ? (branches[0] ?? "FALSE") : `(${branches.join(" OR ")})`;
}

interface AccessInput {
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly params: Params;
  readonly purpose: AccessPurpose;
  /** Table alias of the record table in the query. */
  readonly alias: string;
}

/**
 * The same rule as one predicate per org field, whose OR is the access predicate. Lists run one
 * query branch per predicate (UNION) so each can use its org field's index.
 */
export function accessBranches(input: AccessInput): string[] {
  const { type, actor, params, purpose, alias } = input;
  if (actor.kind === "system") return ["TRUE"];
  if (!tokenAllows(actor, type.id, purpose)) return ["FALSE"];
  // Writers are editors and anyone the workflow lets act; each operation checks its own roles too.
  const roles =
    purpose === "read"
      ? type.access.read
      : [...type.access.update, ...type.workflow.actions.flatMap((action) => action.roles)];
  if (!hasAnyRole(actor, roles)) return ["FALSE"];
  if (actor.scope === "all") return ["TRUE"];
  const fields = purpose === "read" ? type.access.orgFields : type.access.orgFields.slice(0, 1);
  const columns = fields.map((field) => `${alias}.${columnOf(field)}`);
  if (actor.scope === "own") {
    const org = params.add(actor.orgId);
    return columns.map((column) => `${column} = ${org}`);
  }
  const prefix = params.add(`${actor.orgPath}%`);
  const subtree = `(SELECT id FROM org WHERE path LIKE ${prefix})`;
  return columns.map((column) => `${column} IN ${subtree}`);
}

/** Whether an org id lies in the actor's scope (for the org fields a user fills in). */
export function orgInScopePredicate(
  actor: Actor,
  params: Params,
  orgIdPlaceholder: string,
): string {
  if (actor.kind === "system" || actor.scope === "all") return "TRUE";
  if (actor.scope === "own") return `${orgIdPlaceholder} = ${params.add(actor.orgId)}`;
  return `${orgIdPlaceholder} IN (SELECT id FROM org WHERE path LIKE ${params.add(`${actor.orgPath}%`)})`;
}

/**
 * Whether the actor's scope covers the org and everything under it, so that figures for the org's
 * subtree are complete for this user (an own-scope user covers only an org without children).
 */
export function coversSubtreePredicate(actor: Actor, params: Params, orgIdColumn: string): string {
  if (actor.kind === "system" || actor.scope === "all") return "TRUE";
  if (actor.scope === "subtree") return orgInScopePredicate(actor, params, orgIdColumn);
  return `(${orgIdColumn} = ${params.add(actor.orgId)} AND NOT EXISTS (SELECT 1 FROM org child WHERE child.parent_id = ${orgIdColumn}))`;
}
