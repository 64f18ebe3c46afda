// Licensing items and construction cases through the engine: the chain of approving departments
// (a broken one refused by row and column, nothing written), the year's reassigned items counted
// from dated rows, reforms checked and summed as reductions, who reads and who edits, and the
// cases' workflow with the promised due date, the return path and what the figures count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/support/engine.js";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { asSystem } from "../../engine/actor.js";
import { indicatorRecords } from "../../engine/indicator-records.js";
import { computeIndicators } from "../../engine/indicators.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { jointAcceptance, licensingItem, utilityConnection } from "./index.js";

let test: TestDatabase;
let context: ReturnType<typeof testContext>;
let city: number;
let bureau: number;
let market: number;
let bureauClerk: SignedInUser;
let marketClerk: SignedInUser;
let justiceClerk: SignedInUser;

const BUREAU = "侯马市行政审批服务管理局";
const MARKET = "侯马市市场监督管理局";
const types = [licensingItem, jointAcceptance, utilityConnection];
const year2023 = { from: "2023-01-01", to: "2023-12-31" };

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  city = orgs.city;
  market = orgs.market;
  bureau = (
    await test.db.transaction((tx) =>
      insertOrg(tx, { parentId: city, code: "141081-D06", name: BUREAU, kind: "department" }),
    )
  ).id;
  bureauClerk = await createTestUser(test.db, {
    username: "spj_clerk",
    orgId: bureau,
    roles: ["clerk"],
    scope: "own",
  });
  marketClerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: market,
    roles: ["clerk"],
    scope: "own",
  });
  justiceClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db, "2024-06-28T02:00:00Z");
});
afterAll(() => test.drop());

const change = (effectiveOn: string, fromDepartment: string, toDepartment: string) => ({
  effectiveOn,
  fromDepartment,
  toDepartment,
  documentNumber: "侯政发〔2023〕9号",
  reason: "相对集中行政许可权改革",
});

const item = (values: Record<string, unknown> = {}) => ({
  itemCode: "141081XK0400101",
  itemName: "食品生产许可（新办）",
  legalBasis: "《中华人民共和国食品安全法》",
  keeperOrg: bureau,
  approvingOrg: bureau,
  listedOn: "2022-06-30",
  statutoryLimit: 20,
  promisedLimit: 8,
  ...values,
});

const figures = async (period = year2023) => {
  const [values] = await computeIndicators(test.db, {
    types,
    actor: asSystem("test"),
    orgId: city,
    periods: [period],
  });
  return (key: string) => values?.get(key)?.value;
};

const count = async (table: string) =>
  (await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

describe("the declarations", () => {
  it("are consistent", () => {
    for (const type of types)
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("the chain of approving departments", () => {
  it("refuses a change that does not start where the previous one ended, naming row and column, and writes nothing", async () => {
    const broken = await errorOf(
      createRecord(
        context,
        licensingItem,
        bureauClerk,
        item({
          reassignments: [
            change("2022-10-10", MARKET, BUREAU),
            change("2023-04-03", "侯马市卫生健康局", MARKET),
          ],
        }),
      ),
    );
    expect(broken.problems).toEqual([
      expect.objectContaining({
        field: "reassignments[2].fromDepartment",
        code: "licensing.brokenChain",
      }),
    ]);
    expect(broken.problems[0]?.message).toBe(
      `审批部门调整记录第2行：原审批部门应为上一次调整后的审批部门“${BUREAU}”`,
    );
    const same = await errorOf(
      createRecord(
        context,
        licensingItem,
        bureauClerk,
        item({ reassignments: [change("2023-04-03", MARKET, MARKET)] }),
      ),
    );
    expect(same.problems[0]).toMatchObject({
      field: "reassignments[1].toDepartment",
      code: "licensing.sameDepartment",
    });
    const backwards = await errorOf(
      createRecord(
        context,
        licensingItem,
        bureauClerk,
        item({
          reassignments: [
            change("2023-04-03", MARKET, BUREAU),
            change("2022-10-10", BUREAU, MARKET),
          ],
        }),
      ),
    );
    expect(backwards.problems[0]).toMatchObject({
      field: "reassignments[2].effectiveOn",
      code: "licensing.changeOutOfOrder",
    });
    const missing = await errorOf(
      createRecord(context, licensingItem, bureauClerk, item({ itemName: "" })),
    );
    expect(missing.problems.map((problem) => problem.field)).toEqual(["itemName"]);
    expect(await count("r_licensing_item")).toBe(0);
  });

  it("counts the items with a change dated in the year, once each, and lists them", async () => {
    // Moved in spring and back in autumn 2023: one item.
    await createRecord(
      context,
      licensingItem,
      bureauClerk,
      item({
        approvingOrg: market,
        reassignments: [change("2023-03-20", MARKET, BUREAU), change("2023-10-09", BUREAU, MARKET)],
      }),
    );
    // Moved in 2022 only.
    await createRecord(
      context,
      licensingItem,
      bureauClerk,
      item({ itemCode: "141081XK0400102", reassignments: [change("2022-12-30", MARKET, BUREAU)] }),
    );
    // Moved on the last day of 2023 and again in 2024.
    const edge = await createRecord(
      context,
      licensingItem,
      bureauClerk,
      item({
        itemCode: "141081XK0400103",
        approvingOrg: market,
        reassignments: [change("2023-12-31", MARKET, BUREAU), change("2024-01-02", BUREAU, MARKET)],
      }),
    );
    // Never moved.
    await createRecord(context, licensingItem, bureauClerk, item({ itemCode: "141081XK0400104" }));
    expect((await figures())("licensing.itemsReassigned")).toBe(2);
    expect(
      (await figures({ from: "2024-01-01", to: "2024-12-31" }))("licensing.itemsReassigned"),
    ).toBe(1);
    expect(
      (await figures({ from: "2022-01-01", to: "2022-12-31" }))("licensing.itemsReassigned"),
    ).toBe(1);
    const behind = await indicatorRecords(context, types, asSystem("test"), {
      key: "licensing.itemsReassigned",
      orgId: city,
      period: year2023,
      page: 1,
      pageSize: 20,
    });
    expect(behind.total).toBe(2);
    // Newest change first: the item moved on 2024-01-02 leads.
    expect(behind.items[0]?.id).toBe(edge.id);
  });

  it("takes a valid new change on edit, and refuses a broken one leaving the record as it was", async () => {
    const created = await createRecord(
      context,
      licensingItem,
      bureauClerk,
      item({ itemCode: "141081XK0400201" }),
    );
    const moved = await updateRecord(context, licensingItem, bureauClerk, created.id, {
      version: created.version,
      values: { reassignments: [change("2024-03-04", BUREAU, MARKET)], approvingOrg: market },
    });
    const broken = await errorOf(
      updateRecord(context, licensingItem, bureauClerk, created.id, {
        version: moved.version,
        values: {
          reassignments: [
            change("2024-03-04", BUREAU, MARKET),
            change("2024-05-06", BUREAU, MARKET),
          ],
        },
      }),
    );
    expect(broken.problems[0]?.field).toBe("reassignments[2].fromDepartment");
    const after = await getRecord(context, licensingItem, bureauClerk, created.id);
    expect(after.version).toBe(moved.version);
    expect(after.values["reassignments"]).toHaveLength(1);
  });
});

describe("a reform", () => {
  it("refuses more after than before, naming the field, and sums what the year's reforms cut", async () => {
    const created = await createRecord(
      context,
      licensingItem,
      bureauClerk,
      item({ itemCode: "141081XK0400301" }),
    );
    const reform = {
      reformedOn: "2023-05-08",
      timeLimitBefore: 20,
      timeLimitAfter: 8,
      materialsBefore: 9,
      materialsAfter: 6,
      stepsBefore: 5,
      stepsAfter: 3,
      tripsBefore: 2,
      tripsAfter: 0,
    };
    const more = await errorOf(
      takeAction(context, licensingItem, bureauClerk, {
        id: created.id,
        actionId: "registerReform",
        version: created.version,
        values: { ...reform, materialsAfter: 11 },
      }),
    );
    expect(more.problems[0]).toMatchObject({
      field: "materialsAfter",
      code: "licensing.reformIncrease",
    });
    const over = await errorOf(
      takeAction(context, licensingItem, bureauClerk, {
        id: created.id,
        actionId: "registerReform",
        version: created.version,
        values: { ...reform, timeLimitBefore: 30, timeLimitAfter: 25 },
      }),
    );
    expect(over.problems[0]).toMatchObject({
      field: "timeLimitAfter",
      code: "licensing.overStatutoryLimit",
    });
    expect((await getRecord(context, licensingItem, bureauClerk, created.id)).version).toBe(
      created.version,
    );
    await takeAction(context, licensingItem, bureauClerk, {
      id: created.id,
      actionId: "registerReform",
      version: created.version,
      values: reform,
    });
    const figure = await figures();
    expect(
      ["timeLimitReduced", "materialsReduced", "stepsReduced", "tripsReduced"].map((name) =>
        figure(`licensing.${name}`),
      ),
    ).toEqual([12, 3, 2, 2]);
  });
});

describe("who works the list", () => {
  it("lets the approving department read its items but not edit them; other departments see none", async () => {
    const list = await listRecords(context, licensingItem, marketClerk, {
      filters: {},
      page: 1,
      pageSize: 50,
    });
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((row) => row.values["approvingOrg"] === market)).toBe(true);
    const first = list.items[0];
    if (!first) throw new Error("the market bureau approves an item");
    const denied = await errorOf(
      updateRecord(context, licensingItem, marketClerk, first.id, {
        version: first.version,
        values: { promisedLimit: 3 },
      }),
    );
    expect(["forbidden", "notFound"]).toContain(denied.kind);
    const other = await listRecords(context, licensingItem, justiceClerk, {
      filters: {},
      page: 1,
      pageSize: 50,
    });
    expect(other.total).toBe(0);
  });
});

const joint = (values: Record<string, unknown> = {}) => ({
  handlingOrg: bureau,
  applicant: "侯马市晋都房地产开发有限公司",
  project: "晋都花园三期住宅小区",
  receivedOn: "2023-05-04",
  departments: "住建、自然资源、消防",
  ...values,
});

describe("a joint acceptance", () => {
  it("is accepted with a promised date the clock follows, and refuses a date before acceptance", async () => {
    const created = await createRecord(context, jointAcceptance, bureauClerk, joint());
    expect(created.state).toBe("received");
    const early = await errorOf(
      takeAction(context, jointAcceptance, bureauClerk, {
        id: created.id,
        actionId: "accept",
        version: created.version,
        values: { acceptedOn: "2023-05-05", promisedDays: 5, dueDate: "2023-05-04" },
      }),
    );
    expect(early.problems[0]).toMatchObject({ field: "dueDate", code: "licensing.dateOrder" });
    const missing = await errorOf(
      takeAction(context, jointAcceptance, bureauClerk, {
        id: created.id,
        actionId: "accept",
        version: created.version,
        values: { acceptedOn: "2023-05-05" },
      }),
    );
    expect(missing.problems.map((problem) => problem.field).sort()).toEqual([
      "dueDate",
      "promisedDays",
    ]);
    const accepted = await takeAction(context, jointAcceptance, bureauClerk, {
      id: created.id,
      actionId: "accept",
      version: created.version,
      values: { acceptedOn: "2023-05-05", promisedDays: 5, dueDate: "2023-05-12" },
    });
    const read = await getRecord(context, jointAcceptance, bureauClerk, accepted.id);
    expect(read.clocks[0]).toMatchObject({ dueOn: "2023-05-12", status: "running" });
    // Returned for rectification: the clock stops, and runs against the new date when handled again.
    const returned = await takeAction(context, jointAcceptance, bureauClerk, {
      id: created.id,
      actionId: "return",
      version: accepted.version,
      values: { returnedOn: "2023-05-09", returnReason: "消防设施未按图施工" },
    });
    expect(returned.state).toBe("returned");
    const again = await takeAction(context, jointAcceptance, bureauClerk, {
      id: created.id,
      actionId: "resubmit",
      version: returned.version,
      values: { resubmittedOn: "2023-05-22", dueDate: "2023-05-29" },
    });
    expect(
      (await getRecord(context, jointAcceptance, bureauClerk, again.id)).clocks[0],
    ).toMatchObject({ dueOn: "2023-05-29", status: "running" });
    const done = await takeAction(context, jointAcceptance, bureauClerk, {
      id: created.id,
      actionId: "complete",
      version: again.version,
      values: { completedOn: "2023-05-26", completionNote: "各专项验收合格" },
    });
    expect(done.state).toBe("completed");
  });

  it("counts cases completed in the year, not those refused or completed the next year", async () => {
    const refused = await createRecord(context, jointAcceptance, bureauClerk, joint());
    await takeAction(context, jointAcceptance, bureauClerk, {
      id: refused.id,
      actionId: "refuse",
      version: refused.version,
      values: { refusedOn: "2023-05-05", refusalReason: "未取得建设工程规划许可" },
    });
    const late = await createRecord(
      context,
      jointAcceptance,
      bureauClerk,
      joint({ receivedOn: "2023-12-28" }),
    );
    const lateAccepted = await takeAction(context, jointAcceptance, bureauClerk, {
      id: late.id,
      actionId: "accept",
      version: late.version,
      values: { acceptedOn: "2023-12-28", promisedDays: 5, dueDate: "2024-01-05" },
    });
    await takeAction(context, jointAcceptance, bureauClerk, {
      id: late.id,
      actionId: "complete",
      version: lateAccepted.version,
      values: { completedOn: "2024-01-03", completionNote: "验收合格" },
    });
    expect((await figures())("licensing.jointAcceptances")).toBe(1);
    expect(
      (await figures({ from: "2024-01-01", to: "2024-12-31" }))("licensing.jointAcceptances"),
    ).toBe(1);
  });
});

describe("a utility connection", () => {
  it("names a bad service kind, and counts when completed", async () => {
    const bad = await errorOf(
      createRecord(context, utilityConnection, bureauClerk, {
        handlingOrg: bureau,
        applicant: "侯马市浍河实业有限公司",
        project: "浍河湾商住综合体",
        receivedOn: "2023-08-01",
        service: "sewage",
        provider: "侯马市供水有限公司",
        address: "路东街道浍河北岸",
      }),
    );
    expect(bad.problems.map((problem) => problem.field)).toEqual(["service"]);
    expect(await count("r_utility_connection")).toBe(0);
    const created = await createRecord(context, utilityConnection, bureauClerk, {
      handlingOrg: bureau,
      applicant: "侯马市浍河实业有限公司",
      project: "浍河湾商住综合体",
      receivedOn: "2023-08-01",
      service: "water",
      provider: "侯马市供水有限公司",
      address: "路东街道浍河北岸",
    });
    const accepted = await takeAction(context, utilityConnection, bureauClerk, {
      id: created.id,
      actionId: "accept",
      version: created.version,
      values: { acceptedOn: "2023-08-01", promisedDays: 5, dueDate: "2023-08-08" },
    });
    await takeAction(context, utilityConnection, bureauClerk, {
      id: created.id,
      actionId: "complete",
      version: accepted.version,
      values: { completedOn: "2023-08-04", completionNote: "已通水" },
    });
    expect((await figures())("licensing.utilityConnections")).toBe(1);
  });
});
