// Security headers in both deployments: plain HTTP (an intranet by host name) and HTTPS declared by
// FAZHI_SECURE_COOKIE. Only the latter asks browsers to upgrade requests, pins HTTPS and gets a
// Secure session cookie; every other CSP directive is the same in both.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  TEST_PASSWORD,
  testContext,
} from "../../test/support/fixtures.js";
import { testServer } from "../../test/support/http.js";
import { SESSION_COOKIE } from "./auth/sessions.js";

let test: TestDatabase;
let plain: FastifyInstance;
let tls: FastifyInstance;

const EVERY_OTHER_DIRECTIVE = [
  "default-src 'self'",
  "base-uri 'self'",
  "font-src 'self' https: data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
];

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  plain = await testServer(testContext(test.db));
  tls = await testServer(testContext(test.db), { isServedOverTls: true });
}, 60_000);
afterAll(async () => {
  await plain.close();
  await tls.close();
  await test.drop();
});

const directivesOf = async (app: FastifyInstance) => {
  const response = await app.inject({ method: "GET", url: "/healthz" });
  return { headers: response.headers, csp: String(response.headers["content-security-policy"]) };
};

const sessionCookieOf = async (app: FastifyInstance) => {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: "clerk", password: TEST_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
};

describe("security headers", () => {
  it("over plain HTTP send neither upgrade-insecure-requests nor HSTS", async () => {
    const { headers, csp } = await directivesOf(plain);
    expect(csp.split(";").sort()).toEqual([...EVERY_OTHER_DIRECTIVE].sort());
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect((await sessionCookieOf(plain))?.secure).toBeUndefined();
  });

  it("when served over TLS add upgrade-insecure-requests and HSTS, and the cookie is Secure", async () => {
    const { headers, csp } = await directivesOf(tls);
    expect(csp.split(";").sort()).toEqual(
      [...EVERY_OTHER_DIRECTIVE, "upgrade-insecure-requests"].sort(),
    );
    expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect((await sessionCookieOf(tls))?.secure).toBe(true);
  });

  it("keep the other headers in both", async () => {
    for (const app of [plain, tls]) {
      const { headers } = await directivesOf(app);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });
});
