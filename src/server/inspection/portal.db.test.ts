// The random-inspection portal and its files, no login: a plan appears with its lists' sizes,
// quotas and hashes once published (a draft never), the material and the published draw download
// as JSON that re-verifies, and the draw action through the generic record API runs the service.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { jointPlanValues, seedTestRegistry } from "../../../test/support/inspection.js";
import { verifyPublishedDraw } from "../../draw/index.js";
import { inspectionPlan } from "../../domains/inspection/index.js";
import { createRecord } from "../../engine/records-write.js";

let test: TestDatabase;
let app: FastifyInstance;
let clerk: Client;
let planId: number;
let draft: number;
let userId: number;
let context: ReturnType<typeof testContext>;

const anonymous = (url: string) => app.inject({ method: "GET", url });

beforeAll(async () => {
  test = await freshDatabase();
  context = testContext(test.db, "2024-03-20T02:00:00Z");
  const orgs = await createTestOrgs(test.db);
  const user = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  await seedTestRegistry(context, orgs);
  planId = (await createRecord(context, inspectionPlan, user, jointPlanValues(orgs))).id;
  draft = (
    await createRecord(context, inspectionPlan, user, {
      ...jointPlanValues(orgs),
      title: "草稿计划",
    })
  ).id;
  app = await testServer(context);
  userId = user.id;
  clerk = await clientFor(app, context, user.id);
});

afterAll(async () => {
  await app.close();
  await test.drop();
});

const act = async (action: string, values: Record<string, unknown>) => {
  const record = (await clerk.request("GET", `/api/records/inspectionPlan/${planId}`)).json<{
    version: number;
  }>();
  return clerk.request("POST", `/api/records/inspectionPlan/${planId}/actions/${action}`, {
    version: record.version,
    values,
  });
};

describe("the random-inspection portal", () => {
  it("announces a published plan before its draw, never a draft", async () => {
    expect((await act("publish", { publishedOn: "2024-03-20" })).statusCode).toBe(200);
    const page = await anonymous("/portal/inspections?year=2024");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("待抽取的抽查计划");
    expect(page.body).toContain("联合商贸企业");
    expect(page.body).not.toContain("草稿计划");
    const [, drawId] = /data-draw="(\d+)"/.exec(page.body) ?? [];
    const detail = await anonymous(`/portal/inspections/${drawId ?? ""}`);
    expect(detail.body).toContain("中国福利彩票“快乐8” 第2024080期 开奖号码（2024-03-25起可知）");
    expect(detail.body).toContain("见证人现场输入值（抽取时由见证人现场输入）");
    expect((await anonymous(`/portal/inspections/${drawId ?? ""}?page=0`)).statusCode).toBe(400);
    expect(detail.body).toMatch(
      /<tr data-class="D"><td>D类<\/td><td>2<\/td><td>2<\/td><td><code>[0-9a-f]{64}/,
    );
    const material = await anonymous(`/api/portal/draws/${drawId ?? ""}/material`);
    expect(material.json<{ material: { strata: unknown[] } }>().material.strata).toHaveLength(5);
    expect((await anonymous(`/api/portal/draws/${drawId ?? ""}/published`)).statusCode).toBe(404);
    expect((await anonymous(`/portal/inspections/${String(draft + 1000)}`)).statusCode).toBe(404);
    expect((await anonymous("/portal")).body).toContain('href="/portal/inspections"');
  });

  it("publishes the draw with its seed, and the file re-verifies", async () => {
    context.setNow("2024-03-26T02:00:00Z");
    clerk = await clientFor(app, context, userId);
    const drawn = await act("draw", {
      drawnOn: "2024-03-26",
      lotteryValue: "02 05 09 11 17 20 23 28 31 35 40 44 47 52 58 61 66 70 73 79",
      witnessValue: "583021",
    });
    expect(drawn.statusCode).toBe(200);
    const page = await anonymous("/portal/inspections?year=2024");
    const [, drawId] = /data-draw="(\d+)"/.exec(page.body) ?? [];
    expect(page.body).toContain(
      `/portal/draws/verify?src=${encodeURIComponent(`/api/portal/draws/${drawId ?? ""}/published`)}`,
    );
    const file = await anonymous(`/api/portal/draws/${drawId ?? ""}/published`);
    expect(file.statusCode).toBe(200);
    expect(verifyPublishedDraw(file.json()).problems).toEqual([]);
    expect(verifyPublishedDraw(file.json()).ok).toBe(true);
    const again = await act("draw", {
      drawnOn: "2024-03-26",
      lotteryValue: "1",
      witnessValue: "2",
    });
    expect(again.statusCode).toBe(409);
  });
});
