// Contract review end to end on a real database: validation naming the field, the local review
// period paused while materials are awaited, conclusion with opinion and risks, finality,
// withdrawal, and access (a department reads its own contracts, the justice bureau all).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { parseCalendarConfig, ruleFactsOf, statutoryRules } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { TestOrgs } from "../../../test/support/fixtures.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { contractReview as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let reviewer: SignedInUser;
let bureauClerk: SignedInUser;
let marketClerk: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const user = (username: string, orgId: number, role: "clerk" | "reviewer") =>
    createTestUser(test.db, { username, orgId, roles: [role], scope: "own" });
  reviewer = await user("sfj_reviewer", orgs.justice, "reviewer");
  bureauClerk = await user("sfj_clerk", orgs.justice, "clerk");
  marketClerk = await user("scj_clerk", orgs.market, "clerk");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const contract = (values: Record<string, unknown> = {}) => ({
  contractTitle: "执法记录仪及移动执法终端采购合同",
  contractKind: "procurement",
  reviewingOrg: orgs.justice,
  requestingOrg: orgs.market,
  counterpartyName: "山西晋通科技有限公司",
  counterpartyKind: "organization",
  counterpartyCreditCode: "91141081MA0GRWXY1G",
  amount: 386000,
  receivedDate: "2024-03-01",
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = reviewer) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const clock = async (id: number) =>
  (await getRecord(context, type, reviewer, id)).clocks.find((c) => c.clockId === "review");
const risk = {
  riskKind: "payment",
  description: "预付款比例达合同价款的50%，缺少履约担保",
  suggestion: "降低预付款比例或要求提供履约保函",
  adopted: true,
};

describe("the declaration", () => {
  it("is consistent and names only known rules", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });

  it("uses a local, configurable period of 7 working days that pauses for materials", () => {
    const rule = statutoryRules.find((candidate) => candidate.id === "contractReview.review");
    expect(rule).toMatchObject({
      verification: "local",
      configurable: true,
      period: { amount: 7, unit: "day", dayType: "working" },
      pausedBy: ["materials"],
    });
    expect(rule?.note).toContain("无全国统一规定");
  });
});

describe("a contract sent for review", () => {
  it("refuses a bad credit code and a company without one, naming the field", async () => {
    const bad = await errorOf(
      createRecord(
        context,
        type,
        reviewer,
        contract({ counterpartyCreditCode: "91141081MA0GRWXY1A" }),
      ),
    );
    expect(bad.problems).toEqual([
      expect.objectContaining({ field: "counterpartyCreditCode", code: "field.invalidCreditCode" }),
    ]);
    const missing = await errorOf(
      createRecord(context, type, reviewer, contract({ counterpartyCreditCode: null })),
    );
    expect(missing.problems).toEqual([
      expect.objectContaining({ field: "counterpartyCreditCode", code: "field.required" }),
    ]);
    const [row] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_contract_review",
    );
    expect(row?.n).toBe(0);
    // A natural person has no credit code.
    const person = await createRecord(
      context,
      type,
      reviewer,
      contract({
        contractKind: "stateAssets",
        contractTitle: "临街门面房租赁合同",
        counterpartyName: "王建国",
        counterpartyKind: "person",
        counterpartyCreditCode: null,
      }),
    );
    expect(person.recordNumber).toBe("侯合审〔2024〕1号");
  });

  it("is reviewed within 7 working days, the materials time not counted, then concluded and frozen", async () => {
    const { id } = await createRecord(context, type, bureauClerk, contract());
    // 2024-03-01 (Fri) + 7 working days = 03-12 (Tue)
    expect(await clock(id)).toMatchObject({
      dueOn: "2024-03-12",
      status: "running",
      ruleId: "contractReview.review",
    });
    const early = await errorOf(
      act(id, "requestMaterials", {
        materialsNoticeDate: "2024-02-28",
        materialsItems: "中标通知书",
      }),
    );
    expect(early.problems[0]).toMatchObject({ field: "materialsNoticeDate", code: "date.order" });
    await act(id, "requestMaterials", {
      materialsNoticeDate: "2024-03-04",
      materialsItems: "政府采购招标文件及中标通知书",
    });
    expect(await clock(id)).toMatchObject({ status: "paused", dueOn: null });
    const waiting = await errorOf(
      act(id, "conclude", { opinion: "同意", conclusion: "approve", reviewedDate: "2024-03-05" }),
    );
    expect(waiting.kind).toBe("invalidTransition");
    // Resumed 03-06: 03-04..03-05 paused, one working day (03-01 is the start) already gone.
    await act(id, "receiveMaterials", { materialsReceivedDate: "2024-03-06" }, bureauClerk);
    expect(await clock(id)).toMatchObject({ status: "running", dueOn: "2024-03-14" });

    const noOpinion = await errorOf(
      act(id, "conclude", { conclusion: "approve", reviewedDate: "2024-03-08" }),
    );
    expect(noOpinion.problems).toEqual([
      expect.objectContaining({ field: "opinion", code: "field.required" }),
    ]);
    const noRisks = await errorOf(
      act(id, "conclude", {
        opinion: "付款条款存在风险，建议修改后签订",
        conclusion: "approveWithChanges",
        reviewedDate: "2024-03-08",
      }),
    );
    expect(noRisks.problems[0]).toMatchObject({
      field: "risks",
      code: "contractReview.risksRequired",
    });
    await act(id, "conclude", {
      opinion: "付款条款存在风险，建议修改后签订",
      conclusion: "approveWithChanges",
      risks: [risk],
      reviewedDate: "2024-03-08",
    });
    const view = await getRecord(context, type, reviewer, id);
    expect(view).toMatchObject({ state: "concluded", isFinal: true, actions: [] });
    expect(view.values.reviewer).toBe(reviewer.id);
    expect(view.values.risks).toEqual([risk]);
    expect(await clock(id)).toMatchObject({ status: "stopped", tone: "met" });
    const frozen = await errorOf(
      updateRecord(context, type, reviewer, id, {
        version: view.version,
        values: { contractTitle: "改名" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("runs on while materials are awaited where the deployment switches the pause off", async () => {
    const config = parseCalendarConfig(
      { statutoryRules: { "contractReview.review": { pausedBy: [] } } },
      statutoryRules,
    );
    if (!config.ok) throw new Error("config refused");
    const local = { ...context, calendar: config.value };
    const { id } = await createRecord(local, type, reviewer, contract());
    const record = await getRecord(local, type, reviewer, id);
    await takeAction(local, type, reviewer, {
      id,
      actionId: "requestMaterials",
      version: record.version,
      values: { materialsNoticeDate: "2024-03-04", materialsItems: "项目立项批复" },
    });
    const view = await getRecord(local, type, reviewer, id);
    expect(view.clocks.find((c) => c.clockId === "review")).toMatchObject({
      status: "running",
      dueOn: "2024-03-12",
    });
  });

  it("is withdrawn by the requester only with a reason, which stops the clock", async () => {
    const { id } = await createRecord(
      context,
      type,
      reviewer,
      contract({ receivedDate: "2024-04-01" }),
    );
    const bare = await errorOf(act(id, "withdraw", { withdrawnDate: "2024-04-02" }));
    expect(bare.problems).toEqual([
      expect.objectContaining({ field: "withdrawalReason", code: "field.required" }),
    ]);
    await act(id, "withdraw", { withdrawnDate: "2024-04-02", withdrawalReason: "调整采购方式" });
    expect(await getRecord(context, type, reviewer, id)).toMatchObject({
      state: "withdrawn",
      isFinal: true,
    });
    expect(await clock(id)).toMatchObject({ status: "stopped", stoppedOn: "2024-04-02" });
  });
});

describe("access", () => {
  it("lets a department read its own contracts only, and the justice bureau read and act on all", async () => {
    const own = await createRecord(
      context,
      type,
      reviewer,
      contract({ receivedDate: "2024-05-06" }),
    );
    const other = await createRecord(
      context,
      type,
      reviewer,
      contract({ receivedDate: "2024-05-07", requestingOrg: orgs.townshipA }),
    );
    expect((await getRecord(context, type, marketClerk, own.id)).actions).toEqual([]);
    expect((await errorOf(getRecord(context, type, marketClerk, other.id))).kind).toBe("notFound");
    const denied = await errorOf(
      act(
        own.id,
        "withdraw",
        { withdrawnDate: "2024-05-08", withdrawalReason: "不签了" },
        marketClerk,
      ),
    );
    expect(denied.kind).toBe("notFound");
    const created = await errorOf(createRecord(context, type, marketClerk, contract()));
    expect(created.problems).toEqual([
      expect.objectContaining({ field: "reviewingOrg", code: "field.outOfScope" }),
    ]);
    const seen = (actor: SignedInUser) =>
      listRecords(context, type, actor, { filters: {}, page: 1, pageSize: 100 }).then((page) =>
        page.items.map((item) => item.id),
      );
    expect(await seen(marketClerk)).not.toContain(other.id);
    expect(await seen(marketClerk)).toContain(own.id);
    expect(await seen(bureauClerk)).toEqual(expect.arrayContaining([own.id, other.id]));
    await act(other.id, "conclude", {
      opinion: "经审查，同意签订",
      conclusion: "approve",
      reviewedDate: "2024-05-09",
    });
  });
});
