// Login, logout and who-am-I.
import type { FastifyInstance } from "fastify";
import { verifyPassword } from "../../admin/passwords.js";
import type { EngineContext } from "../../engine/context.js";
import { HttpError } from "../errors.js";
import { loadActor, type SignedInUser } from "./actor-loader.js";
import { requireUser } from "./plugin.js";
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from "./sessions.js";
import { isThrottled, markSucceeded, recordAttempt } from "./throttle.js";
import { appendAudit } from "../../engine/audit.js";
import { asSystem, type Actor } from "../../engine/actor.js";

/** Sign-ins and sign-outs go into the hash-chained audit log (record type "session"). */
async function audit(
  context: EngineContext,
  input: {
    readonly action: string;
    readonly username: string;
    readonly ip: string;
    readonly actor?: Actor;
  },
): Promise<void> {
  await context.db.transaction((tx) =>
    appendAudit(tx, {
      actor: input.actor ?? asSystem("登录"),
      recordType: "session",
      recordId: null,
      action: input.action,
      before: null,
      after: { username: input.username, ip: input.ip },
      at: context.now(),
    }),
  );
}

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
      username: { type: "string", pattern: "^[A-Za-z0-9_.@-]{1,64}$" },
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
      // The attempt is recorded (as failed) before the throttle check and the slow password check,
      // so parallel guesses count against each other; a success marks it afterwards.
      const attemptId = await recordAttempt(context.db, {
        username,
        ip: request.ip,
        succeeded: false,
        now,
      });
      if (await isThrottled(context.db, username, request.ip, now, attemptId)) {
        await audit(context, { action: "loginThrottled", username, ip: request.ip });
        throw new HttpError(429, "auth.throttled", "登录失败次数过多，请15分钟后再试");
      }
      const [row] = await context.db.query<{ hash: string }>(
        "SELECT password_hash AS hash FROM app_user WHERE username = $1 AND active",
        [username],
      );
      const isValid = await verifyPassword(row?.hash ?? DUMMY_HASH, password);
      const user = isValid && row ? await loadActor(context.db, username) : null;
      if (!user) {
        await audit(context, { action: "loginFailed", username, ip: request.ip });
        throw new HttpError(401, "auth.invalid", "用户名或密码错误");
      }
      await markSucceeded(context.db, attemptId);
      await audit(context, { action: "login", username, ip: request.ip, actor: user });
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
    if (request.user)
      await audit(context, {
        action: "logout",
        username: request.user.username,
        ip: request.ip,
        actor: request.user,
      });
    void reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  app.get("/api/auth/me", (request) => ({
    user: meOf(requireUser(request)),
    csrfToken: request.session?.csrfToken ?? "",
  }));
}
