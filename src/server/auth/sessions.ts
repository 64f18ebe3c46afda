// Sessions in the database (so app instances stay stateless): a random token in an HttpOnly cookie,
// only its hash stored, with a CSRF token for every state-changing request.
import { createHash, randomBytes } from "node:crypto";
import type { Sql } from "../../db/client.js";
import { VERSIONS_JSON, type VersionSnapshot } from "../../engine/versions.js";
import { ACTOR_COLUMNS, toActor, type ActorRow, type SignedInUser } from "./actor-loader.js";

export const SESSION_COOKIE = "fazhi_session";
export const SESSION_HOURS = 8;

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
const token = (): string => randomBytes(32).toString("base64url");

export interface Session {
  readonly userId: number;
  readonly csrfToken: string;
}

export async function createSession(
  sql: Sql,
  userId: number,
  now: Date,
): Promise<{ readonly cookie: string; readonly csrfToken: string }> {
  const cookie = token();
  const csrfToken = token();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await sql.query(
    "INSERT INTO session (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    [sha256(cookie), userId, csrfToken, now.toISOString(), expires.toISOString()],
  );
  return { cookie, csrfToken };
}

/** The session and its user in one round trip: this runs on every API request. */
export async function findSessionUser(
  sql: Sql,
  cookie: string,
  now: Date,
): Promise<{
  readonly session: Session;
  readonly user: SignedInUser;
  readonly versions: VersionSnapshot;
} | null> {
  // The record-type versions come along: list pages are validated against them without another trip.
  const [row] = await sql.query<ActorRow & { csrfToken: string; versions: VersionSnapshot }>(
    `SELECT s.csrf_token AS "csrfToken", ${VERSIONS_JSON} AS versions, ${ACTOR_COLUMNS}
     FROM session s JOIN app_user u ON u.id = s.user_id
     JOIN org o ON o.id = u.org_id WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
    [sha256(cookie), now.toISOString()],
  );
  if (!row) return null;
  const { csrfToken, versions, ...actor } = row;
  return { session: { userId: actor.id, csrfToken }, user: toActor(actor), versions };
}

export async function deleteSession(sql: Sql, cookie: string): Promise<void> {
  await sql.query("DELETE FROM session WHERE token_hash = $1", [sha256(cookie)]);
}
