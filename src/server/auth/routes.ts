// Login, logout and who-am-I.
import type { FastifyInstance } from "fastify";
import { verifyPassword } from "../../admin/passwords.js";
import type { EngineContext } from "../../engine/context.js";
import { HttpError } from "../errors.js";
import { loadActor, type SignedInUser } from "./actor-loader.js";
import { requireUser } from "./plugin.js";
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from "./sessions.js";
import { isThrottled, recordAttempt } from "./throttle.js";

// Verifying against a real hash when the user does not exist keeps response times alike.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1Q0W5yHq2s0nQ4n3sSHUDYB9k0Qz3mJc2bWn0g1nJ4k";

/** Administrators, and the rule-of-law office when it sees the whole tree (docs/api.md). */
export const isAdministrator = (user: SignedInUser): boolean =>
  user.roles.includes("admin") || (user.roles.includes("lawOffice") && user.scope === "all");

export const meOf = (user: SignedInUser) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  orgId: user.orgId,
  orgName: user.orgName,
  roles: user.roles,
  scope: user.scope,
  isAdmin: isAdministrator(user),
});

const loginSchema = {
  body: {
    type: "object",
    required: ["username", "password"],
    additionalProperties: false,
    properties: {
      username: { type: "string", minLength: 1, maxLength: 64 },
      password: { type: "string", minLength: 1, maxLength: 200 },
    },
  },
} as const;

export function registerAuthRoutes(
  app: FastifyInstance,
  context: EngineContext,
  options: { readonly secureCookie: boolean },
): void {
  app.post<{ Body: { username: string; password: string } }>(
    "/api/auth/login",
    { schema: loginSchema },
    async (request, reply) => {
      const { username, password } = request.body;
      const now = context.now();
      if (await isThrottled(context.db, username, request.ip, now)) {
        throw new HttpError(429, "auth.throttled", "登录失败次数过多，请15分钟后再试");
      }
      const [row] = await context.db.query<{ hash: string }>(
        "SELECT password_hash AS hash FROM app_user WHERE username = $1 AND active",
        [username],
      );
      const isValid = await verifyPassword(row?.hash ?? DUMMY_HASH, password);
      const user = isValid && row ? await loadActor(context.db, username) : null;
      await recordAttempt(context.db, { username, ip: request.ip, succeeded: user !== null, now });
      if (!user) throw new HttpError(401, "auth.invalid", "用户名或密码错误");
      const session = await createSession(context.db, user.id, now);
      void reply.setCookie(SESSION_COOKIE, session.cookie, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: options.secureCookie,
        maxAge: SESSION_HOURS * 3600,
      });
      return { user: meOf(user), csrfToken: session.csrfToken };
    },
  );

  app.post("/api/auth/logout", async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) await deleteSession(context.db, cookie);
    void reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  app.get("/api/auth/me", (request) => ({
    user: meOf(requireUser(request)),
    csrfToken: request.session?.csrfToken ?? "",
  }));
}
