// Authentication for /api: the session cookie names the user; non-GET requests need the CSRF token.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import { HttpError } from "../errors.js";
import type { VersionSnapshot } from "../../engine/versions.js";
import type { SignedInUser } from "./actor-loader.js";
import { findSessionUser, SESSION_COOKIE, type Session } from "./sessions.js";
import { authenticateToken } from "./token-auth.js";

declare module "fastify" {
  interface FastifyRequest {
    user: SignedInUser | null;
    session: Session | null;
    /** Record-type versions read with the session at the start of this request. */
    versions: VersionSnapshot | undefined;
  }
}

const PUBLIC_API = new Set(["/api/auth/login", "/api/openapi.json"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerAuth(app: FastifyInstance, context: EngineContext): void {
  app.decorateRequest("user", null);
  app.decorateRequest("session", null);
  app.decorateRequest("versions", undefined);
  app.addHook("onRequest", async (request) => {
    const path = request.url.split("?")[0] ?? "";
    if (
      !path.startsWith("/api/") ||
      PUBLIC_API.has(path) ||
      path.startsWith("/api/docs") ||
      path.startsWith("/api/portal/")
    )
      return;
    // Machine clients send an API token instead of a cookie; no CSRF token, since a browser never
    // attaches an Authorization header by itself.
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      request.user = await authenticateToken(context, request, authorization);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    const found = cookie ? await findSessionUser(context.db, cookie, context.now()) : null;
    if (!found) throw new HttpError(401, "auth.required", "请先登录");
    const { session, user, versions } = found;
    if (
      !SAFE_METHODS.has(request.method) &&
      request.headers["x-csrf-token"] !== session.csrfToken
    ) {
      throw new HttpError(403, "auth.csrf", "请求校验失败，请刷新页面后重试");
    }
    request.session = session;
    request.user = user;
    request.versions = versions;
  });
}

export function requireUser(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new HttpError(401, "auth.required", "请先登录");
  return request.user;
}
