// The legal aid procedure end to end on a real database: validation, the examination and
// designation clocks, refusal with reasons, provisional aid, notified defence, finality, access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { parseCalendarConfig, ruleFactsOf, statutoryRules } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { getRecord } from "../../engine/records-read.js";
import { revealSensitive } from "../../engine/reveal.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import { catalogueExists } from "../catalogues/index.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { legalAid as type } from "./index.js";

let test: TestDatabase;
let centre: number;
let bureau: number;
let clerk: SignedInUser;
let reviewer: SignedInUser;
let bureauClerk: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  bureau = orgs.justice;
  centre = (
    await test.db.transaction((tx) =>
      insertOrg(tx, {
        parentId: bureau,
        code: "141081-D01-01",
        name: "法律援助中心",
        kind: "center",
      }),
    )
  ).id;
  const user = (username: string, orgId: number, role: "clerk" | "reviewer" | "leader") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "leader" ? "all" : "own",
    });
  clerk = await user("la_clerk", centre, "clerk");
  reviewer = await user("la_reviewer", centre, "reviewer");
  bureauClerk = await user("sfj_clerk", bureau, "clerk");
  leader = await user("leader", orgs.city, "leader");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const application = (values: Record<string, unknown> = {}) => ({
  applicantName: "王秀兰",
  applicantIdNumber: "34052419800101001X",
  applicantPhone: "13835712345",
  aidOrg: centre,
  supervisingOrg: bureau,
  source: "application",
  caseCategory: "civil",
  matter: "wages",
  caseSummary: "申请人在某建筑工地务工，被拖欠工资18600元，申请法律援助追索劳动报酬",
  isMigrantWorker: true,
  hardshipBasis: "groupExempt",
  receivedDate: "2024-03-01",
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = reviewer) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const clock = async (id: number, clockId: string) =>
  (await getRecord(context, type, clerk, id)).clocks.find((c) => c.clockId === clockId);
const lawyer = {
  assigneeKind: "lawyer",
  assigneeName: "段文博",
  assigneeFirm: "山西晋都律师事务所",
};

describe("the declaration", () => {
  it("is consistent and names only known statutory rules", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("an application", () => {
  it("refuses a bad ID number, naming the field, and writes nothing", async () => {
    const error = await errorOf(
      createRecord(context, type, clerk, application({ applicantIdNumber: "340524198001010013" })),
    );
    expect(error.kind).toBe("validation");
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "applicantIdNumber", code: "field.invalidIdNumber" }),
    ]);
    const [row] = await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_legal_aid");
    expect(row?.n).toBe(0);
  });

  it("is examined within 7 working days, designated within 3 of the grant, then closed and frozen", async () => {
    const created = await createRecord(context, type, clerk, application());
    expect(created.recordNumber).toBe("侯法援〔2024〕1号");
    const { id } = created;
    // 2024-03-01 (Fri) + 7 working days = 03-12 (Tue)
    expect(await clock(id, "examination")).toMatchObject({
      dueOn: "2024-03-12",
      status: "running",
      ruleId: "legalAid.examination",
      citation: "《中华人民共和国法律援助法》第43条第1款、《办理法律援助案件程序规定》条文待核实",
    });
    expect((await clock(id, "examination"))?.steps.at(-1)?.text).toContain("2024-03-12");
    // LA-6a: the time for materials does not count. Asked 03-04 (Mon), none counted yet.
    await act(
      id,
      "requestMaterials",
      { materialsNoticeDate: "2024-03-04", materialsItems: "劳务合同或工资欠条" },
      clerk,
    );
    const waiting = await clock(id, "examination");
    expect(waiting).toMatchObject({ status: "paused", dueOn: null });
    expect(waiting?.steps.at(-1)?.text).toContain("此前已经过0个工作日，恢复后尚余7个工作日");
    // Received 03-06: 03-04..03-05 paused; 03-06 (1) 07 (2) 08 (3) 11 (4) 12 (5) 13 (6) 14 (7).
    await act(id, "receiveMaterials", { materialsReceivedDate: "2024-03-06" }, clerk);
    const resumed = await clock(id, "examination");
    expect(resumed).toMatchObject({ dueOn: "2024-03-14", status: "running" });
    expect(resumed?.steps.find((step) => step.kind === "paused")?.text).toContain(
      "2024-03-04（星期一）至2024-03-05（星期二）补充材料期间（《办理法律援助案件程序规定》条文待核实），2个工作日不计入期间",
    );

    await act(id, "grant", { grantDate: "2024-03-07" });
    expect((await clock(id, "examination"))?.tone).toBe("met");
    // 2024-03-07 (Thu) + 3 working days = 03-12 (Tue)
    expect(await clock(id, "designation")).toMatchObject({
      dueOn: "2024-03-12",
      ruleId: "legalAid.designation",
      citation: "《中华人民共和国法律援助法》第43条第1款",
    });
    await act(id, "designate", { ...lawyer, designatedDate: "2024-03-11" }, clerk);
    expect(await clock(id, "designation")).toMatchObject({ status: "stopped", tone: "met" });
    await act(id, "startHandling", { handlingStartDate: "2024-03-13" }, clerk);
    const defenceResult = await errorOf(
      act(id, "close", { closingResult: "defenceAdopted", closedDate: "2024-05-20" }, clerk),
    );
    expect(defenceResult.problems[0]).toMatchObject({ field: "closingResult" });
    await act(id, "close", { closingResult: "mediated", closedDate: "2024-05-20" }, clerk);
    const view = await getRecord(context, type, clerk, id);
    expect(view).toMatchObject({ state: "closed", isFinal: true, actions: [] });
    const frozen = await errorOf(
      updateRecord(context, type, clerk, id, {
        version: view.version,
        values: { applicantName: "李四" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("runs on while materials are awaited where the deployment switches the pause off (due 03-12)", async () => {
    const config = parseCalendarConfig(
      { statutoryRules: { "legalAid.examination": { pausedBy: [] } } },
      statutoryRules,
    );
    if (!config.ok) throw new Error("config refused");
    const local = { ...context, calendar: config.value };
    const { id } = await createRecord(local, type, clerk, application());
    const record = await getRecord(local, type, clerk, id);
    await takeAction(local, type, clerk, {
      id,
      actionId: "requestMaterials",
      version: record.version,
      values: { materialsNoticeDate: "2024-03-04", materialsItems: "身份证明" },
    });
    const view = await getRecord(local, type, clerk, id);
    const examination = view.clocks.find((c) => c.clockId === "examination");
    expect(examination).toMatchObject({ status: "running", dueOn: "2024-03-12" });
    expect(examination?.steps.map((step) => step.text).join("")).toContain(
      "本地配置：补充材料期间计入本期间",
    );
    // A pause saved before the switch no longer counts, and does not block the case.
    const { id: earlier } = await createRecord(context, type, clerk, application());
    const take = async (
      ctx: typeof context,
      actionId: string,
      values: Record<string, unknown>,
      actor = clerk,
    ) => {
      const current = await getRecord(ctx, type, clerk, earlier);
      await takeAction(ctx, type, actor, {
        id: earlier,
        actionId,
        version: current.version,
        values,
      });
    };
    await take(context, "requestMaterials", {
      materialsNoticeDate: "2024-03-04",
      materialsItems: "身份证明",
    });
    await take(context, "receiveMaterials", { materialsReceivedDate: "2024-03-06" });
    await take(local, "grant", { grantDate: "2024-03-07" }, reviewer);
    const granted = (await getRecord(local, type, clerk, earlier)).clocks.find(
      (c) => c.clockId === "examination",
    );
    expect(granted).toMatchObject({ status: "stopped", dueOn: "2024-03-12", tone: "met" });
  });

  it("is refused only with a reason", async () => {
    const { id } = await createRecord(
      context,
      type,
      clerk,
      application({ receivedDate: "2024-04-01" }),
    );
    const noReason = await errorOf(act(id, "refuse", { refusalDate: "2024-04-03" }));
    expect(noReason.problems).toEqual([
      expect.objectContaining({ field: "refusalReason", code: "field.required" }),
    ]);
    await act(id, "refuse", {
      refusalDate: "2024-04-03",
      refusalReason: "申请事项不属于法律援助范围",
    });
    const view = await getRecord(context, type, clerk, id);
    expect(view).toMatchObject({ state: "refused", isFinal: true });
    expect(view.clocks.find((c) => c.clockId === "examination")?.stoppedOn).toBe("2024-04-03");
  });

  it("gets aid first when urgent, and is examined before it is closed", async () => {
    const { id } = await createRecord(
      context,
      type,
      clerk,
      application({ receivedDate: "2024-06-03" }),
    );
    await act(id, "provideFirst", {
      ...lawyer,
      designatedDate: "2024-06-03",
      urgencyReason: "距劳动仲裁时效届满不足七日，需立即申请仲裁",
    });
    let view = await getRecord(context, type, clerk, id);
    expect(view.state).toBe("designated");
    expect(view.values.providedFirst).toBe(true);
    expect(view.clocks.map((c) => [c.clockId, c.status])).toEqual([["examination", "stopped"]]);
    await act(id, "startHandling", { handlingStartDate: "2024-06-04" }, clerk);
    const pending = await errorOf(
      act(id, "close", { closingResult: "upheld", closedDate: "2024-08-01" }, clerk),
    );
    expect(pending.problems[0]).toMatchObject({
      field: "closingResult",
      code: "legalAid.examinationPending",
    });
    await act(id, "completeExamination", { grantDate: "2024-06-12" });
    const twice = await errorOf(act(id, "completeExamination", { grantDate: "2024-06-13" }));
    expect(twice.problems[0]).toMatchObject({
      field: "grantDate",
      code: "legalAid.notProvisional",
    });
    await act(id, "close", { closingResult: "upheld", closedDate: "2024-08-01" }, clerk);
    view = await getRecord(context, type, clerk, id);
    expect(view.values).toMatchObject({ examinationCompleted: true, closingResult: "upheld" });
  });
});

describe("a notice of defence", () => {
  it("is not examined, and a lawyer is designated within 3 working days of receipt", async () => {
    const notice = application({
      applicantName: "刘宇轩",
      source: "courtNotice",
      noticeGround: "fullCoverage",
      caseCategory: "criminalDefence",
      matter: "defence",
      isMigrantWorker: false,
      hardshipBasis: "notExamined",
      receivedDate: "2024-09-27",
    });
    const { id } = await createRecord(context, type, clerk, notice);
    const grant = await errorOf(act(id, "grant", { grantDate: "2024-09-27" }));
    expect(grant.problems[0]).toMatchObject({ code: "legalAid.noticeNotExamined" });
    await act(id, "acceptNotice", {}, clerk);
    expect(await clock(id, "examination")).toMatchObject({ stoppedOn: "2024-09-27", tone: "met" });
    // 09-27 (Fri) + 3 working days: 09-29 (Sun, make-up working day), 09-30, then 10-08 after National Day
    expect(await clock(id, "noticeDesignation")).toMatchObject({
      dueOn: "2024-10-08",
      citation: "《中华人民共和国法律援助法》第36条",
    });
    const worker = await errorOf(
      act(
        id,
        "designate",
        { ...lawyer, assigneeKind: "grassrootsWorker", designatedDate: "2024-09-30" },
        clerk,
      ),
    );
    expect(worker.problems[0]).toMatchObject({ field: "assigneeKind" });
    await act(id, "designate", { ...lawyer, designatedDate: "2024-09-30" }, clerk);
    expect((await clock(id, "noticeDesignation"))?.tone).toBe("met");
  });
});

describe("access", () => {
  it("lets the justice bureau read but not act, and masks numbers for a leader", async () => {
    const { id } = await createRecord(
      context,
      type,
      clerk,
      application({ receivedDate: "2024-07-01" }),
    );
    expect((await getRecord(context, type, bureauClerk, id)).actions).toEqual([]);
    const denied = await errorOf(
      act(
        id,
        "requestMaterials",
        { materialsNoticeDate: "2024-07-02", materialsItems: "身份证明" },
        bureauClerk,
      ),
    );
    expect(denied.kind).toBe("notFound");
    const seen = await getRecord(context, type, leader, id);
    expect(seen.values.applicantIdNumber).toBe("340524********001X");
    expect(seen.values.applicantPhone).toBe("138****2345");
    expect((await getRecord(context, type, bureauClerk, id)).revealable).toEqual([]);
    expect((await getRecord(context, type, clerk, id)).values.applicantIdNumber).toBe(
      "340524********001X",
    );
    expect((await revealSensitive(context, type, clerk, id)).values.applicantIdNumber).toBe(
      "34052419800101001X",
    );
    expect((await errorOf(revealSensitive(context, type, leader, id))).kind).toBe("forbidden");
  });
});
