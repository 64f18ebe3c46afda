// Leader duty lists on a real database: a department drafts its own list with its items, issues
// it (then frozen), revises it through an explicit revision; bad input is refused naming the field
// and writes nothing; other organisations' staff do not see it, leaders read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { computeIndicators } from "../../engine/indicators.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { leaderDutyList as type } from "./index.js";

let test: TestDatabase;
let city: number;
let market: number;
let township: number;
let clerk: SignedInUser;
let townClerk: SignedInUser;
let leader: SignedInUser;
let office: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  ({ city, market, townshipA: township } = orgs);
  const user = (username: string, orgId: number, role: "clerk" | "leader" | "lawOffice") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "clerk" ? "own" : "all",
    });
  clerk = await user("scj_clerk", market, "clerk");
  townClerk = await user("ld_clerk", township, "clerk");
  leader = await user("leader", city, "leader");
  office = await user("fzb", city, "lawOffice");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const list = (values: Record<string, unknown> = {}) => ({
  org: market,
  year: 2024,
  title: "侯马市市场监督管理局党政主要负责人履行推进法治建设第一责任人职责2024年度清单",
  headRole: "both",
  headName: "田永刚",
  headPost: "党组书记、局长",
  draftedOn: "2024-03-04",
  items: [
    { text: "主持研究部署本单位年度法治建设工作", category: "planning", doneBy: "2024年3月底前" },
    { text: "落实重大执法决定法制审核制度", category: "supervising" },
  ],
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = clerk) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const count = async () =>
  (await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_leader_duty_list"))[0]?.n;

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("a duty list", () => {
  it("is drafted by the department for itself, numbered, with its items", async () => {
    const row = await createRecord(context, type, clerk, list());
    expect(row.state).toBe("drafted");
    expect(row.recordNumber).toBe("侯责清单〔2024〕1号");
    expect(row.values.items).toEqual([
      { text: "主持研究部署本单位年度法治建设工作", category: "planning", doneBy: "2024年3月底前" },
      { text: "落实重大执法决定法制审核制度", category: "supervising", doneBy: null },
    ]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ items: [] }, "items"],
      [{ items: [{ text: "学法", category: "nap" }] }, "items[1].category"],
      [{ items: [{ category: "planning" }] }, "items[1].text"],
      [{ headName: "" }, "headName"],
      [{ year: 1999 }, "year"],
      [{ headRole: "mayor" }, "headRole"],
    ];
    for (const [values, field] of cases) {
      const error = await errorOf(createRecord(context, type, clerk, list(values)));
      expect(error.kind).toBe("validation");
      expect(error.problems[0]?.field).toBe(field);
      expect(error.problems[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const outside = await errorOf(createRecord(context, type, clerk, list({ org: township })));
    expect(outside.problems[0]).toMatchObject({ field: "org", code: "field.outOfScope" });
    expect(await count()).toBe(before);
  });

  it("is issued, then frozen, and changes only through a revision issued again", async () => {
    const row = await createRecord(context, type, clerk, list());
    const missing = await errorOf(act(row.id, "issue", { issuedOn: "2024-03-20" }));
    expect(missing.problems[0]).toMatchObject({ field: "documentNumber", code: "field.required" });
    const early = await errorOf(
      act(row.id, "issue", { issuedOn: "2024-03-01", documentNumber: "侯市监发〔2024〕5号" }),
    );
    expect(early.problems[0]).toMatchObject({ field: "issuedOn", code: "leadership.dateOrder" });
    const issued = await act(row.id, "issue", {
      issuedOn: "2024-03-20",
      documentNumber: "侯市监发〔2024〕5号",
    });
    expect(issued.state).toBe("issued");
    const frozen = await errorOf(
      updateRecord(context, type, clerk, row.id, {
        version: issued.version,
        values: { year: 2025 },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
    const revising = await act(row.id, "startRevision", { revisionStartedOn: "2024-07-01" });
    expect(revising.state).toBe("revising");
    const edited = await updateRecord(context, type, clerk, row.id, {
      version: revising.version,
      values: {
        items: [...(list().items as object[]), { text: "落实普法责任制", category: "studying" }],
      },
    });
    expect((edited.values.items as unknown[]).length).toBe(3);
    const noNote = await errorOf(act(row.id, "reissue", { revisedOn: "2024-07-20" }));
    expect(noNote.problems[0]).toMatchObject({ field: "revisionNote", code: "field.required" });
    const reissued = await act(row.id, "reissue", {
      revisedOn: "2024-07-20",
      revisionNote: "补充普法责任制事项",
    });
    expect(reissued).toMatchObject({ state: "issued" });
    expect(reissued.values).toMatchObject({ revisedOn: "2024-07-20", issuedOn: "2024-03-20" });
  });
});

describe("access", () => {
  it("keeps a list from other units' staff, lets leaders read it, and counts issued lists", async () => {
    const row = await createRecord(
      context,
      type,
      clerk,
      list({ year: 2023, draftedOn: "2023-03-01" }),
    );
    expect((await errorOf(getRecord(context, type, townClerk, row.id))).kind).toBe("notFound");
    const seen = await getRecord(context, type, leader, row.id);
    expect(seen.canEdit).toBe(false);
    expect(seen.actions).toEqual([]);
    expect((await errorOf(createRecord(context, type, leader, list()))).kind).toBe("forbidden");
    // The rule-of-law office drafts the city's own list.
    const cityList = await createRecord(
      context,
      type,
      office,
      list({
        org: city,
        year: 2023,
        headRole: "party",
        headPost: "市委书记",
        draftedOn: "2023-02-06",
      }),
    );
    await act(
      cityList.id,
      "issue",
      { issuedOn: "2023-02-24", documentNumber: "侯办发〔2023〕3号" },
      office,
    );
    const [values] = await computeIndicators(test.db, {
      types: [type],
      actor: leader,
      orgId: city,
      periods: [{ from: "2023-01-01", to: "2023-12-31" }],
    });
    // The market bureau's 2023 list is still a draft: only the city's counts.
    expect(values?.get("duty.dutyListsIssued")?.value).toBe(1);
  });
});
