// API tokens: issued by an administrator for a user account and narrowed to record types, an
// organisation subtree and read or write; the secret is shown once and only its hash is kept.
// Every issue and revocation is audited (record type "api_token"), never with the secret.
import { createHash, randomBytes } from "node:crypto";
import type { Sql } from "../db/client.js";
import { findRecordType } from "../domains/registry.js";
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, notFound, validationError, type FieldProblem } from "../engine/errors.js";
import { isStorableText } from "../kernel/values.js";
import type { Role, Scope } from "../kernel/roles.js";

export const TOKEN_PREFIX = "fzt_";

/**
 * SHA-256 of the secret. A password needs a slow hash because people choose guessable ones; a
 * secret of 256 random bits cannot be guessed, so a fast hash is as safe and keeps each request cheap.
 */
export const tokenHash = (secret: string): string =>
  createHash("sha256").update(secret).digest("hex");

export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly secretPrefix: string;
  readonly userId: number;
  readonly userName: string;
  readonly recordTypes: readonly string[];
  readonly orgId: number;
  readonly orgName: string;
  readonly access: "read" | "write";
  readonly expiresAt: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

const SELECT_TOKEN = `SELECT t.id, t.name, t.secret_prefix AS "secretPrefix", t.user_id AS "userId",
  u.display_name AS "userName", t.record_types AS "recordTypes", t.org_id AS "orgId", o.name AS "orgName",
  t.access, t.expires_at AS "expiresAt", t.created_at AS "createdAt", t.revoked_at AS "revokedAt",
  t.last_used_at AS "lastUsedAt"
  FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN org o ON o.id = t.org_id`;

export const listApiTokens = (sql: Sql): Promise<ApiToken[]> =>
  sql.query<ApiToken>(`${SELECT_TOKEN} ORDER BY t.id DESC`);

export interface ApiTokenInput {
  readonly name?: unknown;
  readonly userId?: unknown;
  readonly recordTypes?: unknown;
  readonly orgId?: unknown;
  readonly access?: unknown;
  /** Last day the token works (YYYY-MM-DD, China Standard Time); null or absent: no expiry. */
  readonly expiresOn?: unknown;
}

interface TokenUser {
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly scope: Scope;
  readonly orgPath: string;
}

const activeUser = async (sql: Sql, id: number): Promise<TokenUser | null> =>
  (
    await sql.query<TokenUser>(
      `SELECT u.display_name AS "displayName", u.roles, u.scope, o.path AS "orgPath"
       FROM app_user u JOIN org o ON o.id = u.org_id WHERE u.id = $1 AND u.active`,
      [id],
    )
  )[0] ?? null;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** China Standard Time, in which people give the last day of a token. */
const CST_OFFSET_MS = 8 * 3_600_000;

/** The instant a token given `YYYY-MM-DD` as its last day stops working: the next midnight in CST. */
export function expiryInstant(lastDay: string): Date | null {
  if (!DATE.test(lastDay)) return null;
  const midnight = new Date(`${lastDay}T00:00:00+08:00`);
  if (Number.isNaN(midnight.getTime())) return null;
  if (new Date(midnight.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10) !== lastDay)
    return null;
  return new Date(midnight.getTime() + 24 * 3_600_000);
}

async function checkInput(
  context: EngineContext,
  input: ApiTokenInput,
): Promise<{ problems: FieldProblem[]; expiresAt: Date | null }> {
  const problems: FieldProblem[] = [];
  const problem = (field: string, code: string, message: string) =>
    problems.push({ field, code, message });
  const name = typeof input.name === "string" ? input.name.trim() : "";
  if (name.length < 2 || name.length > 60 || !isStorableText(name))
    problem("name", "token.name", "令牌名称应为2至60个字");
  if (input.access !== "read" && input.access !== "write")
    problem("access", "token.access", "权限应为只读（read）或读写（write）");
  const user =
    typeof input.userId === "number" && Number.isInteger(input.userId)
      ? await activeUser(context.db, input.userId)
      : null;
  if (!user) problem("userId", "token.user", "代表的用户不存在或已停用");
  const types = Array.isArray(input.recordTypes) ? input.recordTypes : [];
  if (types.length === 0 || types.length > 50)
    problem("recordTypes", "token.recordTypes", "请至少选择一个记录类型");
  for (const [i, id] of types.entries()) {
    const type = typeof id === "string" ? findRecordType(id) : undefined;
    if (!type) problem(`recordTypes[${i}]`, "token.recordType", `记录类型不存在：${String(id)}`);
    else if (user && !type.access.read.some((role) => user.roles.includes(role)))
      problem(
        `recordTypes[${i}]`,
        "token.recordTypeUnreadable",
        `用户${user.displayName}无权查看${type.label}`,
      );
  }
  const [org] =
    typeof input.orgId === "number" && Number.isInteger(input.orgId)
      ? await context.db.query<{ path: string }>("SELECT path FROM org WHERE id = $1", [
          input.orgId,
        ])
      : [];
  if (!org) problem("orgId", "token.org", "单位不存在");
  else if (user && !overlaps(user, org.path))
    problem("orgId", "token.orgOutOfScope", `该单位不在用户${user.displayName}的数据范围内`);
  let expiresAt: Date | null = null;
  if (input.expiresOn !== undefined && input.expiresOn !== null && input.expiresOn !== "") {
    expiresAt = typeof input.expiresOn === "string" ? expiryInstant(input.expiresOn) : null;
    if (!expiresAt) problem("expiresOn", "token.expiresOn", "有效期至应为有效日期（YYYY-MM-DD）");
    else if (expiresAt <= context.now())
      problem("expiresOn", "token.expiresOnPast", "有效期至不能早于今天");
  }
  return { problems, expiresAt };
}

/** Whether the subtree at `orgPath` shares any organisation with the user's scope. */
export function overlaps(
  user: { readonly scope: string; readonly orgPath: string },
  orgPath: string,
): boolean {
  if (user.scope === "all") return true;
  if (user.scope === "own") return user.orgPath.startsWith(orgPath);
  return user.orgPath.startsWith(orgPath) || orgPath.startsWith(user.orgPath);
}

/** Issues a token; the secret is in the answer only, never stored or audited. */
export async function createApiToken(
  context: EngineContext,
  actor: Actor,
  input: ApiTokenInput,
): Promise<{ readonly token: ApiToken; readonly secret: string }> {
  const { problems, expiresAt } = await checkInput(context, input);
  if (problems.length > 0) throw validationError(problems);
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const recordTypes = [...new Set(input.recordTypes as string[])];
  return context.db.transaction(async (tx) => {
    const [inserted] = await tx.query<{ id: number }>(
      `INSERT INTO api_token (name, secret_hash, secret_prefix, user_id, record_types, org_id, access, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        (input.name as string).trim(),
        tokenHash(secret),
        secret.slice(0, TOKEN_PREFIX.length + 6),
        input.userId,
        recordTypes,
        input.orgId,
        input.access,
        expiresAt?.toISOString() ?? null,
        actor.kind === "user" ? actor.id : null,
        context.now().toISOString(),
      ],
    );
    const [token] = await tx.query<ApiToken>(`${SELECT_TOKEN} WHERE t.id = $1`, [inserted?.id]);
    if (!token) throw new Error("insert returned no row");
    await appendAudit(tx, {
      actor,
      recordType: "api_token",
      recordId: token.id,
      action: "create",
      before: null,
      after: auditView(token),
      at: context.now(),
    });
    return { token, secret };
  });
}

const auditView = (token: ApiToken) => ({
  name: token.name,
  secretPrefix: token.secretPrefix,
  userId: token.userId,
  recordTypes: [...token.recordTypes],
  orgId: token.orgId,
  access: token.access,
  expiresAt: token.expiresAt,
  revokedAt: token.revokedAt,
});

export async function revokeApiToken(
  context: EngineContext,
  actor: Actor,
  id: number,
): Promise<ApiToken> {
  return context.db.transaction(async (tx) => {
    const [before] = await tx.query<ApiToken>(`${SELECT_TOKEN} WHERE t.id = $1 FOR UPDATE OF t`, [
      id,
    ]);
    if (!before) throw notFound("API令牌");
    if (before.revokedAt !== null)
      throw new EngineError("conflict", "该令牌已撤销", [
        { field: "id", code: "token.revoked", message: "该令牌已撤销" },
      ]);
    await tx.query("UPDATE api_token SET revoked_at = $2, revoked_by = $3 WHERE id = $1", [
      id,
      context.now().toISOString(),
      actor.kind === "user" ? actor.id : null,
    ]);
    const [after] = await tx.query<ApiToken>(`${SELECT_TOKEN} WHERE t.id = $1`, [id]);
    if (!after) throw notFound("API令牌");
    await appendAudit(tx, {
      actor,
      recordType: "api_token",
      recordId: id,
      action: "revoke",
      before: auditView(before),
      after: auditView(after),
      at: context.now(),
    });
    return after;
  });
}
