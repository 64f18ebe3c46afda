// Loads a user as an engine actor, with the org path the access rule needs.
import type { Sql } from "../../db/client.js";
import type { UserActor } from "../../engine/actor.js";
import type { Role, Scope } from "../../kernel/roles.js";

export interface ActorRow {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  roles: Role[];
  scope: Scope;
}

export const ACTOR_COLUMNS = `u.id, u.username, u.display_name AS "displayName", u.org_id AS "orgId", o.path AS "orgPath",
  o.name AS "orgName", u.roles, u.scope`;
const SELECT_ACTOR = `SELECT ${ACTOR_COLUMNS} FROM app_user u JOIN org o ON o.id = u.org_id WHERE u.active`;

export interface SignedInUser extends UserActor {
  readonly orgName: string;
}

export const toActor = (row: ActorRow): SignedInUser => ({ kind: "user", ...row });

export async function loadActor(sql: Sql, username: string): Promise<SignedInUser | null> {
  const [row] = await sql.query<ActorRow>(`${SELECT_ACTOR} AND u.username = $1`, [username]);
  return row ? toActor(row) : null;
}

export async function loadActorById(sql: Sql, id: number): Promise<SignedInUser | null> {
  const [row] = await sql.query<ActorRow>(`${SELECT_ACTOR} AND u.id = $1`, [id]);
  return row ? toActor(row) : null;
}
