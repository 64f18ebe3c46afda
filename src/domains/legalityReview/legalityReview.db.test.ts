// Legality reviews through the engine: who sees them, the review period by what is reviewed, the
// wait while materials are returned, and the opinion's checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { takeAction } from "../../engine/actions.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { meetingTopic } from "../leadership/index.js";
import { legalityReview } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let drafter: SignedInUser;
let reviewer: SignedInUser;
let township: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  drafter = await createTestUser(test.db, {
    username: "drafter",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  reviewer = await createTestUser(test.db, {
    username: "reviewer",
    orgId: orgs.justice,
    roles: ["reviewer"],
    scope: "own",
  });
  township = await createTestUser(test.db, {
    username: "township",
    orgId: orgs.townshipA,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db, "2023-06-30T02:00:00Z");
});
afterAll(() => test.drop());

const request = (values: Record<string, unknown> = {}) =>
  createRecord(context, legalityReview, reviewer, {
    subjectTitle: "侯马市城区停车管理办法（送审稿）",
    subjectKind: "document",
    isNormative: true,
    requestingOrg: orgs.market,
    reviewingOrg: orgs.justice,
    // A Monday with no holiday in the following three weeks.
    receivedOn: "2023-03-06",
    ...values,
  });

const act = async (
  id: number,
  actionId: string,
  values: Record<string, unknown>,
  by: SignedInUser = reviewer,
) =>
  takeAction(context, legalityReview, by, {
    id,
    version: (await getRecord(context, legalityReview, by, id)).version,
    actionId,
    values,
  });

const reviewClock = async (id: number) =>
  (await getRecord(context, legalityReview, reviewer, id)).clocks.find(
    (clock) => clock.clockId === "review",
  );

describe("a legality review", () => {
  it("is seen by the unit that sent it and the reviewing justice bureau, not by others", async () => {
    const error = await errorOf(
      createRecord(context, legalityReview, drafter, {
        subjectTitle: "送审稿",
        subjectKind: "document",
        requestingOrg: orgs.market,
        reviewingOrg: orgs.justice,
        receivedOn: "2023-03-06",
      }),
    );
    // The bureau registers what it receives; the drafting unit follows it.
    expect(error.problems).toEqual([expect.objectContaining({ field: "reviewingOrg" })]);
    const created = await request();
    const ids = async (user: SignedInUser) =>
      (
        await listRecords(context, legalityReview, user, { page: 1, pageSize: 50, filters: {} })
      ).items.map((item) => item.id);
    expect(await ids(drafter)).toContain(created.id);
    expect(await ids(reviewer)).toContain(created.id);
    expect(await ids(township)).not.toContain(created.id);
  });

  it("has 15 working days for a normative document and the local period for the rest", async () => {
    const normative = await request();
    expect(await reviewClock(normative.id)).toMatchObject({
      ruleId: "normativeDocument.legalityReview",
      dueOn: "2023-03-27",
      status: "running",
    });
    const topic = await request({ subjectKind: "meetingTopic", isNormative: null });
    expect(await reviewClock(topic.id)).toMatchObject({
      ruleId: "legalityReview.general",
      dueOn: "2023-03-15",
    });
  });

  it("waits while materials are returned and runs on when they arrive", async () => {
    const created = await request({ subjectKind: "meetingTopic", isNormative: null });
    await act(created.id, "returnForMaterials", {
      returnedOn: "2023-03-08",
      returnReason: "请补充起草说明及征求意见情况",
    });
    expect(await reviewClock(created.id)).toMatchObject({ status: "paused", dueOn: null });
    await act(created.id, "receiveMaterials", { materialsReceivedOn: "2023-03-13" });
    // The 7th counted; the 8th to the 12th (three working days) did not; six left from the 13th.
    const clock = await reviewClock(created.id);
    expect(clock).toMatchObject({ status: "running", dueOn: "2023-03-20" });
  });

  it("names the problems when it asks for changes, and records the opinion", async () => {
    const created = await request();
    const before = await tableCounts(test.db, ["audit_event"]);
    const error = await errorOf(
      act(created.id, "conclude", {
        conclusion: "lawfulWithChanges",
        opinion: "建议修改后提交",
        concludedOn: "2023-03-20",
      }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "problems", code: "problems.required" }),
    ]);
    expect(await tableCounts(test.db, ["audit_event"])).toEqual(before);

    const done = await act(created.id, "conclude", {
      conclusion: "lawfulWithChanges",
      opinion: "建议修改后提交",
      concludedOn: "2023-03-20",
      problems: [{ kind: "procedure", description: "未按规定公开征求意见", adopted: true }],
    });
    expect(done.state).toBe("concluded");
    expect(await reviewClock(created.id)).toMatchObject({
      status: "stopped",
      stoppedOn: "2023-03-20",
    });
  });

  it("refuses a link to a record of another kind than it reviews", async () => {
    const office = await createTestUser(test.db, {
      username: "office",
      orgId: orgs.city,
      roles: ["lawOffice"],
      scope: "all",
    });
    const topic = await createRecord(context, meetingTopic, office, {
      topic: "研究城区停车管理工作",
      meetingKind: "executiveMeeting",
      submittingOrg: orgs.market,
      submittedOn: "2023-03-01",
    });
    // The office reads the city's topics; the bureau's reviewer of the test sees only its own.
    const linked = (values: Record<string, unknown>) =>
      createRecord(context, legalityReview, office, {
        subjectTitle: "研究城区停车管理工作",
        requestingOrg: orgs.market,
        reviewingOrg: orgs.justice,
        receivedOn: "2023-03-06",
        subject: `meetingTopic:${String(topic.id)}`,
        ...values,
      });
    const conclude = { conclusion: "lawful", opinion: "符合规定", concludedOn: "2023-03-20" };
    const created = await linked({ subjectKind: "document", isNormative: true });
    const error = await errorOf(act(created.id, "conclude", conclude, office));
    expect(error.problems).toEqual([
      { field: "subject", code: "subject.kind", message: "文件草案只能关联规范性文件记录" },
    ]);
    const asTopic = await linked({ subjectKind: "meetingTopic" });
    const done = await act(asTopic.id, "conclude", conclude, office);
    expect(done.state).toBe("concluded");
  });
});
