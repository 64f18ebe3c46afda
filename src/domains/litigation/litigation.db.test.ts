// The litigation procedure end to end on a real database: identifiers, the defence and appeal
// clocks with their explanations, leader appearance, the body's appeal, lapse of the appeal
// window, 败诉 held to the outcomes, performance, finality, version and state refusals, audit.
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
import { verifyAuditChain } from "../../engine/audit.js";
import { getRecord } from "../../engine/records-read.js";
import { revealSensitive } from "../../engine/reveal.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { sweepLapsedClocks } from "../../engine/sweep.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { litigation as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser; // the defending market bureau's clerk
let head: SignedInUser; // its head, who decides on appeals
let justiceClerk: SignedInUser; // the justice bureau, which coordinates and reads every case
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const user = (username: string, orgId: number, role: "clerk" | "head") =>
    createTestUser(test.db, { username, orgId, roles: [role], scope: "own" });
  clerk = await user("clerk", orgs.market, "clerk");
  head = await user("head", orgs.market, "head");
  justiceClerk = await user("sfj", orgs.justice, "clerk");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const baseValues = () => ({
  courtCaseNumber: "（2024）晋1081行初15号",
  court: "侯马市人民法院",
  plaintiffName: "侯马市鑫隆商贸有限公司",
  plaintiffKind: "organization",
  plaintiffCreditCode: "91141081MA0K3HQ707",
  plaintiffPhone: "13912345678",
  defendantOrg: orgs.market,
  coordinatingOrg: orgs.justice,
  actCategory: "penalty",
  actDescription: "对原告作出罚款20000元的行政处罚决定",
  complaintReceivedDate: "2024-03-01",
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

const clockOf = async (id: number, clockId: string) =>
  (await getRecord(context, type, clerk, id)).clocks.find((clock) => clock.clockId === clockId);

const leaderAppeared = {
  firstHearingDate: "2024-05-16",
  firstAppearedStaff: "法规股股长李明，委托代理人山西晋南律师事务所王律师",
  firstLeaderAppeared: true,
};

describe("receiving a suit", () => {
  it("refuses a bad credit code and ID number, naming both", async () => {
    const error = await errorOf(
      createRecord(context, type, clerk, {
        ...baseValues(),
        plaintiffCreditCode: "91141081MA0K3HQ708",
        plaintiffIdNumber: "340524198001010013",
      }),
    );
    expect(error.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ["plaintiffCreditCode", "field.invalidCreditCode"],
      ["plaintiffIdNumber", "field.invalidIdNumber"],
    ]);
  });

  it("numbers the case and starts the 15-day defence clock, explained and cited", async () => {
    const created = await createRecord(context, type, clerk, baseValues());
    expect(created.recordNumber).toMatch(/^侯应〔2024〕\d+号$/);
    const clock = await clockOf(created.id, "defence");
    // 2024-03-01 + 15 calendar days = 03-16 (Sat) → the next working day, 03-18 (Mon)
    expect(clock).toMatchObject({ dueOn: "2024-03-18", status: "running" });
    expect(clock?.citation).toBe("《中华人民共和国行政诉讼法》第67条");
    expect(clock?.steps[0]?.text).toContain("收到起诉状副本之日");
    expect(clock?.steps.at(-1)?.text).toContain("2024-03-18");
  });

  it("lets the justice bureau read every case but only the defending body act", async () => {
    const { id } = await createRecord(context, type, clerk, baseValues());
    const view = await getRecord(context, type, justiceClerk, id);
    expect(view.actions).toEqual([]);
    // Masked for everyone; the full number only for the defending body's caseworkers.
    expect(view.values.plaintiffPhone).toBe("139****5678");
    expect(view.revealable).toEqual([]);
    expect((await errorOf(revealSensitive(context, type, justiceClerk, id))).kind).toBe(
      "forbidden",
    );
    expect((await revealSensitive(context, type, clerk, id)).values.plaintiffPhone).toBe(
      "13912345678",
    );
    const refused = await errorOf(
      act(id, "submitDefence", { defenceSubmittedDate: "2024-03-10" }, justiceClerk),
    );
    expect(refused.kind).toBe("notFound");
  });
});

describe("the procedure", () => {
  it("runs defence, hearings with the leader, the body's appeal, second instance and performance", async () => {
    const { id } = await createRecord(context, type, clerk, baseValues());
    await act(id, "submitDefence", { defenceSubmittedDate: "2024-03-14" });
    expect(await clockOf(id, "defence")).toMatchObject({ status: "stopped", tone: "met" });

    const noName = await errorOf(act(id, "recordFirstHearing", leaderAppeared));
    expect(noName.problems[0]).toMatchObject({ field: "firstLeaderName", code: "field.required" });
    const noReason = await errorOf(
      act(id, "recordFirstHearing", { ...leaderAppeared, firstLeaderAppeared: false }),
    );
    expect(noReason.problems[0]).toMatchObject({ field: "firstLeaderAbsenceReason" });
    await act(id, "recordFirstHearing", {
      ...leaderAppeared,
      firstLeaderName: "赵国强",
      firstLeaderPost: "副局长",
    });

    const judgment = { firstOutcome: "revoked", firstJudgmentDate: "2024-09-13" };
    const asRuling = await errorOf(
      act(id, "recordFirstJudgment", {
        ...judgment,
        firstJudgmentKind: "ruling",
        firstServedDate: "2024-09-20",
      }),
    );
    expect(asRuling.problems[0]).toMatchObject({
      field: "firstJudgmentKind",
      code: "outcome.kind",
    });
    await act(id, "recordFirstJudgment", {
      ...judgment,
      firstJudgmentKind: "judgment",
      firstServedDate: "2024-09-20",
    });
    const appeal = await clockOf(id, "appeal");
    // 2024-09-20 + 15 = 10-05, a National Day holiday → 10-08 (Tue)
    expect(appeal).toMatchObject({ ruleId: "litigation.appeal", dueOn: "2024-10-08" });
    expect(appeal?.citation).toBe("《中华人民共和国行政诉讼法》第85条");
    expect(appeal?.steps[0]?.text).toContain("判决书送达之日");

    const clerkAppeals = await errorOf(act(id, "appealByBody", { appealDate: "2024-09-29" }));
    expect(clerkAppeals.kind).toBe("forbidden");
    await act(id, "appealByBody", { appealDate: "2024-09-29" }, head);
    expect(await clockOf(id, "appeal")).toMatchObject({ status: "stopped", tone: "met" });

    await act(id, "recordSecondHearing", {
      secondCaseNumber: "（2024）晋10行终88号",
      secondCourt: "临汾市中级人民法院",
      secondHearingDate: "2024-11-12",
      secondAppearedStaff: "法规股股长李明",
      secondLeaderAppeared: false,
      secondLeaderAbsenceReason: "开庭当日参加省局安全生产督查，系他人不能代替的公务，已提交说明",
    });
    const second = {
      secondOutcome: "appealDismissed",
      secondJudgmentDate: "2024-12-10",
      effectiveDate: "2024-12-16",
    };
    const notLost = await errorOf(act(id, "recordSecondJudgment", { ...second, isLost: false }));
    expect(notLost.problems[0]).toMatchObject({ field: "isLost", code: "isLost.mismatch" });
    await act(id, "recordSecondJudgment", { ...second, isLost: true });

    const noDate = await errorOf(
      act(id, "recordPerformance", { performance: "performed", closedDate: "2024-12-30" }),
    );
    expect(noDate.problems[0]).toMatchObject({ field: "performedDate" });
    await act(id, "recordPerformance", {
      performance: "performed",
      performedDate: "2024-12-27",
      performanceNote: "已撤销原处罚决定并退还罚款",
      closedDate: "2024-12-30",
    });
    const view = await getRecord(context, type, clerk, id);
    expect(view).toMatchObject({ state: "closed", isFinal: true, actions: [] });
    expect(view.values).toMatchObject({
      firstLeaderAppeared: true,
      firstLeaderPost: "副局长",
      secondLeaderAppeared: false,
      appealFiledBy: "body",
      isLost: true,
    });
    const frozen = await errorOf(
      updateRecord(context, type, clerk, id, { version: view.version, values: { claims: "改" } }),
    );
    expect(frozen.kind).toBe("invalidTransition");
    const again = await errorOf(act(id, "recordPerformance", { closedDate: "2024-12-31" }));
    expect(again.kind).toBe("invalidTransition");
  });

  it("gives 10 days against a ruling and records the lapse of the body's appeal window", async () => {
    const { id } = await createRecord(context, type, clerk, baseValues());
    await act(id, "submitDefence", { defenceSubmittedDate: "2024-03-08" });
    await act(id, "recordFirstJudgment", {
      firstJudgmentKind: "ruling",
      firstOutcome: "suitDismissed",
      firstJudgmentDate: "2024-04-22",
      firstServedDate: "2024-04-25",
    });
    // 2024-04-25 + 10 = 05-05, a Labour Day holiday → 05-06 (Mon)
    expect(await clockOf(id, "appeal")).toMatchObject({
      ruleId: "litigation.appealAgainstRuling",
      dueOn: "2024-05-06",
    });
    context.setNow("2024-05-08T02:00:00Z");
    const { taken, failures } = await sweepLapsedClocks(context, [type]);
    expect(taken).toBe(1);
    expect(failures).toEqual([]);
    let view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("appealWindowClosed");
    expect(view.values.noAppealDate).toBe("2024-05-06");
    expect(await clockOf(id, "appeal")).toMatchObject({ status: "stopped", tone: "met" });

    const late = await errorOf(act(id, "appealByBody", { appealDate: "2024-05-08" }, head));
    expect(late.problems[0]).toMatchObject({ field: "appealDate", code: "appeal.lapsed" });
    const lost = await errorOf(
      act(id, "recordEffective", { effectiveDate: "2024-05-07", isLost: true }),
    );
    expect(lost.problems[0]).toMatchObject({ field: "isLost", code: "isLost.mismatch" });
    await act(id, "recordEffective", { effectiveDate: "2024-05-07", isLost: false });
    view = await getRecord(context, type, clerk, id);
    expect(view.values).toMatchObject({ appealFiledBy: "none", isLost: false });
    context.setNow("2024-12-31T02:00:00Z");
  });

  it("closes a withdrawn suit without an appeal and stops the defence clock", async () => {
    const { id } = await createRecord(context, type, clerk, baseValues());
    await act(id, "allowWithdrawal", {
      firstJudgmentDate: "2024-03-11",
      effectiveDate: "2024-03-13",
    });
    const view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("effective");
    expect(view.values).toMatchObject({
      firstOutcome: "withdrawalAllowed",
      firstJudgmentKind: "ruling",
      isLost: false,
    });
    expect(await clockOf(id, "defence")).toMatchObject({ status: "stopped", tone: "met" });
  });

  it("refuses an action from the wrong state and a stale version", async () => {
    const { id, version } = await createRecord(context, type, clerk, baseValues());
    const wrongState = await errorOf(
      act(id, "recordEffective", { effectiveDate: "2024-03-05", isLost: false }),
    );
    expect(wrongState.kind).toBe("invalidTransition");
    await updateRecord(context, type, clerk, id, { version, values: { claims: "撤销处罚决定" } });
    const stale = await errorOf(
      takeAction(context, type, clerk, {
        id,
        actionId: "submitDefence",
        version,
        values: { defenceSubmittedDate: "2024-03-05" },
      }),
    );
    expect(stale).toMatchObject({ kind: "conflict", problems: [{ field: "version" }] });
  });

  it("keeps an unbroken audit chain of every write", async () => {
    const check = await verifyAuditChain(test.db);
    expect(check.ok).toBe(true);
    expect(check.events).toBeGreaterThan(15);
  });
});
