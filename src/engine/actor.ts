// Who is acting: a signed-in user with roles and scope, or the system acting for a named reason.
import type { Role, Scope } from "../kernel/roles.js";

export interface UserActor {
  readonly kind: "user";
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly orgId: number;
  /** The user's org path ('/1/5/'), for subtree scope. */
  readonly orgPath: string;
  readonly roles: readonly Role[];
  readonly scope: Scope;
  /**
   * Set when a machine client acts with an API token issued for this user: the token narrows the
   * user's access to its record types and read or write (its org subtree is already intersected
   * into orgId/orgPath/scope when the token is authenticated).
   */
  readonly token?: TokenGrant;
}

export interface TokenGrant {
  readonly id: number;
  readonly name: string;
  readonly recordTypes: readonly string[];
  readonly access: "read" | "write";
}

/** Code that bypasses access rules says so, and why; the reason goes into the audit log. */
export interface SystemActor {
  readonly kind: "system";
  readonly reason: string;
}

export type Actor = UserActor | SystemActor;

export const asSystem = (reason: string): SystemActor => ({ kind: "system", reason });

export const actorName = (actor: Actor): string => {
  if (actor.kind === "system") return `系统：${actor.reason}`;
  const user = `${actor.displayName}（${actor.username}）`;
  return actor.token ? `API令牌「${actor.token.name}」（#${actor.token.id}，代表${user}）` : user;
};

/** The user id written in created_by/updated_by columns; null when the system acts. */
export const actorId = (actor: Actor): number | null => (actor.kind === "user" ? actor.id : null);

/** Whether an API token (if the actor acts with one) reaches this record type for this purpose. */
export const tokenAllows = (actor: Actor, recordType: string, purpose: "read" | "write"): boolean =>
  actor.kind === "system" ||
  actor.token === undefined ||
  (actor.token.recordTypes.includes(recordType) &&
    (purpose === "read" || actor.token.access === "write"));

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.kind === "system" || actor.roles.some((role) => roles.includes(role));
