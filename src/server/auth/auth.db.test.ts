// Sign-in, session cookie, CSRF, throttling, logout and security headers.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  TEST_PASSWORD,
  testContext,
} from "../../../test/support/fixtures.js";
import { testServer } from "../../../test/support/http.js";
import { SESSION_COOKIE } from "./sessions.js";

let test: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  await createTestUser(test.db, {
    username: "victim",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  app = await testServer(testContext(test.db));
}, 60_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

const login = (username: string, password: string, ip = "10.0.0.1") =>
  app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
    remoteAddress: ip,
  });

describe("authentication", () => {
  it("signs in with an HttpOnly SameSite=Strict cookie and returns a CSRF token", async () => {
    const response = await login("clerk", TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const body = response.json<{
      user: { username: string; roles: string[] };
      csrfToken: string;
    }>();
    expect(body.user).toMatchObject({ username: "clerk", roles: ["clerk"] });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const [stored] = await test.db.query<{ tokenHash: string }>(
      `SELECT token_hash AS "tokenHash" FROM session LIMIT 1`,
    );
    expect(stored?.tokenHash).not.toBe(cookie?.value);
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    expect((await login("clerk", "wrong-password-1")).statusCode).toBe(401);
    expect(
      (await login("nobody", "wrong-password-1")).json<{ error: { message: string } }>().error
        .message,
    ).toBe("用户名或密码错误");
  });

  it("requires a session for the API and the CSRF token for writes", async () => {
    expect((await app.inject({ method: "GET", url: "/api/types" })).statusCode).toBe(401);
    const response = await login("clerk", TEST_PASSWORD, "10.0.0.2");
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
    const csrf = response.json<{ csrfToken: string }>().csrfToken;
    expect(
      (
        await app.inject({
          method: "GET",
          url: "/api/types",
          cookies: { [SESSION_COOKIE]: cookie },
        })
      ).statusCode,
    ).toBe(200);
    const withoutToken = await app.inject({
      method: "POST",
      url: "/api/records/reconsideration",
      cookies: { [SESSION_COOKIE]: cookie },
      payload: { values: {} },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json<{ error: { code: string } }>().error.code).toBe("auth.csrf");
    const logout = await app.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies: { [SESSION_COOKIE]: cookie },
      headers: { "x-csrf-token": csrf },
    });
    expect(logout.statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: "GET",
          url: "/api/auth/me",
          cookies: { [SESSION_COOKIE]: cookie },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("throttles a username after five failures, even with the right password", async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login("victim", `bad-password-${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    const throttled = await login("victim", TEST_PASSWORD, "10.1.0.99");
    expect(throttled.statusCode).toBe(429);
  });

  it("counts parallel guesses against each other", async () => {
    await createTestUser(test.db, {
      username: "target",
      orgId: (await test.db.query<{ id: number }>("SELECT id FROM org LIMIT 1"))[0]?.id ?? 0,
      roles: ["clerk"],
      scope: "own",
    });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login("target", `guess-${i}-password`, `10.2.0.${i}`)),
    );
    const refused = responses.filter((response) => response.statusCode === 429).length;
    expect(responses.filter((response) => response.statusCode === 401).length).toBeLessThanOrEqual(
      5,
    );
    expect(refused).toBeGreaterThanOrEqual(15);
  });

  it("sends security headers", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });
});
