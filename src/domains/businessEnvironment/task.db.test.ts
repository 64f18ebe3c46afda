// Business-environment tasks through the engine: the category from its catalogue, closing only with
// evidence (refused with the field named and nothing changed), the due-date clock and the overdue
// list, rectification with its own limit (also reopening a closed task), who may read and work a
// task, and a follow-up (督办事项) linking to one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/support/engine.js";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { pdfBytes } from "../../../test/support/files.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { removeAttachment, uploadAttachment } from "../../engine/files/attachments.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../engine/files/limits.js";
import { linkingRecords } from "../../engine/linking-records.js";
import { getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { followUp } from "../followUp/index.js";
import { findRecordType } from "../registry.js";
import { businessEnvironmentTask as type } from "./index.js";

let test: TestDatabase;
let context: ReturnType<typeof testContext>;
let office: number;
let approval: number;
let justice: number;
let market: number;
let fzb: SignedInUser;
let justiceClerk: SignedInUser;
let marketClerk: SignedInUser;
let approvalClerk: SignedInUser;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  justice = orgs.justice;
  market = orgs.market;
  const insert = (code: string, name: string, kind: "committee" | "department") =>
    test.db.transaction((tx) => insertOrg(tx, { parentId: orgs.city, code, name, kind }));
  office = (await insert("141081-C01", "依法治市办", "committee")).id;
  approval = (await insert("141081-D06", "侯马市行政审批服务管理局", "department")).id;
  const user = (username: string, orgId: number, roles: ["lawOffice"] | ["clerk"], all = false) =>
    createTestUser(test.db, { username, orgId, roles, scope: all ? "all" : "own" });
  fzb = await user("fzb", office, ["lawOffice"], true);
  justiceClerk = await user("sfj_clerk", justice, ["clerk"]);
  marketClerk = await user("scj_clerk", market, ["clerk"]);
  approvalClerk = await user("spj_clerk", approval, ["clerk"]);
  context = testContext(test.db, "2024-05-10T02:00:00Z");
});
afterAll(() => test.drop());

const task = (values: Record<string, unknown> = {}) => ({
  letterYear: 2024,
  letterTitle: "侯马市2024年度优化营商环境目标责任书",
  category: "05",
  task: "开展“法律服务进企业”活动，为涉企法律服务相关企业提供法律体检",
  responsibleOrg: justice,
  assigningOrg: approval,
  assignedOn: "2024-03-11",
  dueDate: "2024-06-30",
  ...values,
});

const evidence = (id: number, by = justiceClerk) =>
  uploadAttachment(
    context,
    type,
    by,
    id,
    { field: "evidence", fileName: "法律体检报告.pdf", bytes: pdfBytes() },
    DEFAULT_ATTACHMENT_LIMITS,
  );

const overdueIds = async () =>
  (
    await listRecords(context, type, fzb, { filters: {}, overdue: true, page: 1, pageSize: 50 })
  ).items.map((item) => item.id);

describe("the declaration", () => {
  it("is consistent, and the follow-up's source may point at a task", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
    expect(findRecordType(type.id)).toBe(type);
    const source = followUp.fields.find((field) => field.name === "source");
    expect(source?.kind).toBe("record");
    if (source?.kind !== "record") return;
    expect(source.types === undefined || source.types.includes(type.id)).toBe(true);
    expect(source.startLabel).toBe("发起督办");
  });
});

describe("a task's fields", () => {
  it("takes its category from the catalogue, refusing an unknown code by the field and storing nothing", async () => {
    const wrong = await errorOf(createRecord(context, type, fzb, task({ category: "09" })));
    expect(wrong.problems).toEqual([
      expect.objectContaining({ field: "category", code: "field.unknownCode" }),
    ]);
    const [count] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_business_environment_task",
    );
    expect(count?.n).toBe(0);
    const created = await createRecord(context, type, fzb, task());
    const view = await getRecord(context, type, fzb, created.id);
    expect(view.display["category"]).toBe("05 法治保障");
  });
});

describe("closing with evidence", () => {
  it("refuses to ask for closing without evidence, naming the field, and changes nothing", async () => {
    const created = await createRecord(context, type, fzb, task({ task: "佐证测试" }));
    const progressed = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "reportProgress",
      version: 1,
      values: { progressOn: "2024-04-15", progressText: "已走访重点企业12家" },
    });
    const apply = {
      id: created.id,
      actionId: "applyClose",
      version: progressed.version,
      values: { completedOn: "2024-05-09", completionText: "已完成法律体检" },
    };
    const refused = await errorOf(takeAction(context, type, justiceClerk, apply));
    expect(refused.problems).toEqual([
      expect.objectContaining({
        field: "evidence",
        code: "attachment.required",
        message: "“申请销号”前请先上传佐证材料",
      }),
    ]);
    const after = await getRecord(context, type, fzb, created.id);
    expect(after.state).toBe("inProgress");
    expect(after.version).toBe(progressed.version);
    expect(after.values["completedOn"]).toBeNull();
    expect(after.clocks.find((clock) => clock.clockId === "taskDue")?.status).toBe("running");
    // With the evidence uploaded by the responsible organisation, the request goes through.
    const file = await evidence(created.id);
    const submitted = await takeAction(context, type, justiceClerk, apply);
    expect(submitted.state).toBe("submitted");
    // The file removed before the office verifies it: closing is refused in turn.
    await removeAttachment(context, findRecordType, justiceClerk, file.id);
    const close = {
      id: created.id,
      actionId: "close",
      version: submitted.version,
      values: { closedOn: "2024-05-10", closingNote: "同意销号" },
    };
    const noFile = await errorOf(takeAction(context, type, fzb, close));
    expect(noFile.problems).toEqual([expect.objectContaining({ field: "evidence" })]);
    expect((await getRecord(context, type, fzb, created.id)).state).toBe("submitted");
    await evidence(created.id);
    expect((await takeAction(context, type, fzb, close)).state).toBe("closed");
    const view = await getRecord(context, type, fzb, created.id);
    expect(view.clocks.find((clock) => clock.clockId === "taskDue")).toMatchObject({
      status: "stopped",
      stoppedOn: "2024-05-09",
      tone: "met",
    });
  });

  it("refuses a closing date before the request, naming the field", async () => {
    const created = await createRecord(context, type, fzb, task({ task: "日期测试" }));
    await evidence(created.id);
    const submitted = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "applyClose",
      version: 1,
      values: { completedOn: "2024-05-08", completionText: "已完成" },
    });
    const early = await errorOf(
      takeAction(context, type, fzb, {
        id: created.id,
        actionId: "close",
        version: submitted.version,
        values: { closedOn: "2024-05-07" },
      }),
    );
    expect(early.problems).toEqual([
      expect.objectContaining({ field: "closedOn", message: "销号日期不能早于申请销号日期" }),
    ]);
  });
});

describe("the due date", () => {
  it("is the letter's, puts an open task past it on the overdue list, and stops on the request to close", async () => {
    const created = await createRecord(
      context,
      type,
      fzb,
      task({ task: "逾期测试", dueDate: "2024-04-30" }),
    );
    const view = await getRecord(context, type, fzb, created.id);
    expect(view.clocks).toEqual([
      expect.objectContaining({
        clockId: "taskDue",
        dueOn: "2024-04-30",
        setBy: "交办单位",
        tone: "overdue",
      }),
    ]);
    expect(await overdueIds()).toContain(created.id);
    await evidence(created.id);
    const submitted = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "applyClose",
      version: 1,
      values: { completedOn: "2024-05-09", completionText: "已完成" },
    });
    expect(await overdueIds()).not.toContain(created.id);
    expect((await getRecord(context, type, fzb, created.id)).clocks[0]).toMatchObject({
      status: "stopped",
      tone: "late",
    });
    // Returned with a new due date: it runs again against that date.
    const returned = await takeAction(context, type, fzb, {
      id: created.id,
      actionId: "return",
      version: submitted.version,
      values: { returnedOn: "2024-05-10", returnReason: "材料不全", dueDate: "2024-05-31" },
    });
    expect(returned.state).toBe("returned");
    expect((await getRecord(context, type, fzb, created.id)).clocks[0]).toMatchObject({
      status: "running",
      dueOn: "2024-05-31",
    });
    expect(await overdueIds()).not.toContain(created.id);
  });
});

describe("rectification", () => {
  it("reopens a closed task with its own time limit, and closes it again once rectified", async () => {
    const created = await createRecord(context, type, fzb, task({ task: "整改测试" }));
    await evidence(created.id);
    const submitted = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "applyClose",
      version: 1,
      values: { completedOn: "2024-04-01", completionText: "已完成" },
    });
    const closed = await takeAction(context, type, fzb, {
      id: created.id,
      actionId: "close",
      version: submitted.version,
      values: { closedOn: "2024-04-03" },
    });
    const order = {
      id: created.id,
      actionId: "requireRectification",
      version: closed.version,
      values: {
        checkedOn: "2024-05-06",
        problemFound: "回头看发现办事指南未及时更新",
        rectificationDue: "2024-05-01",
      },
    };
    const beforeCheck = await errorOf(takeAction(context, type, fzb, order));
    expect(beforeCheck.problems).toEqual([
      expect.objectContaining({ field: "rectificationDue", message: "整改时限不能早于督查日期" }),
    ]);
    const rectifying = await takeAction(context, type, fzb, {
      ...order,
      values: { ...order.values, rectificationDue: "2024-05-08" },
    });
    expect(rectifying.state).toBe("rectifying");
    const view = await getRecord(context, type, fzb, created.id);
    expect(view.clocks.find((clock) => clock.clockId === "rectificationDue")).toMatchObject({
      status: "running",
      dueOn: "2024-05-08",
      tone: "overdue",
      setBy: "督查单位",
    });
    expect(await overdueIds()).toContain(created.id);
    const rectified = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "reportRectified",
      version: rectifying.version,
      values: { rectifiedOn: "2024-05-10", rectificationText: "已更新办事指南" },
    });
    expect(rectified.state).toBe("submitted");
    expect(await overdueIds()).not.toContain(created.id);
    const again = await takeAction(context, type, fzb, {
      id: created.id,
      actionId: "close",
      version: rectified.version,
      values: { closedOn: "2024-05-10" },
    });
    expect(again.state).toBe("closed");
  });
});

describe("who reads and works a task", () => {
  it("is worked by the responsible organisation, read by the assigning office, unseen by others", async () => {
    const created = await createRecord(context, type, fzb, task({ task: "权限测试" }));
    const progress = {
      id: created.id,
      actionId: "reportProgress",
      version: 1,
      values: { progressOn: "2024-04-10", progressText: "已部署" },
    };
    // Another department neither sees nor works it.
    expect((await errorOf(getRecord(context, type, marketClerk, created.id))).kind).toBe(
      "notFound",
    );
    expect((await errorOf(takeAction(context, type, marketClerk, progress))).kind).toBe("notFound");
    // The assigning office reads the task it assigned but does not report for the department.
    expect((await getRecord(context, type, approvalClerk, created.id)).state).toBe("assigned");
    expect((await errorOf(takeAction(context, type, approvalClerk, progress))).kind).toBe(
      "notFound",
    );
    // The responsible organisation may not edit what was assigned, due date included…
    const edit = await errorOf(
      updateRecord(context, type, justiceClerk, created.id, {
        version: 1,
        values: { dueDate: "2024-12-31" },
      }),
    );
    expect(edit.kind).toBe("forbidden");
    // …nor close its own task; it reports.
    expect((await takeAction(context, type, justiceClerk, progress)).state).toBe("inProgress");
    await evidence(created.id);
    const submitted = await takeAction(context, type, justiceClerk, {
      id: created.id,
      actionId: "applyClose",
      version: 2,
      values: { completedOn: "2024-05-09", completionText: "已完成" },
    });
    const selfClose = await errorOf(
      takeAction(context, type, justiceClerk, {
        id: created.id,
        actionId: "close",
        version: submitted.version,
        values: { closedOn: "2024-05-10" },
      }),
    );
    expect(selfClose.kind).toBe("forbidden");
  });
});

describe("a follow-up of a task", () => {
  it("links to the task, which lists it with its due date", async () => {
    const created = await createRecord(
      context,
      type,
      fzb,
      task({ task: "督办测试", dueDate: "2024-04-30" }),
    );
    const link = `businessEnvironmentTask:${created.id}`;
    const pushed = await createRecord(context, followUp, fzb, {
      source: link,
      task: "督促落实优化营商环境任务：督办测试",
      assignedOrg: justice,
      assigningOrg: office,
      assignedOn: "2024-05-10",
      dueDate: "2024-05-20",
    });
    const followUpView = await getRecord(context, followUp, fzb, pushed.id);
    expect(followUpView.display["source"]).toMatch(/^侯营商〔2024〕\d+号 督办测试$/);
    const linked = await linkingRecords(context, type, fzb, created.id);
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({
      recordType: "followUp",
      field: "source",
      id: pushed.id,
      state: "assigned",
    });
    expect(linked[0]?.nextDue).toMatchObject({ label: "督办期限", dueOn: "2024-05-20" });
    // The responsible organisation sees the follow-up on its task's page too.
    expect(await linkingRecords(context, type, justiceClerk, created.id)).toHaveLength(1);
  });
});
