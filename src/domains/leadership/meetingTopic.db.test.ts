// Meeting topics on a real database: a department puts a topic forward (with its legality review
// opinion), the rule-of-law office records what the meeting did with it, and only rule-of-law
// topics resolved at the three meetings count as major issues resolved.
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
import { meetingTopic as type } from "./index.js";

let test: TestDatabase;
let city: number;
let justice: number;
let market: number;
let clerk: SignedInUser;
let marketClerk: SignedInUser;
let office: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  ({ city, justice, market } = await createTestOrgs(test.db));
  const user = (username: string, orgId: number, role: "clerk" | "leader" | "lawOffice") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "clerk" ? "own" : "all",
    });
  clerk = await user("sfj_clerk", justice, "clerk");
  marketClerk = await user("scj_clerk", market, "clerk");
  office = await user("fzb", city, "lawOffice");
  leader = await user("leader", city, "leader");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const topic = (values: Record<string, unknown> = {}) => ({
  topic: "研究《侯马市行政规范性文件合法性审核办法》",
  meetingKind: "executiveMeeting",
  submittingOrg: justice,
  submittedOn: "2024-04-08",
  isRuleOfLaw: true,
  legalityReviewed: true,
  legalityOpinionNumber: "侯司审〔2024〕7号",
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = office) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const resolution = { resolution: "会议原则同意，修改完善后印发" };

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("a meeting topic", () => {
  it("is put forward by its department, numbered, and not yet discussed", async () => {
    const row = await createRecord(context, type, clerk, topic());
    expect(row).toMatchObject({ state: "pending", recordNumber: "侯议题〔2024〕1号" });
    expect(row.values).toMatchObject({
      isRuleOfLaw: true,
      legalityOpinionNumber: "侯司审〔2024〕7号",
    });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const [before] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_meeting_topic",
    );
    const cases: [Record<string, unknown>, string, string][] = [
      [{ legalityOpinionNumber: undefined }, "legalityOpinionNumber", "field.required"],
      [{ meetingKind: "teaParty" }, "meetingKind", "field.invalidChoice"],
      [{ topic: "" }, "topic", "field.required"],
      [{ submittedOn: "2024-02-30" }, "submittedOn", "field.invalidDate"],
      [{ submittingOrg: market }, "submittingOrg", "field.outOfScope"],
    ];
    for (const [values, field, code] of cases) {
      const error = await errorOf(createRecord(context, type, clerk, topic(values)));
      expect({ field: error.problems[0]?.field, code: error.problems[0]?.code }).toEqual({
        field,
        code,
      });
    }
    // Without a legality review the opinion number is not asked for.
    const unreviewed = await createRecord(
      context,
      type,
      clerk,
      topic({ legalityReviewed: false, legalityOpinionNumber: undefined }),
    );
    expect(unreviewed.values.legalityOpinionNumber ?? null).toBeNull();
    const [after] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_meeting_topic",
    );
    expect(after?.n).toBe((before?.n ?? 0) + 1);
  });

  it("gets its outcome from the rule-of-law office only, dated not before it was put forward", async () => {
    const row = await createRecord(context, type, clerk, topic());
    const byClerk = await errorOf(
      act(row.id, "resolve", { meetingDate: "2024-04-20", ...resolution }, clerk),
    );
    expect(byClerk.kind).toBe("forbidden");
    const early = await errorOf(
      act(row.id, "resolve", { meetingDate: "2024-04-01", ...resolution }),
    );
    expect(early.problems[0]).toMatchObject({ field: "meetingDate", code: "leadership.dateOrder" });
    const noNote = await errorOf(act(row.id, "resolve", { meetingDate: "2024-04-20" }));
    expect(noNote.problems[0]).toMatchObject({ field: "resolution", code: "field.required" });
    const deferred = await act(row.id, "defer", {
      meetingDate: "2024-04-20",
      sessionNumber: "2024年第8次市政府常务会议",
      deferralReason: "需进一步征求意见",
    });
    expect(deferred.state).toBe("deferred");
    const resolved = await act(row.id, "resolve", {
      meetingDate: "2024-05-18",
      sessionNumber: "2024年第10次市政府常务会议",
      ...resolution,
    });
    expect(resolved.state).toBe("resolved");
    expect(resolved.values.meetingDate).toBe("2024-05-18");
    const frozen = await errorOf(
      updateRecord(context, type, office, row.id, {
        version: resolved.version,
        values: { topic: "改" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("may be withdrawn by its department, which no other department can touch", async () => {
    const row = await createRecord(context, type, clerk, topic());
    expect((await errorOf(getRecord(context, type, marketClerk, row.id))).kind).toBe("notFound");
    const withdrawn = await act(
      row.id,
      "withdraw",
      { withdrawnOn: "2024-04-10", withdrawalReason: "政策依据调整" },
      clerk,
    );
    expect(withdrawn.state).toBe("withdrawn");
    const seen = await getRecord(context, type, leader, row.id);
    expect(seen.canEdit).toBe(false);
  });
});

describe("leadership.majorIssuesResolved", () => {
  it("counts rule-of-law topics resolved at the three meetings in the year, and nothing else", async () => {
    const period = { from: "2022-01-01", to: "2022-12-31" };
    const figure = async () =>
      (
        await computeIndicators(test.db, {
          types: [type],
          actor: leader,
          orgId: city,
          periods: [period],
        })
      )[0]?.get("leadership.majorIssuesResolved")?.value;
    const put = async (
      values: Record<string, unknown>,
      outcome: "resolve" | "defer" | null,
      on: string,
    ) => {
      const row = await createRecord(
        context,
        type,
        office,
        topic({ submittedOn: "2022-03-01", ...values }),
      );
      if (outcome === "resolve") await act(row.id, "resolve", { meetingDate: on, ...resolution });
      if (outcome === "defer")
        await act(row.id, "defer", { meetingDate: on, deferralReason: "暂缓" });
    };
    await put({}, "resolve", "2022-03-20");
    await put({ meetingKind: "standingCommittee", submittingOrg: city }, "resolve", "2022-06-02");
    await put({ meetingKind: "lawCommitteeTopical" }, "resolve", "2022-12-30");
    await put({ isRuleOfLaw: false }, "resolve", "2022-04-11");
    await put({ meetingKind: "mayorsOffice" }, "resolve", "2022-05-09");
    await put({}, "defer", "2022-07-01");
    await put({}, null, "");
    await put({ submittedOn: "2022-12-20" }, "resolve", "2023-01-10");
    expect(await figure()).toBe(3);
  });
});
