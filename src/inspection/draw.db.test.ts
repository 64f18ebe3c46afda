// The plan's draw through the service, on a small registry: publishing freezes the lists with their
// hashes; the draw is refused before the lottery's day, without a seed value and a second time; it
// reproduces from the published file alone; an inspector with a declared conflict, or of the
// department an entity belongs to, is never drawn for it; results publish within their clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../test/support/engine.js";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import {
  jointPlanValues,
  seedTestRegistry,
  type TestRegistry,
} from "../../test/support/inspection.js";
import { materialSha256, verifyPublishedDraw } from "../draw/index.js";
import { inspectionPlan, inspectionResult } from "../domains/inspection/index.js";
import { takeAction } from "../engine/actions.js";
import { getRecord } from "../engine/records-read.js";
import { createRecord, updateRecord } from "../engine/records-write.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { drawPlan, publishPlan, publishResults } from "./service.js";
import { drawOfPlan, materialOf, publishedDrawOf } from "./store.js";

let test: TestDatabase;
let context: ReturnType<typeof testContext>;
let clerk: SignedInUser;
let registry: TestRegistry;
let planId: number;

const version = async () => (await getRecord(context, inspectionPlan, clerk, planId)).version;

beforeAll(async () => {
  test = await freshDatabase();
  context = testContext(test.db, "2024-03-20T02:00:00Z");
  const orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  registry = await seedTestRegistry(context, orgs);
  planId = (await createRecord(context, inspectionPlan, clerk, jointPlanValues(orgs))).id;
});

afterAll(async () => {
  await test.drop();
});

describe("publishing a plan", () => {
  it("is refused through the generic action path, which has no material to freeze", async () => {
    const error = await errorOf(
      takeAction(context, inspectionPlan, clerk, {
        id: planId,
        actionId: "publish",
        version: await version(),
        values: { publishedOn: "2024-03-20" },
      }),
    );
    expect(error.message).toContain("专门功能");
  });

  it("is refused while the lottery's value could already be known", async () => {
    context.setNow("2024-03-25T02:00:00Z");
    const error = await errorOf(
      publishPlan(context, clerk, {
        id: planId,
        version: await version(),
        values: { publishedOn: "2024-03-20" },
      }),
    );
    expect(error.problems[0]?.field).toBe("lotteryDate");
    expect(await drawOfPlan(test.db, planId)).toBeNull();
    context.setNow("2024-03-20T02:00:00Z");
  });

  it("freezes the eligible lists per risk class with quotas and hashes", async () => {
    const plan = await publishPlan(context, clerk, {
      id: planId,
      version: await version(),
      values: { publishedOn: "2024-03-20" },
    });
    expect(plan.state).toBe("published");
    const draw = await drawOfPlan(test.db, planId);
    if (!draw) throw new Error("no draw stored");
    const material = await materialOf(test.db, draw);
    expect(materialSha256(material)).toBe(plan.values["materialSha256"]);
    const sizes = Object.fromEntries(material.strata.map((s) => [s.riskClass, s.entities.length]));
    // 120 entities in the cycle A, B, B, C, unclassified with #7 (class B) deregistered, plus two of class D.
    expect(sizes).toEqual({ A: 24, B: 47, C: 24, D: 2, unclassified: 24 });
    const quotas = Object.fromEntries(material.strata.map((s) => [s.riskClass, s.quota]));
    expect(quotas).toEqual({ A: 1, B: 3, C: 3, D: 2, unclassified: 2 });
    expect(plan.values["plannedQuota"]).toBe(11);
    for (const stratum of material.strata) {
      const codes = stratum.entities.map((entity) => entity.creditCode);
      expect(codes).toEqual([...codes].sort());
    }
    expect(material.recusals).toContainEqual({
      inspector: registry.conflictedInspector,
      creditCode: registry.conflicted,
      reason: "declared",
    });
    for (const code of registry.justiceInspectors)
      expect(material.recusals).toContainEqual({
        inspector: code,
        creditCode: registry.affiliated,
        reason: "sameOrg",
      });
    expect(material.seedSources.map((source) => source.expectedOn)).toEqual([
      "2024-03-25",
      "2024-03-25",
    ]);
  });

  it("fixes the plan: an edit is refused once published", async () => {
    const error = await errorOf(
      updateRecord(context, inspectionPlan, clerk, planId, {
        version: await version(),
        values: { ratioD: 50 },
      }),
    );
    expect(error.message).toContain("不能修改");
  });
});

describe("the draw", () => {
  const values = {
    drawnOn: "2024-03-26",
    lotteryValue: "02 05 09 11 17 20 23 28 31 35 40 44 47 52 58 61 66 70 73 79",
    witnessValue: "583021",
  };

  it("is refused before the lottery's day, and without the witness value, changing nothing", async () => {
    const counts = await tableCounts(test.db, ["r_inspection_result", "audit_event"]);
    context.setNow("2024-03-26T02:00:00Z");
    const early = await errorOf(
      drawPlan(context, clerk, {
        id: planId,
        version: await version(),
        values: { ...values, drawnOn: "2024-03-24" },
      }),
    );
    expect(early.problems[0]?.field).toBe("drawnOn");
    const missing = await errorOf(
      drawPlan(context, clerk, {
        id: planId,
        version: await version(),
        values: { ...values, witnessValue: "" },
      }),
    );
    expect(missing.problems[0]?.field).toBe("witnessValue");
    expect(await tableCounts(test.db, ["r_inspection_result", "audit_event"])).toEqual(counts);
    expect((await drawOfPlan(test.db, planId))?.outcome).toBeNull();
  });

  it("draws the quotas, creates one result per entity, and reproduces from the published file", async () => {
    const plan = await drawPlan(context, clerk, { id: planId, version: await version(), values });
    expect(plan.state).toBe("drawn");
    expect(plan.values["drawnCount"]).toBe(11);
    const draw = await drawOfPlan(test.db, planId);
    const published = draw ? await publishedDrawOf(test.db, draw) : null;
    if (!published) throw new Error("nothing published");
    const verification = verifyPublishedDraw(JSON.parse(JSON.stringify(published)));
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(plan.values["seedSha256"]).toBe(published.outcome.seedSha256);
    const results = await test.db.query<{ credit_code: string; inspectors: { code: string }[] }>(
      "SELECT credit_code, inspectors FROM r_inspection_result WHERE plan = $1",
      [`inspectionPlan:${planId}`],
    );
    expect(results.map((row) => row.credit_code).sort()).toEqual(
      published.outcome.selections.map((selection) => selection.creditCode).sort(),
    );
    // Both class-D entities are drawn (ratio 100 %): neither gets an inspector who must step aside.
    const teamOf = (code: string) =>
      results.find((row) => row.credit_code === code)?.inspectors.map((cell) => cell.code) ?? [];
    expect(teamOf(registry.conflicted)).toHaveLength(2);
    expect(teamOf(registry.conflicted)).not.toContain(registry.conflictedInspector);
    expect(teamOf(registry.affiliated)).toHaveLength(2);
    for (const code of registry.justiceInspectors)
      expect(teamOf(registry.affiliated)).not.toContain(code);
  });

  it("cannot be re-run", async () => {
    const error = await errorOf(
      drawPlan(context, clerk, { id: planId, version: await version(), values }),
    );
    expect(error.kind).toBe("invalidTransition");
  });
});

describe("results", () => {
  it("start the 20-working-day publication clock when the inspection ends, and publish once all are recorded", async () => {
    context.setNow("2024-04-30T02:00:00Z");
    await takeAction(context, inspectionPlan, clerk, {
      id: planId,
      actionId: "start",
      version: await version(),
      values: { inspectionStartedOn: "2024-04-01" },
    });
    await takeAction(context, inspectionPlan, clerk, {
      id: planId,
      actionId: "complete",
      version: await version(),
      values: { inspectionEndedOn: "2024-04-26" },
    });
    const plan = await getRecord(context, inspectionPlan, clerk, planId);
    const clock = plan.clocks.find((candidate) => candidate.clockId === "resultPublication");
    // 20 working days after Friday 26 April 2024, over the May Day holiday (1–5 May, 调休 on 28 April and 11 May).
    expect(clock?.dueOn).toBe("2024-05-27");
    const open = await errorOf(
      publishResults(context, clerk, {
        id: planId,
        version: plan.version,
        values: { resultsPublishedOn: "2024-04-30" },
      }),
    );
    expect(open.problems[0]?.code).toBe("inspection.openResults");
    const results = await test.db.query<{ id: number; version: number }>(
      "SELECT id, version FROM r_inspection_result WHERE plan = $1",
      [`inspectionPlan:${planId}`],
    );
    for (const result of results)
      await takeAction(context, inspectionResult, clerk, {
        id: result.id,
        actionId: "record",
        version: result.version,
        values: { inspectedOn: "2024-04-10", outcome: "noProblem", findings: "未发现问题。" },
      });
    const done = await publishResults(context, clerk, {
      id: planId,
      version: plan.version,
      values: { resultsPublishedOn: "2024-04-30" },
    });
    expect(done.state).toBe("resultsPublished");
  });
});
