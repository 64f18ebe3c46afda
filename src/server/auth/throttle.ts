// Login throttling: too many failures for one username or from one address in a window are refused.
import type { Sql } from "../../db/client.js";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;

/** Throttled when earlier failures (attempts before `ownAttempt`) reached a limit within the window. */
export async function isThrottled(
  sql: Sql,
  username: string,
  ip: string,
  now: Date,
  ownAttempt: number,
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000).toISOString();
  const [row] = await sql.query<{ byUser: number; byIp: number }>(
    `SELECT count(*) FILTER (WHERE username = $1)::int AS "byUser", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
     FROM login_attempt WHERE NOT succeeded AND at > $3 AND (username = $1 OR ip = $2) AND id < $4`,
    [username, ip, since, ownAttempt],
  );
  return (row?.byUser ?? 0) >= MAX_FAILURES_PER_USERNAME || (row?.byIp ?? 0) >= MAX_FAILURES_PER_IP;
}

/** Records an attempt (as failed until marked otherwise) and returns its id. */
export async function recordAttempt(
  sql: Sql,
  input: { username: string; ip: string; succeeded: boolean; now: Date },
): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    "INSERT INTO login_attempt (username, ip, succeeded, at) VALUES ($1, $2, $3, $4) RETURNING id",
    [input.username, input.ip, input.succeeded, input.now.toISOString()],
  );
  return row?.id ?? 0;
}

export async function markSucceeded(sql: Sql, attemptId: number): Promise<void> {
  await sql.query("UPDATE login_attempt SET succeeded = true WHERE id = $1", [attemptId]);
}
