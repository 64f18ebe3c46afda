// A major decision through its procedure on a real database: collective discussion refused while
// any step the regulation requires is missing, naming each; a comment closed before its 30 days
// without a reason refused; the hearing materials' 7 days; deciding once every step is met; then
// publication, archiving, evaluation; suspension and withdrawal; who may read and act.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import type { EngineError } from "../../engine/errors.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { legalityReview } from "../legalityReview/index.js";
import { decisionCatalog, majorDecision as type } from "./index.js";

let test: TestDatabase;
let orgs: Awaited<ReturnType<typeof createTestOrgs>>;
let clerk: SignedInUser;
let justiceClerk: SignedInUser;
let townClerk: SignedInUser;
let office: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const user = (username: string, orgId: number, role: "clerk" | "lawOffice" | "leader") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "clerk" ? "own" : "all",
    });
  clerk = await user("sc_clerk", orgs.market, "clerk");
  justiceClerk = await user("sfj_clerk", orgs.justice, "clerk");
  townClerk = await user("ld_clerk", orgs.townshipA, "clerk");
  office = await user("fzb", orgs.city, "lawOffice");
  leader = await user("leader", orgs.city, "leader");
  context = testContext(test.db, "2024-12-31T02:00:00Z");
});
afterAll(() => test.drop());

const launch = (values: Record<string, unknown> = {}) => ({
  title: "侯马市农贸市场提质升级改造实施方案",
  category: "marketRegulation",
  catalogYear: 2024,
  leadOrg: orgs.market,
  overseeingOrg: orgs.justice,
  isSpecialised: true,
  affectsStability: false,
  affectsMarket: false,
  needsHearing: false,
  launchedOn: "2024-02-20",
  launchApproval: "市政府第3次常务会议",
  ...values,
});

async function actOn(
  recordType: RecordTypeDeclaration,
  id: number,
  actionId: string,
  values: Record<string, unknown>,
  actor: SignedInUser,
) {
  const record = await getRecord(context, recordType, actor, id);
  return takeAction(context, recordType, actor, { id, actionId, version: record.version, values });
}
const act = (id: number, actionId: string, values: Record<string, unknown> = {}, actor = clerk) =>
  actOn(type, id, actionId, values, actor);

const meeting = {
  meetingKind: "executiveMeeting",
  meetingName: "市政府第9次常务会议",
  decidedOn: "2024-05-20",
  decisionResult: "approved",
  dissent: "无",
};
/** The steps a refusal names: each step's own field (the comment's end, the expert argument's date), or the step. */
const named = (error: EngineError) => error.problems.map((problem) => problem.field).sort();

/** A legality review of the decision, concluded with this conclusion. */
async function review(id: number, conclusion: "lawful" | "lawfulWithChanges" | "unlawful") {
  const created = await createRecord(context, legalityReview, office, {
    subjectTitle: "侯马市农贸市场提质升级改造实施方案",
    subjectKind: "majorDecision",
    subject: `majorDecision:${String(id)}`,
    requestingOrg: orgs.market,
    reviewingOrg: orgs.justice,
    receivedOn: "2024-04-08",
  });
  await actOn(
    legalityReview,
    created.id,
    "conclude",
    {
      conclusion,
      opinion: conclusion === "unlawful" ? "部分内容缺乏上位法依据" : "同意按程序提交审议",
      problems:
        conclusion === "lawful"
          ? []
          : [{ kind: "content", description: "收费条款缺乏上位法依据，应当删除" }],
      concludedOn: "2024-04-19",
    },
    office,
  );
  return created.id;
}

describe("the declarations", () => {
  it("are consistent and name only known statutory rules", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
    expect(checkDeclaration(decisionCatalog, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("collective discussion", () => {
  it("is refused naming every missing step, and taken once all are met", async () => {
    const { id } = await createRecord(context, type, clerk, launch());
    // Nothing done: no comment, no expert argument, no legality review.
    const bare = await errorOf(act(id, "decide", meeting));
    expect(bare.kind).toBe("validation");
    expect(named(bare)).toEqual(["commentEndedOn", "expertArguedOn", "legalityReview"]);
    expect(bare.problems.every((problem) => problem.code === "checklist.unmet")).toBe(true);

    await act(id, "openComment", {
      commentStartedOn: "2024-03-01",
      commentChannels: "市政府门户网站",
    });
    // In comment: it cannot go on until the comment has ended.
    const inComment = await errorOf(act(id, "decide", meeting));
    expect(named(inComment)).toEqual(["commentEndedOn", "expertArguedOn", "legalityReview"]);
    // The earliest day the comment may end: 2024-03-01 + 30 days = 03-31, a Sunday → 04-01.
    expect(inComment.problems[0]?.message).toContain("最早可于2024-04-01结束");
    // 19 days and no reason for the shorter period: closing is the same step missing.
    const early = await errorOf(
      act(id, "closeComment", { commentEndedOn: "2024-03-20", commentsReceived: 4 }),
    );
    expect(named(early)).toEqual(["commentEndedOn"]);
    expect(early.problems[0]?.message).toContain("30日");
    expect(early.problems[0]?.message).toContain(
      "最早可于2024-04-01结束，登记的结束日期为2024-03-20",
    );
    const sunday = await errorOf(
      act(id, "closeComment", { commentEndedOn: "2024-03-31", commentsReceived: 4 }),
    );
    expect(named(sunday)).toEqual(["commentEndedOn"]);
    await act(id, "closeComment", { commentEndedOn: "2024-04-01", commentsReceived: 4 });

    const noExpert = await errorOf(act(id, "decide", meeting));
    expect(named(noExpert)).toEqual(["expertArguedOn", "legalityReview"]);

    await act(id, "recordExpertArgument", {
      expertArguedOn: "2024-04-02",
      experts: "山西大学 李教授、临汾市规划设计研究院 张高级工程师",
      expertOpinion: "方案可行，建议细化资金保障",
    });
    // A review that found the draft unlawful does not let it go on.
    await review(id, "unlawful");
    const unlawful = await errorOf(act(id, "decide", meeting));
    expect(named(unlawful)).toEqual(["legalityReview"]);

    await review(id, "lawfulWithChanges");
    const sameDay = await errorOf(act(id, "decide", { ...meeting, decidedOn: "2024-04-01" }));
    expect(sameDay.problems).toEqual([expect.objectContaining({ field: "decidedOn" })]);
    await act(id, "decide", meeting);
    const view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("decided");
    expect(view.values).toMatchObject({ decidedOn: "2024-05-20", dissent: "无" });
  });

  it("accepts a shorter comment with its reason, and asks risk assessment where stability is at stake", async () => {
    const { id } = await createRecord(
      context,
      type,
      clerk,
      launch({ isSpecialised: false, affectsStability: true, affectsMarket: true }),
    );
    await act(id, "openComment", { commentStartedOn: "2024-03-01", commentChannels: "市政府网站" });
    await act(id, "closeComment", {
      commentEndedOn: "2024-03-15",
      commentsReceived: 0,
      commentShortenedReason: "汛期临近，须在主汛期前完成改造，经决策机关同意缩短征求意见期限",
    });
    await review(id, "lawful");
    const missing = await errorOf(act(id, "decide", meeting));
    expect(named(missing)).toEqual(["fairCompetitionReviewedOn", "riskAssessedOn"]);
    await act(id, "recordRiskAssessment", { riskAssessedOn: "2024-03-20", riskLevel: "low" });
    await act(id, "recordFairCompetitionReview", {
      fairCompetitionReviewedOn: "2024-03-21",
      fairCompetitionConclusion: "未发现排除、限制竞争的内容",
    });
    await act(id, "decide", meeting);
    expect((await getRecord(context, type, clerk, id)).state).toBe("decided");
  });

  it("sends hearing materials at least 7 days before the hearing", async () => {
    const { id } = await createRecord(context, type, clerk, launch({ needsHearing: true }));
    await act(id, "openComment", { commentStartedOn: "2024-03-01", commentChannels: "市政府网站" });
    const late = await errorOf(
      act(id, "recordHearing", {
        hearingMaterialsSentOn: "2024-03-12",
        hearingOn: "2024-03-18",
        hearingSummary: "听证参加人15名",
      }),
    );
    expect(late.problems).toEqual([
      expect.objectContaining({
        field: "hearingMaterialsSentOn",
        code: "decision.hearingMaterials",
        message: expect.stringContaining("2024-03-11") as unknown as string,
      }),
    ]);
    await act(id, "recordHearing", {
      hearingMaterialsSentOn: "2024-03-11",
      hearingOn: "2024-03-18",
      hearingSummary: "听证参加人15名",
    });
    expect((await getRecord(context, type, clerk, id)).values.hearingOn).toBe("2024-03-18");
  });
});

describe("after the decision", () => {
  async function decided(values: Record<string, unknown> = {}) {
    const { id } = await createRecord(
      context,
      type,
      clerk,
      launch({ isSpecialised: false, ...values }),
    );
    await act(id, "openComment", { commentStartedOn: "2024-03-01", commentChannels: "市政府网站" });
    await act(id, "closeComment", { commentEndedOn: "2024-04-01", commentsReceived: 2 });
    await review(id, "lawful");
    await act(id, "decide", meeting);
    return id;
  }

  it("is reported to the Party committee where required, published, archived and evaluated", async () => {
    const id = await decided({ partyReportRequired: true });
    const unreported = await errorOf(
      act(id, "publish", { publishedOn: "2024-05-27", publishedChannel: "市政府公报" }),
    );
    expect(unreported.problems).toEqual([expect.objectContaining({ field: "partyReportedOn" })]);
    await act(id, "reportToParty", { partyReportedOn: "2024-05-22" });
    await act(id, "publish", { publishedOn: "2024-05-27", publishedChannel: "市政府公报" });
    await act(id, "archive", { archivedOn: "2024-06-20", archiveRef: "侯政决档-2024-007" });
    await act(id, "evaluate", {
      evaluatedOn: "2024-12-10",
      evaluationSummary: "执行情况良好",
    });
    const view = await getRecord(context, type, clerk, id);
    expect(view).toMatchObject({ state: "archived", isFinal: true });
    expect(view.values.evaluatedOn).toBe("2024-12-10");
  });

  it("is suspended by the head in an emergency and resumed; a draft is stopped", async () => {
    const id = await decided();
    await act(id, "publish", { publishedOn: "2024-05-27", publishedChannel: "市政府网站" });
    const byClerk = await errorOf(
      act(id, "suspend", { suspendedOn: "2024-08-01", suspensionReason: "上位规划调整" }),
    );
    expect(byClerk.kind).toBe("forbidden");
    await act(
      id,
      "suspend",
      { suspendedOn: "2024-08-01", suspensionReason: "上位规划调整" },
      office,
    );
    expect((await getRecord(context, type, clerk, id)).state).toBe("suspended");
    await act(id, "resume", { resumedOn: "2024-09-02" }, office);
    expect((await getRecord(context, type, clerk, id)).state).toBe("published");

    const draft = await createRecord(context, type, clerk, launch());
    await act(
      draft.id,
      "withdraw",
      { withdrawnOn: "2024-03-05", withdrawalReason: "上级统一部署" },
      office,
    );
    expect((await getRecord(context, type, clerk, draft.id)).state).toBe("withdrawn");
  });
});

describe("access", () => {
  it("lets the lead unit act, the overseeing unit and leaders read, and no one else see it", async () => {
    const { id } = await createRecord(context, type, clerk, launch({ title: "访问测试事项" }));
    const titles = async (actor: SignedInUser) =>
      (
        await listRecords(context, type, actor, {
          filters: {},
          q: "访问测试",
          page: 1,
          pageSize: 20,
        })
      ).items.map((item) => item.id);
    expect(await titles(justiceClerk)).toEqual([id]);
    expect(await titles(leader)).toEqual([id]);
    expect(await titles(townClerk)).toEqual([]);
    const byJustice = await errorOf(
      act(
        id,
        "openComment",
        { commentStartedOn: "2024-03-01", commentChannels: "网站" },
        justiceClerk,
      ),
    );
    expect(["forbidden", "notFound"]).toContain(byJustice.kind);
    const byTown = await errorOf(getRecord(context, type, townClerk, id));
    expect(byTown.kind).toBe("notFound");
    const byLeader = await errorOf(
      act(id, "openComment", { commentStartedOn: "2024-03-01", commentChannels: "网站" }, leader),
    );
    expect(byLeader.kind).toBe("forbidden");
  });
});
