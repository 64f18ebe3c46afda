// Action checklists and number series through the engine, on a meeting topic whose resolution is
// given a procedure: a comment period of at least 30 days (decision.publicComment) between its
// submission and the meeting, a concluded lawful legality review linked to it, and a summary for
// rule-of-law topics; the meeting's session gets the next number of a yearly series.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { errorOf } from "../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { meetingTopic } from "../domains/leadership/index.js";
import { legalityReview } from "../domains/legalityReview/index.js";
import type { ActionDeclaration, RecordTypeDeclaration } from "../kernel/declaration.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { asSystem } from "./actor.js";
import { takeAction } from "./actions.js";
import { importRecords } from "./bulk/import.js";
import { getRecord } from "./records-read.js";
import { createRecord } from "./records-write.js";

const resolveWithProcedure = (action: ActionDeclaration): ActionDeclaration =>
  action.id !== "resolve"
    ? action
    : {
        ...action,
        checklist: [
          {
            id: "comment",
            label: "公开征求意见（不少于30日）",
            basis: "《重大行政决策程序暂行条例》第15条",
            requires: {
              kind: "minimumPeriod",
              rule: "decision.publicComment",
              startField: "submittedOn",
              endField: "meetingDate",
              shortenedReasonField: "deferralReason",
            },
            message: "征求意见期不足30日",
          },
          {
            id: "legalityReview",
            label: "合法性审查",
            basis: "《重大行政决策程序暂行条例》第25条",
            requires: {
              kind: "linked",
              type: "legalityReview",
              field: "subject",
              states: ["concluded"],
              where: { field: "conclusion", in: ["lawful", "lawfulWithChanges"] },
            },
            message: "未经合法性审查或经审查不合法的，不得提交讨论",
          },
          {
            id: "summary",
            label: "议题内容",
            basis: "测试",
            when: { field: "isRuleOfLaw", in: [true] },
            requires: { kind: "filled", fields: ["summary"] },
            message: "法治议题须写明议题内容",
          },
        ],
        fields: [...(action.fields ?? []), "deferralReason"],
        assignsNumber: { field: "sessionNumber", prefix: "侯常", dateField: "meetingDate" },
      };

/** The meeting topic with the procedure above; same table, so the real migrations serve it. */
const topic: RecordTypeDeclaration = {
  ...meetingTopic,
  workflow: {
    ...meetingTopic.workflow,
    actions: meetingTopic.workflow.actions.map(resolveWithProcedure),
  },
};

let test: TestDatabase;
let orgs: TestOrgs;
let office: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  office = await createTestUser(test.db, {
    username: "office",
    orgId: orgs.city,
    roles: ["lawOffice", "clerk", "reviewer"],
    scope: "all",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

const newTopic = async (values: Record<string, unknown> = {}) =>
  createRecord(context, topic, office, {
    topic: "研究城市更新规划",
    meetingKind: "executiveMeeting",
    submittingOrg: orgs.market,
    submittedOn: "2023-03-01",
    isRuleOfLaw: true,
    ...values,
  });

const review = async (topicId: number, conclusion: string) => {
  const created = await createRecord(context, legalityReview, office, {
    subjectTitle: "研究城市更新规划",
    subjectKind: "meetingTopic",
    subject: `meetingTopic:${String(topicId)}`,
    requestingOrg: orgs.market,
    reviewingOrg: orgs.justice,
    receivedOn: "2023-03-05",
  });
  return takeAction(context, legalityReview, office, {
    id: created.id,
    version: created.version,
    actionId: "conclude",
    values: {
      conclusion,
      opinion: "经审查，该议题符合法律法规规定。",
      concludedOn: "2023-03-10",
      problems:
        conclusion === "lawful" ? [] : [{ kind: "content", description: "第五条缺乏上位法依据" }],
    },
  });
};

const resolve = async (id: number, values: Record<string, unknown>) =>
  takeAction(context, topic, office, {
    id,
    version: (await getRecord(context, topic, office, id)).version,
    actionId: "resolve",
    values: { resolution: "会议原则同意", ...values },
  });

describe("an action with a checklist", () => {
  it("is refused naming every missing step, and nothing changes", async () => {
    const created = await newTopic();
    const before = await tableCounts(test.db, ["audit_event"]);
    const error = await errorOf(resolve(created.id, { meetingDate: "2023-03-20" }));
    expect(error.kind).toBe("validation");
    expect(error.problems).toEqual([
      {
        field: "meetingDate",
        code: "checklist.unmet",
        message:
          "征求意见期不足30日（自2023-03-01起算，最早可于2023-03-31结束，登记的结束日期为2023-03-20）",
      },
      {
        field: "legalityReview",
        code: "checklist.unmet",
        message: "未经合法性审查或经审查不合法的，不得提交讨论",
      },
      { field: "summary", code: "checklist.unmet", message: "法治议题须写明议题内容" },
    ]);
    expect(await tableCounts(test.db, ["audit_event"])).toEqual(before);
    expect((await getRecord(context, topic, office, created.id)).state).toBe("pending");
  });

  it("shows the steps on the record, with what is met", async () => {
    const created = await newTopic({ isRuleOfLaw: false });
    const view = await getRecord(context, topic, office, created.id);
    expect(view.checklists).toEqual([
      {
        action: "resolve",
        label: "登记研究结果",
        items: [
          expect.objectContaining({
            id: "comment",
            applies: true,
            met: false,
            detail: "自2023-03-01起算，最早可于2023-03-31结束",
          }),
          expect.objectContaining({
            id: "legalityReview",
            applies: true,
            met: false,
            detail: null,
          }),
          expect.objectContaining({ id: "summary", applies: false, met: true }),
        ],
      },
    ]);
    const reviewed = await review(created.id, "lawful");
    const after = await getRecord(context, topic, office, created.id);
    expect(after.checklists[0]?.items[1]).toMatchObject({
      met: true,
      detail: `合法性审核${reviewed.recordNumber ?? ""}`,
    });
  });

  it("does not count a review that found the topic unlawful", async () => {
    const created = await newTopic({ summary: "内容" });
    await review(created.id, "unlawful");
    const error = await errorOf(resolve(created.id, { meetingDate: "2023-04-03" }));
    expect(error.problems.map((problem) => problem.field)).toEqual(["legalityReview"]);
  });

  it("is taken once every step is met, and numbers the session in its year's series", async () => {
    const first = await newTopic({ summary: "内容" });
    await review(first.id, "lawfulWithChanges");
    const done = await resolve(first.id, { meetingDate: "2023-03-31" });
    expect(done.state).toBe("resolved");
    expect(done.values.sessionNumber).toBe("侯常〔2023〕1号");

    // A shorter comment period passes when the reason is given (第15条: 缩短的应当说明).
    const second = await newTopic({ summary: "内容" });
    await review(second.id, "lawful");
    const shortened = await resolve(second.id, {
      meetingDate: "2023-03-15",
      deferralReason: "防汛形势紧急，缩短征求意见期限",
    });
    expect(shortened.values.sessionNumber).toBe("侯常〔2023〕2号");
  });

  it("moves the series past numbers an import brings", async () => {
    const imported = await importRecords(
      context,
      topic,
      asSystem("测试导入"),
      [
        {
          state: "resolved",
          values: {
            topic: "历史议题",
            meetingKind: "executiveMeeting",
            submittingOrg: orgs.market,
            submittedOn: "2023-01-05",
            meetingDate: "2023-02-10",
            resolution: "同意",
            sessionNumber: "侯常〔2023〕7号",
          },
        },
      ],
      { source: { file: null, note: "测试" } },
    );
    expect(imported.ok).toBe(true);
    const next = await newTopic({ summary: "内容" });
    await review(next.id, "lawful");
    const done = await resolve(next.id, { meetingDate: "2023-04-10" });
    expect(done.values.sessionNumber).toBe("侯常〔2023〕8号");
  });
});
