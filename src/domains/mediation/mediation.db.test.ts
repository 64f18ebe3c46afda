// People's mediation end to end on a real database: validation, the one-month mediation period
// (a configurable ministry rule), agreement and the 30-day judicial confirmation window
// (人民调解法 第33条), failure (第26条), finality, and masking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { findRule, ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { getRecord } from "../../engine/records-read.js";
import { revealSensitive } from "../../engine/reveal.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import { catalogueExists } from "../catalogues/index.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { mediation as type } from "./index.js";
import { computeIndicators } from "../../engine/indicators.js";

let test: TestDatabase;
let committee: number;
let bureau: number;
let mediator: SignedInUser;
let bureauClerk: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  bureau = orgs.justice;
  committee = (
    await test.db.transaction((tx) =>
      insertOrg(tx, {
        parentId: bureau,
        code: "141081-D01-TJ01",
        name: "侯马市道路交通事故纠纷人民调解委员会",
        kind: "committee",
      }),
    )
  ).id;
  mediator = await createTestUser(test.db, {
    username: "tj_mediator",
    orgId: committee,
    roles: ["clerk"],
    scope: "own",
  });
  bureauClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: bureau,
    roles: ["clerk"],
    scope: "own",
  });
  leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

const dispute = (values: Record<string, unknown> = {}) => ({
  committee,
  guidingOrg: bureau,
  mediatorName: "吉春花",
  disputeType: "trafficAccident",
  source: "policeReferral",
  referringOrgName: "侯马市公安局交通警察大队",
  parties: [
    { name: "王秀兰", kind: "person", idNumber: "34052419800101001X", phone: "13835712345" },
    { name: "李建国", kind: "person", idNumber: "14108119850715003X" },
  ],
  disputeSummary: "双方在浍河路发生交通事故，就医疗费、误工费等赔偿发生争议",
  amountInDispute: 26_000,
  acceptedDate: "2024-03-01",
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = mediator) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const clock = async (id: number, clockId: string) =>
  (await getRecord(context, type, mediator, id)).clocks.find((c) => c.clockId === clockId);

describe("the declaration", () => {
  it("is consistent and names only known statutory rules", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
  it("takes the mediation period from the configurable ministry rule", () => {
    const rule = findRule("mediation.timeLimit");
    expect(rule).toMatchObject({ configurable: true, law: { kind: "ministryRule" } });
  });
});

describe("a mediation case", () => {
  it("refuses a bad ID number, naming the field, and writes nothing", async () => {
    const error = await errorOf(
      createRecord(
        context,
        type,
        mediator,
        dispute({
          parties: [
            { name: "王秀兰", kind: "person" },
            { name: "李建国", kind: "person", idNumber: "141081198507150031" },
          ],
        }),
      ),
    );
    expect(error.kind).toBe("validation");
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "parties[2].idNumber", code: "field.invalidIdNumber" }),
    ]);
    const [row] = await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_mediation");
    expect(row?.n).toBe(0);
  });

  it("runs the one-month period from acceptance, then 30 days for judicial confirmation, and freezes when closed", async () => {
    const created = await createRecord(context, type, mediator, dispute());
    expect(created.recordNumber).toBe("侯调〔2024〕1号");
    const { id } = created;
    const period = await clock(id, "mediationPeriod");
    expect(period).toMatchObject({
      dueOn: "2024-04-01",
      status: "running",
      ruleId: "mediation.timeLimit",
    });
    expect(period?.citation).toContain("人民调解工作若干规定");
    expect(period?.steps.map((step) => step.text).join("\n")).toContain("人民调解工作若干规定");
    expect(period?.steps.at(-1)?.text).toContain("2024-04-01");

    const early = await errorOf(
      act(id, "reachAgreement", {
        agreementDate: "2024-02-28",
        agreementForm: "written",
        agreementSummary: "赔偿18000元",
      }),
    );
    expect(early.problems[0]).toMatchObject({
      field: "agreementDate",
      code: "mediation.dateOrder",
    });
    await act(id, "reachAgreement", {
      agreementDate: "2024-03-15",
      agreementForm: "written",
      agreementSummary: "被申请人赔偿申请人医疗费、误工费等共计18000元，于10日内付清",
      agreementAmount: 18_000,
    });
    expect(await clock(id, "mediationPeriod")).toMatchObject({ status: "stopped", tone: "met" });
    // 2024-03-15 + 30 calendar days = 04-14 (a Sunday: the last day moves to the next working day)
    const window = await clock(id, "judicialConfirmation");
    expect(window).toMatchObject({
      status: "running",
      ruleId: "mediation.judicialConfirmation",
      citation: expect.stringContaining("第33条") as unknown,
    });
    expect(window?.citation).toContain("人民调解法");
    expect(window?.dueOn).toBe("2024-04-15");

    await act(id, "applyConfirmation", {
      confirmationAppliedDate: "2024-03-20",
      confirmationCourt: "侯马市人民法院",
    });
    expect(await clock(id, "judicialConfirmation")).toMatchObject({
      status: "stopped",
      stoppedOn: "2024-03-20",
      tone: "met",
    });
    await act(id, "recordRuling", {
      confirmationRulingDate: "2024-03-28",
      confirmationResult: "confirmed",
      performance: "performed",
      closedDate: "2024-03-28",
    });
    const view = await getRecord(context, type, mediator, id);
    expect(view).toMatchObject({ state: "closed", isFinal: true, actions: [] });
    expect(view.values).toMatchObject({ outcome: "agreement", confirmationResult: "confirmed" });
    const frozen = await errorOf(
      updateRecord(context, type, mediator, id, {
        version: view.version,
        values: { otherParties: "李四" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("closes without confirmation, which ends the window", async () => {
    const { id } = await createRecord(
      context,
      type,
      mediator,
      dispute({ acceptedDate: "2024-05-06", disputeType: "neighbour", amountInDispute: null }),
    );
    await act(id, "reachAgreement", {
      agreementDate: "2024-05-06",
      agreementForm: "oral",
      agreementSummary: "被申请人当面赔礼道歉并承诺改正，申请人表示谅解",
    });
    await act(id, "close", { performance: "immediate", closedDate: "2024-05-06" });
    const view = await getRecord(context, type, mediator, id);
    expect(view.state).toBe("closed");
    expect(view.clocks.find((c) => c.clockId === "judicialConfirmation")?.status).toBe("stopped");
  });

  it("fails with a reason and the remedies told to the parties, and is final", async () => {
    const { id } = await createRecord(
      context,
      type,
      mediator,
      dispute({ acceptedDate: "2024-06-03" }),
    );
    const noAdvice = await errorOf(
      act(id, "fail", { failedDate: "2024-06-20", failureReason: "noAgreement" }),
    );
    expect(noAdvice.problems).toEqual([
      expect.objectContaining({ field: "remedyAdvice", code: "field.required" }),
    ]);
    await act(id, "fail", {
      failedDate: "2024-06-20",
      failureReason: "noAgreement",
      remedyAdvice: "已告知当事人可以依法向侯马市人民法院提起诉讼",
    });
    const view = await getRecord(context, type, mediator, id);
    expect(view).toMatchObject({ state: "failed", isFinal: true, actions: [] });
    expect(view.values.outcome).toBe("failed");
    expect(view.clocks.map((c) => [c.clockId, c.status, c.stoppedOn])).toEqual([
      ["mediationPeriod", "stopped", "2024-06-20"],
    ]);
  });
});

describe("access", () => {
  it("lets the guiding bureau read but not act, and masks numbers for a leader", async () => {
    const { id } = await createRecord(
      context,
      type,
      mediator,
      dispute({ acceptedDate: "2024-07-01" }),
    );
    expect((await getRecord(context, type, bureauClerk, id)).actions).toEqual([]);
    const denied = await errorOf(
      act(
        id,
        "reachAgreement",
        { agreementDate: "2024-07-02", agreementForm: "oral", agreementSummary: "和解" },
        bureauClerk,
      ),
    );
    expect(denied.kind).toBe("notFound");
    const first = (values: Record<string, unknown>) =>
      (values.parties as Record<string, unknown>[])[0];
    const seen = await getRecord(context, type, leader, id);
    expect(first(seen.values)).toMatchObject({
      idNumber: "340524********001X",
      phone: "138****2345",
    });
    expect((await getRecord(context, type, bureauClerk, id)).revealable).toEqual([]);
    const own = await getRecord(context, type, mediator, id);
    expect(own.revealable).toEqual(["parties"]);
    expect(first(own.values)?.idNumber).toBe("340524********001X");
    const revealed = await revealSensitive(context, type, mediator, id);
    expect(first(revealed.values as Record<string, unknown>)).toMatchObject({
      idNumber: "34052419800101001X",
      phone: "13835712345",
    });
    expect((await errorOf(revealSensitive(context, type, leader, id))).kind).toBe("forbidden");
  });
});

describe("the success rate", () => {
  it("is one definition, through the engine: agreements among the disputes taken on, per committee", async () => {
    const [oracle] = await test.db.query<{ cases: number; agreements: number }>(
      `SELECT count(*)::int AS cases, (count(*) FILTER (WHERE outcome = 'agreement'))::int AS agreements
         FROM r_mediation WHERE committee = $1 AND accepted_date BETWEEN '2024-01-01' AND '2024-12-31'`,
      [committee],
    );
    const periods = [{ from: "2024-01-01", to: "2024-12-31" }];
    const valueFor = async (actor: SignedInUser) => {
      const [values] = await computeIndicators(test.db, {
        types: [type],
        actor,
        orgId: committee,
        periods,
      });
      return values?.get("mediation.successRate")?.value;
    };
    expect(oracle?.cases).toBeGreaterThan(oracle?.agreements ?? 0);
    const rate = (oracle?.agreements ?? 0) / (oracle?.cases ?? 1);
    expect(await valueFor(leader)).toBeCloseTo(rate, 10);
    // The committee's own mediator counts the same records the leader does.
    expect(await valueFor(mediator)).toBeCloseTo(rate, 10);
  });
});
