// Instructions and follow-ups through the engine: the record link field (validation, access, what a
// reader who may not open the linked record sees), the set-deadline clock (due date from the field,
// moved by an edit and by an escalation, the overdue list), the workflow with evidence, and who may
// read and work a follow-up: its assignee, other departments, the rule-of-law office.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/support/engine.js";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { pdfBytes } from "../../../test/support/files.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { uploadAttachment } from "../../engine/files/attachments.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../engine/files/limits.js";
import { recordHistory } from "../../engine/history.js";
import { linkingRecords } from "../../engine/linking-records.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { instruction } from "../instruction/index.js";
import { followUp } from "./index.js";

let test: TestDatabase;
let context: ReturnType<typeof testContext>;
let office: number;
let justice: number;
let market: number;
let fzb: SignedInUser;
let justiceClerk: SignedInUser;
let marketClerk: SignedInUser;
let leader: SignedInUser;
let instructionLink: string;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  justice = orgs.justice;
  market = orgs.market;
  office = (
    await test.db.transaction((tx) =>
      insertOrg(tx, {
        parentId: orgs.city,
        code: "141081-C01",
        name: "依法治市办",
        kind: "committee",
      }),
    )
  ).id;
  fzb = await createTestUser(test.db, {
    username: "fzb",
    orgId: office,
    roles: ["lawOffice"],
    scope: "all",
  });
  justiceClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: justice,
    roles: ["clerk"],
    scope: "own",
  });
  marketClerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: market,
    roles: ["clerk"],
    scope: "own",
  });
  leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  context = testContext(test.db, "2024-05-10T02:00:00Z");
  const created = await createRecord(context, instruction, fzb, {
    leaderRole: "mayor",
    leaderName: "韩立新",
    instructedOn: "2024-05-06",
    subject: "关于行政复议案件办理质量的分析",
    instructionText: "纠错率高的领域要开展专项整改。",
    isRuleOfLaw: true,
    registeringOrg: office,
  });
  instructionLink = `instruction:${created.id}`;
});
afterAll(() => test.drop());

const task = (values: Record<string, unknown> = {}) => ({
  source: instructionLink,
  task: "开展自然资源领域行政执法专项整改",
  assignedOrg: justice,
  assigningOrg: office,
  assignedOn: "2024-05-08",
  dueDate: "2024-05-31",
  ...values,
});

describe("the declarations", () => {
  it("are consistent", () => {
    for (const type of [instruction, followUp])
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });

  it("refuse pauses on a set deadline and a due field that is not a date", () => {
    const clock = followUp.clocks[0];
    if (!clock) throw new Error("followUp has its clock");
    const broken = {
      ...followUp,
      clocks: [
        {
          ...clock,
          rule: { dueField: "task", setBy: "交办单位" },
          pauseOn: [{ action: "reportProgress", kind: "suspension" as const }],
        },
      ],
    };
    const problems = checkDeclaration(broken, ruleFactsOf, catalogueExists);
    expect(problems).toContain("followUp: clock followUpDue: field task must be date");
    expect(problems.some((problem) => problem.includes("cannot declare pauseOn"))).toBe(true);
  });
});

describe("a record link field", () => {
  it("refuses a malformed link, a type it may not point to, and a record that does not exist, naming the field", async () => {
    const malformed = await errorOf(createRecord(context, followUp, fzb, task({ source: "12" })));
    expect(malformed.problems).toEqual([
      expect.objectContaining({ field: "source", code: "field.invalidRecordLink" }),
    ]);
    const restricted = {
      ...instruction,
      fields: instruction.fields.map((field) =>
        field.name === "subjectRecord" ? { ...field, types: ["reconsideration"] } : field,
      ),
    };
    const wrongType = await errorOf(
      createRecord(context, restricted, fzb, {
        leaderRole: "mayor",
        leaderName: "韩立新",
        instructedOn: "2024-05-06",
        subject: "测试",
        instructionText: "测试",
        isRuleOfLaw: true,
        registeringOrg: office,
        subjectRecord: instructionLink,
      }),
    );
    expect(wrongType.problems[0]).toMatchObject({
      field: "subjectRecord",
      code: "field.invalidRecordType",
    });
    expect(wrongType.problems[0]?.message).toContain("行政复议");
    const missing = await errorOf(
      createRecord(context, followUp, fzb, task({ source: "instruction:9999" })),
    );
    expect(missing.problems).toEqual([
      expect.objectContaining({ field: "source", code: "field.invalidReference" }),
    ]);
    expect(missing.problems[0]?.message).toBe("督办来源所关联的领导批示不存在或无权查看");
    const [count] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_follow_up",
    );
    expect(count?.n).toBe(0);
  });

  it("shows the number and title to a reader of the linked record, the number alone to others", async () => {
    const created = await createRecord(context, followUp, fzb, task());
    const forOffice = await getRecord(context, followUp, fzb, created.id);
    expect(forOffice.display["source"]).toBe("侯批〔2024〕1号 关于行政复议案件办理质量的分析");
    // The justice bureau's clerk works the follow-up but may not open the instruction.
    const forAssignee = await getRecord(context, followUp, justiceClerk, created.id);
    expect(forAssignee.display["source"]).toBe("侯批〔2024〕1号");
    const list = await listRecords(context, followUp, justiceClerk, {
      filters: {},
      page: 1,
      pageSize: 20,
    });
    expect(list.items.map((item) => item.display["source"])).toEqual(["侯批〔2024〕1号"]);
    const filtered = await listRecords(context, followUp, fzb, {
      filters: { source: instructionLink },
      page: 1,
      pageSize: 20,
    });
    expect(filtered.total).toBe(1);
  });

  it("lists the records linking to a record, each through its own read rule", async () => {
    const id = Number(instructionLink.split(":")[1]);
    const linked = await linkingRecords(context, instruction, fzb, id);
    expect(linked.length).toBeGreaterThanOrEqual(1);
    expect(linked[0]).toMatchObject({ recordType: "followUp", field: "source", state: "assigned" });
    expect(linked[0]?.nextDue).toMatchObject({ label: "督办期限", dueOn: "2024-05-31" });
    // The instruction is not the justice clerk's to open: nor is the list of what links to it.
    expect((await errorOf(linkingRecords(context, instruction, justiceClerk, id))).kind).toBe(
      "notFound",
    );
  });
});

describe("the set deadline", () => {
  it("is due on the date the office set, with who set it, and follows an edit of that date", async () => {
    const created = await createRecord(context, followUp, fzb, task({ task: "期限测试" }));
    const view = await getRecord(context, followUp, fzb, created.id);
    expect(view.clocks).toEqual([
      expect.objectContaining({
        clockId: "followUpDue",
        dueOn: "2024-05-31",
        startedOn: "2024-05-08",
        setBy: "交办单位",
        tone: "running",
      }),
    ]);
    expect(view.clocks[0]?.steps.at(-1)?.text).toBe("督办期限由交办单位确定：2024-05-31");
    await updateRecord(context, followUp, fzb, created.id, {
      version: view.version,
      values: { dueDate: "2024-06-15" },
    });
    expect((await getRecord(context, followUp, fzb, created.id)).clocks[0]?.dueOn).toBe(
      "2024-06-15",
    );
    const early = await errorOf(
      updateRecord(context, followUp, fzb, created.id, {
        version: view.version + 1,
        values: { dueDate: "2024-05-01" },
      }),
    );
    expect(early.problems[0]).toMatchObject({ field: "dueDate", code: "clock.dueBeforeStart" });
  });

  it("puts an open follow-up past its due date on the overdue list, and an escalation moves it off", async () => {
    const created = await createRecord(
      context,
      followUp,
      fzb,
      task({ task: "逾期测试", dueDate: "2024-05-09" }),
    );
    const overdue = () =>
      listRecords(context, followUp, fzb, { filters: {}, overdue: true, page: 1, pageSize: 50 });
    const before = await overdue();
    expect(before.items.map((item) => item.id)).toContain(created.id);
    expect(before.items.find((item) => item.id === created.id)?.nextDue?.tone).toBe("overdue");
    await takeAction(context, followUp, fzb, {
      id: created.id,
      actionId: "escalate",
      version: 1,
      values: {
        escalatedOn: "2024-05-10",
        escalationLevel: "principalLeader",
        escalatedTo: "韩立新",
        escalationReason: "逾期未办结",
        dueDate: "2024-05-20",
      },
    });
    const view = await getRecord(context, followUp, fzb, created.id);
    expect(view.state).toBe("assigned");
    expect(view.clocks[0]).toMatchObject({ dueOn: "2024-05-20", tone: "running" });
    expect((await overdue()).items.map((item) => item.id)).not.toContain(created.id);
  });
});

describe("a follow-up's workflow and access", () => {
  it("is worked by its assignee, unseen by other departments, accepted by the office", async () => {
    const created = await createRecord(context, followUp, fzb, task({ task: "办结测试" }));
    // Another department neither sees nor works it.
    expect((await errorOf(getRecord(context, followUp, marketClerk, created.id))).kind).toBe(
      "notFound",
    );
    const foreign = await errorOf(
      takeAction(context, followUp, marketClerk, {
        id: created.id,
        actionId: "reportProgress",
        version: 1,
        values: { progressOn: "2024-05-09", progressText: "已部署" },
      }),
    );
    expect(foreign.kind).toBe("notFound");
    // The assignee may not edit what the office assigned.
    expect(
      (
        await errorOf(
          updateRecord(context, followUp, justiceClerk, created.id, {
            version: 1,
            values: { dueDate: "2024-12-31" },
          }),
        )
      ).kind,
    ).toBe("forbidden");
    const progressed = await takeAction(context, followUp, justiceClerk, {
      id: created.id,
      actionId: "reportProgress",
      version: 1,
      values: { progressOn: "2024-05-09", progressText: "已成立专班" },
    });
    const again = await takeAction(context, followUp, justiceClerk, {
      id: created.id,
      actionId: "reportProgress",
      version: progressed.version,
      values: { progressOn: "2024-05-10", progressText: "已完成排查" },
    });
    const complete = {
      id: created.id,
      actionId: "complete",
      version: again.version,
      values: { completedOn: "2024-05-10", completionText: "整改完毕" },
    };
    const noEvidence = await errorOf(takeAction(context, followUp, justiceClerk, complete));
    expect(noEvidence.problems).toEqual([
      expect.objectContaining({ field: "evidence", code: "attachment.required" }),
    ]);
    await uploadAttachment(
      context,
      followUp,
      justiceClerk,
      created.id,
      { field: "evidence", fileName: "整改报告.pdf", bytes: pdfBytes() },
      DEFAULT_ATTACHMENT_LIMITS,
    );
    const submitted = await takeAction(context, followUp, justiceClerk, complete);
    expect(submitted.state).toBe("submitted");
    // Only the office accepts.
    expect(
      (
        await errorOf(
          takeAction(context, followUp, justiceClerk, {
            id: created.id,
            actionId: "accept",
            version: submitted.version,
            values: { acceptedOn: "2024-05-10" },
          }),
        )
      ).kind,
    ).toBe("forbidden");
    const done = await takeAction(context, followUp, fzb, {
      id: created.id,
      actionId: "accept",
      version: submitted.version,
      values: { acceptedOn: "2024-05-10", acceptanceNote: "同意办结" },
    });
    expect(done.state).toBe("done");
    const view = await getRecord(context, followUp, leader, created.id);
    expect(view.clocks[0]).toMatchObject({
      status: "stopped",
      stoppedOn: "2024-05-10",
      tone: "met",
    });
    // History keeps each progress report.
    const history = await recordHistory(context, followUp, fzb, created.id);
    const reports = history.events
      .filter((event) => event.action === "action:reportProgress")
      .map((event) => (event.after as Record<string, unknown>)["progressText"]);
    expect(reports).toEqual(["已成立专班", "已完成排查"]);
    expect(history.names.records.get(instructionLink)).toBe(
      "侯批〔2024〕1号 关于行政复议案件办理质量的分析",
    );
  });

  it("runs again when the office returns a completion, against the due date it sets", async () => {
    const created = await createRecord(context, followUp, fzb, task({ task: "退回测试" }));
    await uploadAttachment(
      context,
      followUp,
      justiceClerk,
      created.id,
      { field: "evidence", fileName: "材料.pdf", bytes: pdfBytes() },
      DEFAULT_ATTACHMENT_LIMITS,
    );
    const submitted = await takeAction(context, followUp, justiceClerk, {
      id: created.id,
      actionId: "complete",
      version: 1,
      values: { completedOn: "2024-05-09", completionText: "已完成" },
    });
    const returned = await takeAction(context, followUp, fzb, {
      id: created.id,
      actionId: "return",
      version: submitted.version,
      values: { returnedOn: "2024-05-10", returnReason: "材料不全", dueDate: "2024-06-10" },
    });
    expect(returned.state).toBe("returned");
    const view = await getRecord(context, followUp, fzb, created.id);
    expect(view.clocks[0]).toMatchObject({ status: "running", dueOn: "2024-06-10" });
  });
});
