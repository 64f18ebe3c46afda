// The reconsideration procedure end to end on a real database: validation, clocks, pauses,
// extension, no self-approval, deemed acceptance, finality, version checks, audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { takeAction } from "../../engine/actions.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { sweepLapsedClocks } from "../../engine/sweep.js";
import { verifyAuditChain } from "../../engine/audit.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { reconsideration as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser;
let reviewer: SignedInUser;
let head: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  reviewer = await createTestUser(test.db, {
    username: "reviewer",
    orgId: orgs.justice,
    roles: ["reviewer"],
    scope: "own",
  });
  head = await createTestUser(test.db, {
    username: "head",
    orgId: orgs.justice,
    roles: ["head"],
    scope: "own",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

const baseValues = () => ({
  applicantName: "张三",
  applicantKind: "person",
  applicantIdNumber: "34052419800101001X",
  handlingOrg: orgs.justice,
  respondentOrg: orgs.market,
  actCategory: "penalty",
  actDescription: "对申请人作出罚款5000元的行政处罚决定",
  receivedDate: "2024-03-01",
  procedure: "ordinary",
});

async function act(
  id: number,
  actionId: string,
  values: Record<string, unknown> = {},
  actor: SignedInUser = clerk,
) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}

describe("creating a case", () => {
  it("refuses a bad ID number and a missing field, naming both, and writes nothing", async () => {
    const countCases = async () =>
      (await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_reconsideration"))[0]
        ?.n;
    const before = await countCases();
    const error = await errorOf(
      createRecord(context, type, clerk, {
        ...baseValues(),
        applicantIdNumber: "340524198001010013",
        actDescription: "",
      }),
    );
    expect(error.kind).toBe("validation");
    expect(error.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ["applicantIdNumber", "field.invalidIdNumber"],
      ["actDescription", "field.required"],
    ]);
    expect(await countCases()).toBe(before);
  });

  it("numbers the case and starts the 5-working-day acceptance review clock", async () => {
    const created = await createRecord(context, type, clerk, baseValues());
    expect(created.recordNumber).toMatch(/^侯复〔2024〕\d+号$/);
    const view = await getRecord(context, type, clerk, created.id);
    const clock = view.clocks.find((candidate) => candidate.clockId === "acceptanceReview");
    // 2024-03-01 (Fri) + 5 working days = 03-08 (Fri)
    expect(clock).toMatchObject({
      dueOn: "2024-03-08",
      status: "running",
      ruleId: "reconsideration.acceptanceReview",
    });
    expect(clock?.citation).toContain("第30条第1款");
    expect(clock?.steps.at(-1)?.text).toContain("2024-03-08");
  });
});

describe("the procedure", () => {
  it("restarts acceptance review on receipt of the correction (received 03-01, corrected 03-04..03-11: due 03-18), then runs the decision clock with suspension and extension", async () => {
    const { id } = await createRecord(context, type, clerk, baseValues());
    await act(id, "requestCorrection", {
      correctionNoticeDate: "2024-03-04",
      correctionItems: "补充提交处罚决定书复印件",
    });
    let view = await getRecord(context, type, clerk, id);
    const waiting = view.clocks.find((c) => c.clockId === "acceptanceReview");
    expect(waiting).toMatchObject({ status: "paused", dueOn: null });
    expect(waiting?.steps.at(-1)?.text).toContain("起等待补正，期间停止计算");
    await act(id, "submitCorrection", { correctionReceivedDate: "2024-03-11" });
    view = await getRecord(context, type, clerk, id);
    // 第31条第3款: 5 working days again from 03-11 (Mon): 12, 13, 14, 15, 18 → 03-18, not the
    // 03-15 a pause of 03-04..03-10 would give.
    const review = view.clocks.find((c) => c.clockId === "acceptanceReview");
    expect(review?.dueOn).toBe("2024-03-18");
    expect(review?.steps.find((step) => step.kind === "restart")?.text).toContain(
      "期间自该日起重新计算",
    );
    expect(view.clocks.find((c) => c.clockId === "correctionSubmission")?.status).toBe("stopped");

    await act(id, "accept", { acceptedDate: "2024-03-12", procedure: "ordinary" });
    view = await getRecord(context, type, clerk, id);
    expect(view.clocks.find((c) => c.clockId === "acceptanceReview")?.tone).toBe("met");
    // 60 calendar days from 03-12 = 05-11 (Sat, make-up working day in 2024) → stays
    expect(view.clocks.find((c) => c.clockId === "decision")?.dueOn).toBe("2024-05-11");

    await act(id, "requestReply", { replyRequestDate: "2024-03-13" });
    // 10 working days from 03-13 = 03-27
    view = await getRecord(context, type, clerk, id);
    expect(view.clocks.find((c) => c.clockId === "respondentReply")?.dueOn).toBe("2024-03-27");
    await act(id, "recordReply", { replyReceivedDate: "2024-03-25" });

    await act(id, "suspend", {
      suspendedDate: "2024-04-01",
      suspensionReason: "案件审理需以另一案件结果为依据",
    });
    view = await getRecord(context, type, clerk, id);
    const suspended = view.clocks.find((c) => c.clockId === "decision");
    expect(suspended).toMatchObject({ status: "paused", dueOn: null });
    // Accepted 03-12: 03-13..03-31 counted (19 days) before the suspension, 41 left.
    expect(suspended?.steps.at(-1)?.text).toContain("此前已经过19日，恢复后尚余41日");
    await act(id, "resume", { resumedDate: "2024-04-11" });
    view = await getRecord(context, type, clerk, id);
    // 10 days (04-01..04-10) do not count: 05-11 + 10 = 05-21 (Tue)
    expect(view.clocks.find((c) => c.clockId === "decision")?.dueOn).toBe("2024-05-21");

    const notHead = await errorOf(
      act(id, "extend", { extensionDays: 30, extensionReason: "案情复杂" }, clerk),
    );
    expect(notHead.kind).toBe("forbidden");
    await act(id, "extend", { extensionDays: 30, extensionReason: "案情复杂，需进一步调查" }, head);
    view = await getRecord(context, type, clerk, id);
    // 05-21 + 30 = 06-20 (Thu)
    expect(view.clocks.find((c) => c.clockId === "decision")?.dueOn).toBe("2024-06-20");
    const twice = await errorOf(
      act(id, "extend", { extensionDays: 5, extensionReason: "再次延长" }, head),
    );
    expect(twice.problems[0]).toMatchObject({ field: "extensionDays", code: "extension.once" });

    await act(
      id,
      "draftDecision",
      { outcome: "revoked", decisionReasoning: "事实不清，证据不足" },
      reviewer,
    );
    const selfApproval = await errorOf(
      takeAction(context, type, reviewer, {
        id,
        actionId: "approveDecision",
        version: 0,
        values: {},
      }),
    );
    expect(selfApproval.kind).toBe("forbidden");
    await act(id, "approveDecision", { decisionDate: "2024-06-14" }, head);
    view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("decided");
    expect(view.values.decisionDrafter).toBe(reviewer.id);
    expect(view.values.decisionApprover).toBe(head.id);
    expect(view.clocks.find((c) => c.clockId === "decision")).toMatchObject({
      status: "stopped",
      tone: "met",
    });

    await act(id, "close", { closedDate: "2024-06-17" });
    view = await getRecord(context, type, clerk, id);
    // Frozen: only a court's revocation of the decision can still be recorded (it stays closed).
    expect(view).toMatchObject({ state: "closed", isFinal: true, canEdit: false });
    expect(view.actions.map((action) => action.id)).toEqual(["recordRevocation"]);
    const frozen = await errorOf(
      updateRecord(context, type, clerk, id, {
        version: view.version,
        values: { applicantName: "李四" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("refuses an action from the wrong state and a stale version", async () => {
    const { id, version } = await createRecord(context, type, clerk, baseValues());
    const wrongState = await errorOf(act(id, "recordReply", { replyReceivedDate: "2024-03-05" }));
    expect(wrongState.kind).toBe("invalidTransition");
    await updateRecord(context, type, clerk, id, { version, values: { applicantName: "王五" } });
    const stale = await errorOf(
      updateRecord(context, type, clerk, id, { version, values: { applicantName: "赵六" } }),
    );
    expect(stale).toMatchObject({ kind: "conflict", problems: [{ field: "version" }] });
  });

  it("deems an application accepted when the review period lapses without a decision", async () => {
    context.setNow("2024-03-01T02:00:00Z");
    const { id } = await createRecord(context, type, clerk, {
      ...baseValues(),
      receivedDate: "2024-03-01",
    });
    context.setNow("2024-03-11T02:00:00Z");
    const { taken, failures } = await sweepLapsedClocks(context, [type]);
    expect(taken).toBeGreaterThanOrEqual(1);
    expect(failures).toEqual([]);
    const view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("accepted");
    expect(view.values.acceptedDate).toBe("2024-03-08");
    expect(view.clocks.find((c) => c.clockId === "decision")?.startedOn).toBe("2024-03-08");
  });

  it("does not deem a corrected application accepted early: received 2023-03-01, corrected 03-06..03-20, deemed on 03-27", async () => {
    context.setNow("2023-03-01T02:00:00Z");
    const { id } = await createRecord(context, type, clerk, {
      ...baseValues(),
      receivedDate: "2023-03-01",
    });
    context.setNow("2023-03-06T02:00:00Z");
    await act(id, "requestCorrection", {
      correctionNoticeDate: "2023-03-06",
      correctionItems: "补充提交身份证明",
    });
    context.setNow("2023-03-15T02:00:00Z");
    await sweepLapsedClocks(context, [type]);
    expect((await getRecord(context, type, clerk, id)).state).toBe("correcting");
    context.setNow("2023-03-20T02:00:00Z");
    await act(id, "submitCorrection", { correctionReceivedDate: "2023-03-20" });
    // A pause would have ended the review on 03-22; the restart gives 5 working days from 03-20.
    context.setNow("2023-03-23T02:00:00Z");
    await sweepLapsedClocks(context, [type]);
    expect((await getRecord(context, type, clerk, id)).state).toBe("received");
    context.setNow("2023-03-28T02:00:00Z");
    await sweepLapsedClocks(context, [type]);
    const view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("accepted");
    expect(view.values.acceptedDate).toBe("2023-03-27");
  });

  it("picks the ordinary periods again when a simplified case is converted (accepted 2024-03-12: decision 04-11 → 05-11, reply 03-20 → 03-27)", async () => {
    context.setNow("2024-03-15T02:00:00Z");
    const { id } = await createRecord(context, type, clerk, {
      ...baseValues(),
      procedure: "simplified",
    });
    await act(id, "accept", { acceptedDate: "2024-03-12", procedure: "simplified" });
    await act(id, "requestReply", { replyRequestDate: "2024-03-13" });
    const due = async (clockId: string) =>
      (await getRecord(context, type, clerk, id)).clocks.find((c) => c.clockId === clockId);
    // 30 days from 03-12 = 04-11 (Thu); 5 working days from 03-13 = 03-20 (Wed).
    expect((await due("decision"))?.dueOn).toBe("2024-04-11");
    expect((await due("respondentReply"))?.dueOn).toBe("2024-03-20");
    const conversion = {
      conversionDate: "2024-03-15",
      conversionReason: "案情复杂，不宜适用简易程序",
    };
    expect((await errorOf(act(id, "convertToOrdinary", conversion, clerk))).kind).toBe("forbidden");
    await act(id, "convertToOrdinary", conversion, head);
    // 60 days from 03-12 = 05-11 (a make-up working Saturday); 10 working days from 03-13 = 03-27.
    expect(await due("decision")).toMatchObject({
      ruleId: "reconsideration.decision",
      dueOn: "2024-05-11",
    });
    expect(await due("respondentReply")).toMatchObject({
      ruleId: "reconsideration.respondentReply",
      dueOn: "2024-03-27",
    });
    const again = await errorOf(act(id, "convertToOrdinary", conversion, head));
    expect(again.problems[0]).toMatchObject({
      field: "procedure",
      code: "procedure.notSimplified",
    });
  });

  it("keeps an unbroken audit chain of every write", async () => {
    const check = await verifyAuditChain(test.db);
    expect(check.ok).toBe(true);
    expect(check.events).toBeGreaterThan(15);
  });
});

describe("dates of events", () => {
  it("refuses an acceptance dated before the application or in the future, naming the field", async () => {
    context.setNow("2024-06-10T02:00:00Z");
    const { id } = await createRecord(context, type, clerk, {
      ...baseValues(),
      receivedDate: "2024-06-03",
    });
    const early = await errorOf(
      act(id, "accept", { acceptedDate: "2001-01-01", procedure: "ordinary" }),
    );
    expect(early.problems[0]).toMatchObject({ field: "acceptedDate", code: "date.beforeRecord" });
    const future = await errorOf(
      act(id, "accept", { acceptedDate: "2099-01-04", procedure: "ordinary" }),
    );
    expect(future.problems[0]).toMatchObject({ field: "acceptedDate", code: "date.future" });
    const view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("received");
    expect(view.canEdit).toBe(true);
  });
});

describe("late suspension", () => {
  it("lets a case suspended after its deadline be resumed and closed; refuses a resume before the suspension", async () => {
    context.setNow("2024-06-28T02:00:00Z");
    const { id } = await createRecord(context, type, clerk, {
      ...baseValues(),
      receivedDate: "2024-01-02",
    });
    await act(id, "accept", { acceptedDate: "2024-01-03", procedure: "ordinary" });
    await act(id, "suspend", { suspendedDate: "2024-04-01", suspensionReason: "等待另案结果" });
    const early = await errorOf(act(id, "resume", { resumedDate: "2024-03-20" }));
    expect(early.problems[0]).toMatchObject({ field: "resumedDate", code: "clock.beforePause" });
    await act(id, "resume", { resumedDate: "2024-04-15" });
    const view = await getRecord(context, type, clerk, id);
    // The suspension began after the 60 days had run out (due 2024-03-04): it does not extend them.
    expect(view.clocks.find((c) => c.clockId === "decision")).toMatchObject({
      dueOn: "2024-03-04",
      tone: "overdue",
    });
    await act(id, "terminate", { closedDate: "2024-06-20" });
    expect((await getRecord(context, type, clerk, id)).state).toBe("closed");
  });
});
