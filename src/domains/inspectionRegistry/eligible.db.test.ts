// Who may be drawn, on a real database: entities 存续 only, by risk class, industry and supervising
// department, in creditCode code-unit order page after page; inspectors 在岗 with a certificate
// valid on the day, of the given departments, with their declared conflicts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, testContext, type TestOrgs } from "../../../test/support/fixtures.js";
import { asSystem } from "../../engine/actor.js";
import { importRecords } from "../../engine/bulk/import.js";
import { creditCodeCheckCharacter } from "../../kernel/codes.js";
import {
  countEligibleEntities,
  eligibleEntities,
  listEligibleEntities,
  listEligibleInspectors,
} from "./eligible.js";
import { inspector, marketEntity } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
const system = asSystem("测试名录");

const code = (body: string): string => {
  const first17 = `91141081${body}`;
  return first17 + creditCodeCheckCharacter(first17);
};

/** 60 entities: classes cycling A B C D and unclassified, two industries, two supervisors. */
const ENTITY_BODIES = Array.from(
  { length: 60 },
  // Letters and digits mixed, so code-unit order differs from insertion order.
  (_, i) => `MA0${"YXWA0"[i % 5] ?? "0"}${String(9700 - i).padStart(5, "0")}`,
);
const CLASSES = ["A", "B", "C", "D", null] as const;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const context = testContext(test.db, "2026-11-30T02:00:00Z");
  const entities = ENTITY_BODIES.map((body, i) => ({
    values: {
      creditCode: code(body),
      name: `侯马市测试${i}商贸有限公司`,
      industry: i % 2 === 0 ? "52" : "62",
      riskClass: CLASSES[i % 5],
      supervisingOrg: i % 3 === 0 ? orgs.justice : orgs.market,
      affiliatedOrg: i === 5 ? orgs.justice : null,
      registeredOn: "2020-05-01",
      // Every 7th has left the register in one of three ways.
      status: i % 7 === 6 ? ["deregistered", "revoked", "movedOut"][i % 3] : "active",
    },
  }));
  const created = await importRecords(context, marketEntity, system, entities, {
    source: { file: null, note: "测试" },
  });
  expect(created.ok).toBe(true);
  const person = (n: number, values: Record<string, unknown>) => ({
    values: {
      name: `检查员${n}`,
      certificateNumber: `1410810${n}`,
      org: orgs.market,
      speciality: "marketRegulation",
      certificateIssuedOn: "2022-01-01",
      certificateValidUntil: "2027-12-31",
      status: "onDuty",
      ...values,
    },
  });
  const inspectors = await importRecords(
    context,
    inspector,
    system,
    [
      person(3, {
        conflicts: [
          {
            creditCode: code(ENTITY_BODIES[0] ?? ""),
            reason: "配偶任职",
            declaredOn: "2026-01-02",
          },
        ],
      }),
      person(1, { speciality: "foodSafety" }),
      person(2, { status: "suspended" }),
      person(4, { certificateValidUntil: "2026-11-29" }),
      person(5, { certificateValidUntil: "2026-11-30" }),
      person(6, { org: orgs.justice }),
      person(7, { status: "transferred" }),
    ],
    { source: { file: null, note: "测试" } },
  );
  expect(inspectors.ok).toBe(true);
});
afterAll(() => test.drop());

/** What the test data says is eligible, computed in JS from the same rules. */
function expected(filter: { industry?: string; market?: boolean }, risk: string | null) {
  return ENTITY_BODIES.map((body, i) => ({ body, i }))
    .filter(({ i }) => i % 7 !== 6)
    .filter(({ i }) => CLASSES[i % 5] === risk)
    .filter(
      ({ i }) => filter.industry === undefined || (i % 2 === 0 ? "52" : "62") === filter.industry,
    )
    .filter(({ i }) => filter.market !== true || i % 3 !== 0)
    .map(({ body }) => code(body))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe("eligible entities", () => {
  it("counts the 存续 entities of each risk class, unclassified as a class of its own", async () => {
    const counts = await countEligibleEntities(test.db, {});
    expect(counts).toEqual({
      A: expected({}, "A").length,
      B: expected({}, "B").length,
      C: expected({}, "C").length,
      D: expected({}, "D").length,
      unclassified: expected({}, null).length,
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(60 - 8);
  });

  it("filters by industry and by supervising department", async () => {
    const counts = await countEligibleEntities(test.db, {
      industries: ["52"],
      supervisingOrgs: [orgs.market],
    });
    expect(counts.B).toBe(expected({ industry: "52", market: true }, "B").length);
    expect(counts.unclassified).toBe(expected({ industry: "52", market: true }, null).length);
    const none = await countEligibleEntities(test.db, { industries: ["01"] });
    expect(none).toEqual({ A: 0, B: 0, C: 0, D: 0, unclassified: 0 });
  });

  it("lists a class page by page in creditCode code-unit order, each entity once", async () => {
    const all: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listEligibleEntities>> = await listEligibleEntities(
        test.db,
        { riskClass: "A" },
        { after, limit: 3 },
      );
      expect(page.entities.length).toBeLessThanOrEqual(3);
      all.push(...page.entities.map((entity) => entity.creditCode));
      after = page.next;
      pages += 1;
    } while (after !== null);
    expect(all).toEqual(expected({}, "A"));
    expect(pages).toBe(Math.ceil(all.length / 3));
    const streamed: string[] = [];
    for await (const entity of eligibleEntities(test.db, { riskClass: "A" }, 4))
      streamed.push(entity.creditCode);
    expect(streamed).toEqual(all);
  });

  it("lists the unclassified, and carries the department an entity belongs to", async () => {
    const page = await listEligibleEntities(test.db, { riskClass: "unclassified" });
    expect(page.entities.map((entity) => entity.creditCode)).toEqual(expected({}, null));
    expect(page.next).toBeNull();
    const run = await listEligibleEntities(test.db, { riskClass: "A", industries: ["62"] });
    const affiliated = run.entities.find(
      (entity) => entity.creditCode === code(ENTITY_BODIES[5] ?? ""),
    );
    expect(affiliated).toMatchObject({
      affiliatedOrg: orgs.justice,
      supervisingOrg: orgs.market,
      riskClass: "A",
    });
  });

  it("refuses a page size out of range", async () => {
    await expect(listEligibleEntities(test.db, { riskClass: "A" }, { limit: 0 })).rejects.toThrow(
      RangeError,
    );
  });
});

describe("eligible inspectors", () => {
  it("lists those on duty with a certificate valid on the day, of the given departments, by certificate number", async () => {
    const listed = await listEligibleInspectors(test.db, { orgs: [orgs.market], on: "2026-11-30" });
    expect(listed.map((item) => item.certificateNumber)).toEqual([
      "14108101",
      "14108103",
      "14108105",
    ]);
    expect(listed[0]).toMatchObject({ orgName: "侯马市市场监督管理局", speciality: "foodSafety" });
    expect(listed[1]?.conflicts).toEqual([
      { creditCode: code(ENTITY_BODIES[0] ?? ""), reason: "配偶任职", declaredOn: "2026-01-02" },
    ]);
    const dayBefore = await listEligibleInspectors(test.db, {
      orgs: [orgs.market],
      on: "2026-11-29",
    });
    expect(dayBefore.map((item) => item.certificateNumber)).toEqual([
      "14108101",
      "14108103",
      "14108104",
      "14108105",
    ]);
  });

  it("takes several departments, a speciality filter, and refuses a day that is not a date", async () => {
    const both = await listEligibleInspectors(test.db, {
      orgs: [orgs.market, orgs.justice],
      on: "2026-11-30",
      specialities: ["marketRegulation"],
    });
    expect(both.map((item) => item.certificateNumber)).toEqual([
      "14108103",
      "14108105",
      "14108106",
    ]);
    expect(await listEligibleInspectors(test.db, { orgs: [], on: "2026-11-30" })).toEqual([]);
    await expect(
      listEligibleInspectors(test.db, { orgs: [orgs.market], on: "30.11.2026" }),
    ).rejects.toThrow(RangeError);
  });
});
