// 办理记录 as people read it: names instead of ids and logins, only the fields that changed, no
// entry for a save that changed nothing, and full reads of identifiers for auditors only.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { reconsideration } from "../../domains/reconsideration/index.js";
import { takeAction } from "../../engine/actions.js";
import type { UserActor } from "../../engine/actor.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import type { HistoryItemView } from "./history.js";

let test: TestDatabase;
let app: FastifyInstance;
let clerk: Client;
let auditor: Client;
let caseId: number;

async function history(client: Client): Promise<{ body: string; items: HistoryItemView[] }> {
  const response = await client.request("GET", `/api/records/reconsideration/${caseId}/history`);
  expect(response.statusCode).toBe(200);
  return { body: response.body, items: response.json<{ items: HistoryItemView[] }>().items };
}

const entry = (items: readonly HistoryItemView[], action: string): HistoryItemView => {
  const found = items.find((item) => item.action === action);
  if (!found) throw new Error(`no ${action} in the history`);
  return found;
};

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  const context = testContext(test.db);
  const clerkUser: UserActor = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  const auditorUser = await createTestUser(test.db, {
    username: "auditor",
    orgId: orgs.city,
    roles: ["auditor"],
    scope: "all",
  });
  app = await testServer(context);
  clerk = await clientFor(app, context, clerkUser.id);
  auditor = await clientFor(app, context, auditorUser.id);
  let row = await createRecord(context, reconsideration, clerkUser, {
    applicantName: "张三",
    applicantKind: "person",
    applicantIdNumber: "34052419800101001X",
    applicantPhone: "13812345678",
    handlingOrg: orgs.justice,
    respondentOrg: orgs.market,
    actCategory: "penalty",
    actDescription: "罚款决定",
    receivedDate: "2024-12-02",
    procedure: "ordinary",
  });
  caseId = row.id;
  // A save that repeats the stored value, then a new phone number with the same mask.
  row = await updateRecord(context, reconsideration, clerkUser, caseId, {
    version: row.version,
    values: { applicantName: "张三" },
  });
  row = await updateRecord(context, reconsideration, clerkUser, caseId, {
    version: row.version,
    values: { applicantPhone: "13899995678" },
  });
  const steps: [string, Record<string, unknown>][] = [
    // 受理 asks for the procedure again; it stays 普通程序.
    ["accept", { acceptedDate: "2024-12-03", procedure: "ordinary" }],
    ["requestReply", { replyRequestDate: "2024-12-04" }],
    ["recordReply", { replyReceivedDate: "2024-12-10" }],
    ["draftDecision", { outcome: "upheld", decisionReasoning: "事实清楚，适用法律正确。" }],
  ];
  for (const [actionId, values] of steps) {
    row = await takeAction(context, reconsideration, clerkUser, {
      id: caseId,
      actionId,
      version: row.version,
      values,
    });
  }
  const reveal = await clerk.request("POST", `/api/records/reconsideration/${caseId}/reveal`);
  expect(reveal.statusCode).toBe(200);
}, 60_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("history", () => {
  it("names people by their display name, and people and organisations in values by name", async () => {
    const { body, items } = await history(clerk);
    expect(new Set(items.map((item) => item.actorName))).toEqual(new Set(["测试clerk"]));
    expect(body).not.toContain("（clerk）");
    expect(body).not.toMatch(/#\d/);
    const created = entry(items, "create").changes;
    // In the order of the form, not of jsonb's keys.
    expect(created.map((change) => change.field).slice(0, 5)).toEqual([
      "state",
      "recordNumber",
      "applicantName",
      "applicantKind",
      "applicantIdNumber",
    ]);
    expect(created.find((change) => change.field === "handlingOrg")?.after).toBe("侯马市司法局");
    expect(created.find((change) => change.field === "procedure")?.after).toBe("普通程序");
    const drafted = entry(items, "action:draftDecision").changes;
    expect(drafted.find((change) => change.field === "decisionDrafter")?.after).toBe("测试clerk");
    expect(drafted.find((change) => change.field === "outcome")?.after).toBe("维持");
  });

  it("leaves out fields whose value did not change", async () => {
    const accepted = entry((await history(clerk)).items, "action:accept");
    expect(accepted.actionLabel).toBe("受理");
    expect(accepted.changes).toEqual([
      { field: "state", label: "状态", before: "已收到", after: "已受理" },
      { field: "acceptedDate", label: "受理日期", before: null, after: "2024-12-03" },
    ]);
  });

  it("shows no entry for a save that changed nothing, while the audit row stays", async () => {
    const updates = (await history(clerk)).items.filter((item) => item.action === "update");
    expect(updates).toHaveLength(1);
    // Two numbers behind one mask: the entry says that the number changed.
    expect(updates[0]?.changes).toEqual([
      {
        field: "applicantPhone",
        label: "联系电话",
        before: "138****5678",
        after: "138****5678（已更改）",
      },
    ]);
    const [stored] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE record_id = $1 AND action = 'update'",
      [caseId],
    );
    expect(stored?.n).toBe(2);
  });

  it("shows full reads of identifiers to auditors only, naming the fields", async () => {
    expect((await history(clerk)).items.some((item) => item.action === "readSensitive")).toBe(
      false,
    );
    const read = entry((await history(auditor)).items, "readSensitive");
    expect(read).toMatchObject({
      actorName: "测试clerk",
      actionLabel: "查看完整信息",
      changes: [
        { field: "fields", label: "查看字段", before: null, after: "申请人身份证号、联系电话" },
      ],
    });
  });
});
