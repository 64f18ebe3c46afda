// A record's answer names the catalogue codes of its child-table cells (a plan's 抽查行业 rows) as
// a top-level catalogue field reads: "52 零售业", for the record page to show instead of "52".
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { jointPlanValues } from "../../../test/support/inspection.js";

interface RecordAnswer {
  id: number;
  version: number;
  values: Record<string, unknown>;
  catalogueNames: Record<string, Record<string, string>>;
}

let test: TestDatabase;
let app: FastifyInstance;
let clerk: Client;
let plan: RecordAnswer;

beforeAll(async () => {
  test = await freshDatabase();
  const context = testContext(test.db, "2024-03-20T02:00:00Z");
  const orgs = await createTestOrgs(test.db);
  const user = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  app = await testServer(context);
  clerk = await clientFor(app, context, user.id);
  const created = await clerk.request("POST", "/api/records/inspectionPlan", {
    values: jointPlanValues(orgs),
  });
  expect(created.statusCode).toBe(201);
  plan = created.json<RecordAnswer>();
});

afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("catalogue names of child-table cells", () => {
  it("come with the record read, for the codes its rows hold", async () => {
    const read = await clerk.request("GET", `/api/records/inspectionPlan/${String(plan.id)}`);
    expect(read.statusCode).toBe(200);
    const answer = read.json<RecordAnswer>();
    expect(answer.values["industries"]).toEqual([{ industry: "51" }, { industry: "52" }]);
    expect(answer.catalogueNames).toEqual({ industry: { "51": "51 批发业", "52": "52 零售业" } });
  });

  it("follow a save: the answer names the new rows' codes only", async () => {
    const saved = await clerk.request("PATCH", `/api/records/inspectionPlan/${String(plan.id)}`, {
      version: plan.version,
      values: { industries: [{ industry: "72" }] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<RecordAnswer>().catalogueNames).toEqual({
      industry: { "72": "72 商务服务业" },
    });
  });

  it("are empty for a record whose rows hold no catalogue code", async () => {
    const current = await clerk.request("GET", `/api/records/inspectionPlan/${String(plan.id)}`);
    const saved = await clerk.request("PATCH", `/api/records/inspectionPlan/${String(plan.id)}`, {
      version: current.json<RecordAnswer>().version,
      values: { industries: [] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<RecordAnswer>().catalogueNames).toEqual({});
  });
});
