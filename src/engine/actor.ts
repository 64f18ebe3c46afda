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
}

/** Code that bypasses access rules says so, and why; the reason goes into the audit log. */
export interface SystemActor {
  readonly kind: "system";
  readonly reason: string;
}

export type Actor = UserActor | SystemActor;

export const asSystem = (reason: string): SystemActor => ({ kind: "system", reason });

export const actorName = (actor: Actor): string =>
  actor.kind === "user" ? `${actor.displayName}（${actor.username}）` : `系统：${actor.reason}`;

/** The user id written in created_by/updated_by columns; null when the system acts. */
export const actorId = (actor: Actor): number | null => (actor.kind === "user" ? actor.id : null);

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.kind === "system" || actor.roles.some((role) => roles.includes(role));
