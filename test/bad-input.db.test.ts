// Generated malformed bodies and queries against every write endpoint: never a 500, and a refused
// request changes nothing (no rows, no audit events).
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconsideration } from "../src/domains/reconsideration/index.js";
import { createRecord } from "../src/engine/records-write.js";
import { freshDatabase, tableCounts, type TestDatabase } from "./support/db.js";
import { createTestOrgs, createTestUser, testContext, type TestOrgs } from "./support/fixtures.js";
import { clientFor, testServer, type Client } from "./support/http.js";
import type { SignedInUser } from "../src/server/auth/actor-loader.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let client: Client;
let recordId: number;
let superUser: SignedInUser;

const TABLES = [
  "r_reconsideration",
  "audit_event",
  "record_clock",
  "org",
  "app_user",
  "record_number",
];

const counts = () => tableCounts(test.db, TABLES);

const validValues = () => ({
  applicantName: "张三",
  applicantKind: "person",
  handlingOrg: orgs.justice,
  respondentOrg: orgs.market,
  actCategory: "penalty",
  actDescription: "罚款决定",
  receivedDate: "2024-03-01",
  procedure: "ordinary",
});

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const context = testContext(test.db);
  superUser = await createTestUser(test.db, {
    username: "super",
    orgId: orgs.city,
    roles: ["admin", "lawOffice", "clerk", "reviewer", "head"],
    scope: "all",
  });
  app = await testServer(context);
  client = await clientFor(app, context, superUser.id);
  recordId = (await createRecord(context, reconsideration, superUser, validValues())).id;
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom(
    "",
    "2024-02-30",
    "9999-99-99",
    "'; DROP TABLE org; --",
    "\u0000",
    "x".repeat(6000),
    "-1",
    "1e308",
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

/** A valid body with one field replaced by junk, or extra junk keys: close enough to reach the engine. */
const nearValidValues = fc
  .tuple(
    fc.constantFrom(
      "applicantName",
      "applicantKind",
      "handlingOrg",
      "respondentOrg",
      "actCategory",
      "actDescription",
      "receivedDate",
      "procedure",
      "unknownField",
      "version",
    ),
    junk,
  )
  .map(([key, value]) => ({ ...validValues(), [key]: value }));

const anyBody = fc.oneof(
  junk,
  fc.record({ values: nearValidValues }),
  fc.record({ version: junk, values: nearValidValues }),
  fc.record({
    version: fc.constant(1),
    values: fc.dictionary(fc.constantFrom(...reconsideration.fields.map((f) => f.name)), junk, {
      maxKeys: 4,
    }),
  }),
  fc.jsonValue(),
);

const endpoints = (): { method: "POST" | "PATCH"; url: string }[] => [
  { method: "POST", url: "/api/records/reconsideration" },
  { method: "PATCH", url: `/api/records/reconsideration/${recordId}` },
  ...reconsideration.workflow.actions.map((action) => ({
    method: "POST" as const,
    url: `/api/records/reconsideration/${recordId}/actions/${action.id}`,
  })),
  { method: "POST", url: "/api/records/nosuchtype" },
  { method: "POST", url: "/api/admin/orgs" },
  { method: "PATCH", url: `/api/admin/orgs/${orgs.market}` },
  { method: "POST", url: "/api/admin/users" },
  { method: "PATCH", url: `/api/admin/users/${superUser.id}` },
];

describe("bad input", () => {
  it("never answers 500 and a refused write changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints()), anyBody, async (endpoint, body) => {
        const before = await counts();
        const response = await client.request(endpoint.method, endpoint.url, body);
        expect(
          response.statusCode,
          `${endpoint.method} ${endpoint.url} ${JSON.stringify(body).slice(0, 200)}`,
        ).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(await counts()).toEqual(before);
          const error = response.json<{ error: { code: string; message: string } }>().error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 20_231_231 },
    );
  }, 300_000);

  it("answers malformed list queries with 400 naming the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom(
            "page",
            "pageSize",
            "sort",
            "order",
            "overdue",
            "state",
            "actCategory",
            "receivedDate.from",
            "bogus",
            "q",
          ),
          fc.string({ maxLength: 20 }),
          { minKeys: 1, maxKeys: 3 },
        ),
        async (query) => {
          const url = `/api/records/reconsideration?${new URLSearchParams(query).toString()}`;
          const response = await client.request("GET", url);
          expect(response.statusCode, url).toBeLessThan(500);
          if (response.statusCode === 400) {
            const problems = response.json<{ error: { problems: { field: string }[] } }>().error
              .problems;
            expect(problems.length).toBeGreaterThan(0);
            for (const problem of problems) expect(Object.keys(query)).toContain(problem.field);
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  }, 120_000);

  it("rejects a body that is not JSON, with a clear error", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode).toBe(400);
  });
});
