// The assessment over HTTP: bad bodies answered 400 naming the field in Chinese (and nothing
// written), each surface refused to those it is not for, and the published ranking on the portal
// without login.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let office: Client;
let clerk: Client;
let schemeId: number;

interface Problems {
  error: { problems: { field: string; message: string }[] };
}

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const context = testContext(test.db, "2025-01-10T02:00:00Z");
  app = await testServer(context);
  const officeUser = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  const clerkUser = await createTestUser(test.db, {
    username: "scj",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  office = await clientFor(app, context, officeUser.id);
  clerk = await clientFor(app, context, clerkUser.id);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("the assessment API", () => {
  it("creates a scheme and refuses a bad item naming its fields, writing nothing", async () => {
    const created = await office.request("POST", "/api/assessment/schemes", {
      org: orgs.city,
      year: 2024,
      source: "national-2021",
    });
    expect(created.statusCode).toBe(201);
    schemeId = created.json<{ id: number }>().id;
    const before = (await office.request("GET", `/api/assessment/schemes/${String(schemeId)}`))
      .body;
    const bad = await office.request("POST", `/api/assessment/schemes/${String(schemeId)}/items`, {
      version: 1,
      parentId: null,
      item: {
        label: "",
        points: "五",
        method: {
          kind: "formula",
          formula: {
            indicator: "litigation.leaderAppearanceRate",
            comparison: "more",
            threshold: -1,
            rule: "allOrNothing",
            whenNoValue: "full",
          },
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problems>().error.problems.map((problem) => problem.field)).toEqual([
      "label",
      "points",
      "method.formula.comparison",
      "method.formula.threshold",
    ]);
    expect(bad.json<Problems>().error.problems[1]?.message).toBe("分值须为0至1000之间的数字");
    expect((await office.request("GET", `/api/assessment/schemes/${String(schemeId)}`)).body).toBe(
      before,
    );
    const badYear = await office.request("POST", "/api/assessment/schemes", {
      org: orgs.city,
      year: 1990,
      source: "national-2021",
    });
    expect(badYear.json<Problems>().error.problems.map((problem) => problem.field)).toEqual([
      "year",
    ]);
  });

  it("keeps editing, the ranking and scoring to those they are for", async () => {
    expect(
      (
        await clerk.request("POST", "/api/assessment/schemes", {
          org: orgs.city,
          year: 2025,
          source: "national-2021",
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await clerk.request("POST", `/api/assessment/schemes/${String(schemeId)}/start`, {
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await office.request("POST", `/api/assessment/schemes/${String(schemeId)}/start`, {
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await clerk.request("GET", `/api/assessment/schemes/${String(schemeId)}/ranking`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await clerk.request(
          "GET",
          `/api/assessment/schemes/${String(schemeId)}/scorecards/${String(orgs.townshipA)}`,
        )
      ).statusCode,
    ).toBe(404);
    const own = await clerk.request(
      "GET",
      `/api/assessment/schemes/${String(schemeId)}/scorecards/${String(orgs.market)}`,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json<{ may: { object: boolean; score: boolean } }>().may).toEqual({
      object: true,
      score: false,
    });
    const scheme = (
      await office.request("GET", `/api/assessment/schemes/${String(schemeId)}`)
    ).json<{ items: { children: { children: { id: number }[] }[] }[] }>();
    const handItem = scheme.items[0]?.children[0]?.children[0]?.id ?? 0;
    const byClerk = await clerk.request(
      "POST",
      `/api/assessment/schemes/${String(schemeId)}/hand-scores`,
      { itemId: handItem, orgId: orgs.market, points: 1, reason: "x", evidenceNote: "x" },
    );
    expect(byClerk.statusCode).toBe(403);
    const tooMany = await office.request(
      "POST",
      `/api/assessment/schemes/${String(schemeId)}/hand-scores`,
      { itemId: handItem, orgId: orgs.market, points: 40, reason: "x", evidenceNote: "x" },
    );
    expect(tooMany.json<Problems>().error.problems).toEqual([
      expect.objectContaining({ field: "points", message: "得分须为0至4之间的数字" }),
    ]);
  });

  it("shows nothing on the portal until results are published", async () => {
    const portal = await app.inject({ method: "GET", url: "/portal/assessment" });
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain("暂无已发布的考核结果");
    expect((await app.inject({ method: "GET", url: "/api/portal/assessment" })).json()).toEqual({
      items: [],
    });
  });
});
