// Authentication by API token (Authorization: Bearer fzt_…): the token acts as the user it was
// issued for, narrowed to its record types, its organisation subtree and read or write. It reaches
// the record, metadata and indicator routes only — never administration, sessions or reports.
// Every use is audited with the request, refused ones too.
import type { FastifyRequest } from "fastify";
import { TOKEN_PREFIX, tokenHash } from "../../admin/api-tokens.js";
import type { UserActor } from "../../engine/actor.js";
import { appendAudit } from "../../engine/audit.js";
import type { EngineContext } from "../../engine/context.js";
import { HttpError } from "../errors.js";
import { ACTOR_COLUMNS, toActor, type ActorRow, type SignedInUser } from "./actor-loader.js";

interface TokenRow extends ActorRow {
  tokenId: number;
  tokenName: string;
  recordTypes: string[];
  access: "read" | "write";
  expiresAt: string | null;
  revokedAt: string | null;
  userActive: boolean;
  tokenOrgId: number;
  tokenOrgPath: string;
  tokenOrgName: string;
}

const SELECT_TOKEN_ACTOR = `SELECT t.id AS "tokenId", t.name AS "tokenName", t.record_types AS "recordTypes",
  t.access, t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", u.active AS "userActive",
  t.org_id AS "tokenOrgId", tor.path AS "tokenOrgPath", tor.name AS "tokenOrgName", ${ACTOR_COLUMNS}
  FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN org o ON o.id = u.org_id
  JOIN org tor ON tor.id = t.org_id WHERE t.secret_hash = $1`;

/** Requests per token and minute, per app instance: a runaway client cannot flood the audit log. */
export const TOKEN_REQUESTS_PER_MINUTE = 600;
const windows = new Map<number, { start: number; count: number }>();

function isThrottled(tokenId: number, now: number): boolean {
  const window = windows.get(tokenId);
  if (!window || now - window.start >= 60_000) {
    windows.set(tokenId, { start: now, count: 1 });
    if (windows.size > 10_000) windows.clear();
    return false;
  }
  window.count += 1;
  return window.count > TOKEN_REQUESTS_PER_MINUTE;
}

/**
 * The token's subtree intersected with the user's scope — in a tree, two subtrees are nested or
 * apart, so the result is again one org with a scope (or nothing).
 */
function narrowed(row: TokenRow): Pick<UserActor, "orgId" | "orgPath" | "scope"> | null {
  const token = { orgId: row.tokenOrgId, orgPath: row.tokenOrgPath, scope: "subtree" as const };
  const user = { orgId: row.orgId, orgPath: row.orgPath, scope: row.scope };
  if (row.scope === "all") return token;
  if (row.scope === "own") return row.orgPath.startsWith(row.tokenOrgPath) ? user : null;
  if (row.tokenOrgPath.startsWith(row.orgPath)) return token;
  return row.orgPath.startsWith(row.tokenOrgPath) ? user : null;
}

/** Routes a token may use (route patterns as registered); record routes are checked by type. */
const TOKEN_READ_ROUTES = new Set([
  "/api/types",
  "/api/orgs/options",
  "/api/indicators",
  "/api/indicators/:key/records",
  // Codes a machine client writes into catalogue fields, and files of records it may read (the
  // download checks the record's read rule, token scope included).
  "/api/catalogues",
  "/api/catalogues/:id/entries",
  "/api/attachments/:id",
]);
const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** Why this token may not make this request, or null when it may. */
function routeRefusal(request: FastifyRequest, row: TokenRow): HttpError | null {
  const route = request.routeOptions.url;
  // An unknown path answers 404 as it would to anyone.
  if (route === undefined) return null;
  const isRead = SAFE_METHODS.has(request.method);
  if (TOKEN_READ_ROUTES.has(route) && isRead) return null;
  if (!route.startsWith("/api/records/:type"))
    return new HttpError(403, "auth.tokenRoute", "API令牌只能访问记录、记录类型和指标接口");
  const type = (request.params as { type?: unknown }).type;
  if (typeof type !== "string" || !row.recordTypes.includes(type))
    return new HttpError(403, "auth.tokenType", `此API令牌无权访问记录类型“${String(type)}”`);
  if (!isRead && row.access !== "write")
    return new HttpError(403, "auth.tokenReadOnly", "此API令牌为只读，不能新建或修改记录");
  return null;
}

function refusalOf(row: TokenRow, now: Date): HttpError | null {
  if (row.revokedAt !== null) return new HttpError(401, "auth.tokenRevoked", "API令牌已撤销");
  if (row.expiresAt !== null && new Date(row.expiresAt) <= now)
    return new HttpError(401, "auth.tokenExpired", "API令牌已过期");
  if (!row.userActive)
    return new HttpError(401, "auth.tokenUserInactive", "API令牌所代表的用户已停用");
  return null;
}

export async function authenticateToken(
  context: EngineContext,
  request: FastifyRequest,
  authorization: string,
): Promise<SignedInUser> {
  const match = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  const secret = match?.[1];
  if (!secret?.startsWith(TOKEN_PREFIX))
    throw new HttpError(
      401,
      "auth.tokenInvalid",
      "API令牌无效（应为 Authorization: Bearer fzt_…）",
    );
  const [row] = await context.db.query<TokenRow>(SELECT_TOKEN_ACTOR, [tokenHash(secret)]);
  if (!row) throw new HttpError(401, "auth.tokenInvalid", "API令牌无效");
  const now = context.now();
  const {
    tokenId,
    tokenName,
    recordTypes,
    access,
    expiresAt: _e,
    revokedAt: _r,
    userActive: _a,
    ...user
  } = row;
  const { tokenOrgId: _i, tokenOrgPath: _p, tokenOrgName: _n, ...userRow } = user;
  const base = toActor(userRow);
  const grant = { id: tokenId, name: tokenName, recordTypes, access };
  const scope = narrowed(row);
  const actor: SignedInUser = {
    ...base,
    ...(scope ?? {}),
    orgName: scope?.orgId === row.tokenOrgId ? row.tokenOrgName : base.orgName,
    token: grant,
  };
  const refusal =
    refusalOf(row, now) ??
    (isThrottled(row.tokenId, now.getTime())
      ? new HttpError(429, "auth.tokenThrottled", "请求过于频繁，请稍后再试")
      : null) ??
    (scope === null
      ? new HttpError(403, "auth.tokenScope", "API令牌的单位范围与其用户的数据范围没有交集")
      : routeRefusal(request, row));
  // A throttled request is not written down: throttling exists to keep the log from flooding.
  if (refusal?.statusCode !== 429) await recordUse(context, actor, request, refusal);
  if (refusal) throw refusal;
  return actor;
}

async function recordUse(
  context: EngineContext,
  actor: SignedInUser,
  request: FastifyRequest,
  refusal: HttpError | null,
): Promise<void> {
  const tokenId = actor.token?.id ?? null;
  await context.db.transaction(async (tx) => {
    if (!refusal)
      await tx.query("UPDATE api_token SET last_used_at = $2 WHERE id = $1", [
        tokenId,
        context.now().toISOString(),
      ]);
    await appendAudit(tx, {
      actor,
      recordType: "api_token",
      recordId: tokenId,
      action: refusal ? "useRefused" : "use",
      before: null,
      after: {
        method: request.method,
        url: request.url.slice(0, 500),
        ip: request.ip,
        ...(refusal ? { refused: refusal.code } : {}),
      },
      at: context.now(),
    });
  });
}
