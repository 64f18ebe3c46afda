// Malformed input against the report and indicator endpoints: never a 500, a refused write changes
// no table and no audit event, and a bad query names the parameter.
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../test/support/http.js";

let test: TestDatabase;
let app: FastifyInstance;
let client: Client;
let reportId: number;
let paragraphId: number;
let city: number;

const TABLES = ["annual_report", "report_paragraph", "report_paragraph_version", "audit_event"];

const counts = () => tableCounts(test.db, TABLES);

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  city = orgs.city;
  const context = testContext(test.db);
  const office = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  app = await testServer(context);
  client = await clientFor(app, context, office.id);
  reportId = (await client.request("POST", "/api/reports", { org: orgs.city, year: 2023 })).json<{
    id: number;
  }>().id;
  const [paragraph] = await test.db.query<{ id: number }>(
    "SELECT id FROM report_paragraph WHERE report_id = $1 ORDER BY id LIMIT 1",
    [reportId],
  );
  paragraphId = paragraph?.id ?? 0;
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
    "0000-01-01",
    "'; DROP TABLE annual_report; --",
    "\u0000",
    "\ud800",
    "x".repeat(6000),
    "{{no.suchKey}}",
    "{{reconsideration.cases}}",
    "measures.disputes",
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

const nearValid = fc.oneof(
  fc.record({ org: junk, year: junk }),
  fc.record({ part: junk, text: junk }),
  fc.record({ version: junk, text: junk }),
  fc.record({ version: fc.constant(1), text: junk }),
  fc.record({ version: junk, title: junk, issuers: junk, issuedOn: junk }),
  fc.record({ version: fc.constant(1), issuedOn: junk }),
  fc.jsonValue(),
  junk,
);

const endpoints = (): { method: "POST" | "PATCH" | "PUT" | "DELETE"; url: string }[] => [
  { method: "POST", url: "/api/reports" },
  { method: "PATCH", url: `/api/reports/${String(reportId)}` },
  { method: "POST", url: `/api/reports/${String(reportId)}/paragraphs` },
  { method: "PUT", url: `/api/reports/${String(reportId)}/paragraphs/${String(paragraphId)}` },
  { method: "POST", url: `/api/reports/${String(reportId)}/publish` },
  { method: "POST", url: "/api/reports/999999/publish" },
  {
    method: "DELETE",
    url: `/api/reports/${String(reportId)}/paragraphs/${String(paragraphId)}?version=x`,
  },
];

describe("report endpoints, bad input", () => {
  it("never answer 500, and a refused write changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints()), nearValid, async (endpoint, body) => {
        const before = await counts();
        const response = await client.request(endpoint.method, endpoint.url, body);
        const shown = `${endpoint.method} ${endpoint.url} ${JSON.stringify(body).slice(0, 200)}`;
        expect(response.statusCode, shown).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(await counts(), shown).toEqual(before);
          const error = response.json<{ error: { message: string } }>().error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 250, seed: 20_240_119 },
    );
  }, 300_000);

  it("answer a malformed indicators query with 400 naming the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          org: fc.oneof(fc.constant(String(city)), fc.string({ maxLength: 12 })),
          year: fc.oneof(fc.constant("2023"), fc.string({ maxLength: 6 })),
          page: fc.oneof(fc.constant("1"), fc.string({ maxLength: 4 })),
        }),
        fc.constantFrom("/api/indicators", "/api/indicators/legalAid.cases/records"),
        async (query, path) => {
          const url = `${path}?${new URLSearchParams(query).toString()}`;
          const response = await client.request("GET", url);
          expect(response.statusCode, url).toBeLessThan(500);
          if (response.statusCode === 400) {
            const problems = response.json<{ error: { problems: { field: string }[] } }>().error
              .problems;
            expect(problems.length, url).toBeGreaterThan(0);
            for (const problem of problems)
              expect(["org", "year", "page", "querystring"], url).toContain(
                problem.field.split(".")[0],
              );
          }
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  }, 120_000);
});
