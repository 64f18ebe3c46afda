// Publication of reconsideration decisions to the portal on a real database: the snapshot with the
// applicant's name masked, audit, roles and scope, unpublishable records, manual withdrawal, the
// revoking action, expiry, the publication clock, and the portal read without a session.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { testServer } from "../../../test/support/http.js";
import { historyOf, verifyAuditChain } from "../../engine/audit.js";
import { takeAction } from "../../engine/actions.js";
import { publishRecord } from "../../engine/publication/publish.js";
import { publicationStatus } from "../../engine/publication/status.js";
import { withdrawPublication } from "../../engine/publication/withdraw.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { sweepLapsedClocks } from "../../engine/sweep.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { recordTypes } from "../registry.js";
import { reconsideration as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser;
let reviewer: SignedInUser;
let head: SignedInUser;
let townReviewer: SignedInUser;
let context: ReturnType<typeof testContext>;
let app: FastifyInstance;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const user = (username: string, roles: SignedInUser["roles"], orgId = orgs.justice) =>
    createTestUser(test.db, { username, orgId, roles: [...roles], scope: "own" });
  clerk = await user("clerk", ["clerk"]);
  reviewer = await user("reviewer", ["reviewer"]);
  head = await user("head", ["head"]);
  townReviewer = await user("town", ["reviewer"], orgs.townshipA);
  context = testContext(test.db);
  app = await testServer(context);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

const on = (day: string) => {
  context.setNow(`${day}T02:00:00Z`);
};

async function act(id: number, actionId: string, values: Record<string, unknown>, actor = clerk) {
  const { version } = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version, values });
}

/** A case decided on 2024-04-15 (ordinary procedure), as far as `stop`. */
async function decidedCase(values: Record<string, unknown> = {}) {
  on("2024-03-01");
  const created = await createRecord(context, type, clerk, {
    applicantName: "张三丰",
    applicantKind: "person",
    applicantIdNumber: "34052419800101001X",
    applicantPhone: "13812345678",
    handlingOrg: orgs.justice,
    respondentOrg: orgs.market,
    actCategory: "penalty",
    actDescription: "对申请人作出罚款5000元的行政处罚决定",
    receivedDate: "2024-03-01",
    procedure: "ordinary",
    ...values,
  });
  on("2024-04-15");
  await act(created.id, "accept", { acceptedDate: "2024-03-04", procedure: "ordinary" });
  await act(created.id, "requestReply", { replyRequestDate: "2024-03-05" });
  await act(created.id, "recordReply", { replyReceivedDate: "2024-03-12" });
  await act(created.id, "draftDecision", {
    outcome: "revoked",
    decisionReasoning: "被申请人作出行政行为前未依法告知申请人张三丰陈述、申辩权利，违反法定程序",
  });
  await act(created.id, "approveDecision", { decisionDate: "2024-04-15" }, head);
  return created.id;
}

const publicationClock = async (id: number) =>
  (await getRecord(context, type, reviewer, id)).clocks.find((c) => c.clockId === "publication");

const portal = (url: string) => app.inject({ method: "GET", url });

describe("publishing a decision", () => {
  let id: number;
  let publicationId: number;

  it("starts the publication clock on the decision: 20 working days, configurable (UNVERIFIED)", async () => {
    id = await decidedCase();
    const clock = await publicationClock(id);
    expect(clock).toMatchObject({ status: "running", startedOn: "2024-04-15" });
    // 20 working days after 2024-04-15, over the 劳动节 holiday (5月1日至5日, 4月28日和5月11日上班).
    expect(clock?.dueOn).toBe("2024-05-14");
    expect(clock?.citation).toContain("第79条");
  });

  it("stores the public snapshot with the applicant's name masked, stops the clock, audits", async () => {
    on("2024-04-18");
    publicationId = await publishRecord(context, type, reviewer, id);
    const [row] = await test.db.query<{ fields: { label: string; text: string }[]; title: string }>(
      "SELECT fields, title FROM record_publication WHERE id = $1",
      [publicationId],
    );
    const texts = Object.fromEntries((row?.fields ?? []).map((f) => [f.label, f.text]));
    expect(texts).toMatchObject({
      申请人: "张**",
      被申请人: "侯马市市场监督管理局",
      行政行为类别: "行政处罚",
      复议决定结果: "撤销",
      决定日期: "2024-04-15",
      // The name is masked inside the reasoning too, not only in its own field.
      决定理由: "被申请人作出行政行为前未依法告知申请人张**陈述、申辩权利，违反法定程序",
    });
    expect(row?.title).toBe("张**不服侯马市市场监督管理局行政处罚行政复议决定书");
    expect(JSON.stringify(row)).not.toContain("张三丰");
    expect(await publicationClock(id)).toMatchObject({
      status: "stopped",
      stoppedOn: "2024-04-18",
      tone: "met",
    });
    const events = await historyOf(test.db, "reconsideration", id);
    expect(events.at(-1)).toMatchObject({ action: "publish", actorId: reviewer.id });
    expect(events.at(-1)?.after).toMatchObject({ 公开编号: publicationId, 申请人: "张**" });
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it("is on the portal without login: column, search by number, detail; no ID number or phone", async () => {
    const { recordNumber } = await getRecord(context, type, reviewer, id);
    const home = await portal("/portal");
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<a href="/portal/columns/reconsideration">行政复议决定书</a>');
    const found = await portal(
      `/portal/columns/reconsideration?q=${encodeURIComponent(recordNumber ?? "")}`,
    );
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(`/portal/columns/reconsideration/${String(publicationId)}`);
    const none = await portal(
      `/portal/columns/reconsideration?q=${encodeURIComponent("不存在的文号")}`,
    );
    expect(none.body).toContain("没有找到符合条件的信息");
    const detail = await portal(`/portal/columns/reconsideration/${String(publicationId)}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain("张**");
    expect(detail.body).toContain(recordNumber ?? "?");
    for (const secret of ["张三丰", "34052419800101001X", "13812345678"])
      expect(detail.body).not.toContain(secret);
    const json = await portal(
      `/api/portal/columns/reconsideration?q=${encodeURIComponent("张**")}`,
    );
    expect(json.statusCode).toBe(200);
    expect(json.json<{ total: number }>().total).toBe(1);
  });

  it("shows what was published, not later edits", async () => {
    on("2024-04-19");
    await act(id, "close", { closedDate: "2024-04-19" });
    const detail = await portal(`/portal/columns/reconsideration/${String(publicationId)}`);
    expect(detail.body).toContain("张**不服");
    const status = await publicationStatus(context, type, reviewer, id);
    expect(status).toMatchObject({ status: "published", canPublish: false, canWithdraw: true });
    expect(status.portalUrl).toBe(`/portal/columns/reconsideration/${String(publicationId)}`);
  });

  it("refuses a second publication while published", async () => {
    const error = await errorOf(publishRecord(context, type, reviewer, id));
    expect(error.problems[0]).toMatchObject({
      field: "publication",
      code: "publication.alreadyPublished",
    });
  });
});

describe("who may publish, and what", () => {
  it("refuses a clerk (no publishing role) and a reviewer out of scope, changing nothing", async () => {
    const id = await decidedCase({ applicantName: "李四" });
    const before = await tableCounts(test.db, ["record_publication", "audit_event"]);
    const byClerk = await errorOf(publishRecord(context, type, clerk, id));
    expect(byClerk.kind).toBe("forbidden");
    expect(byClerk.message).toContain("无权公开行政复议决定书");
    expect((await errorOf(publishRecord(context, type, townReviewer, id))).kind).toBe("notFound");
    expect(await tableCounts(test.db, ["record_publication", "audit_event"])).toEqual(before);
    expect(await publicationStatus(context, type, clerk, id)).toMatchObject({
      status: "unpublished",
      canPublish: false,
    });
  });

  it("refuses a case without a decision, naming why, and writes nothing", async () => {
    on("2024-03-01");
    const open = await createRecord(context, type, clerk, {
      applicantName: "王五",
      applicantKind: "person",
      handlingOrg: orgs.justice,
      respondentOrg: orgs.market,
      actCategory: "penalty",
      actDescription: "罚款",
      receivedDate: "2024-03-01",
      procedure: "ordinary",
    });
    const before = await tableCounts(test.db, ["record_publication", "audit_event"]);
    const error = await errorOf(publishRecord(context, type, reviewer, open.id));
    expect(error.kind).toBe("invalidTransition");
    expect(error.problems[0]).toMatchObject({ field: "state", code: "publication.state" });
    expect(error.message).toBe("当前状态（已收到）不能公开行政复议决定书");
    expect(await tableCounts(test.db, ["record_publication", "audit_event"])).toEqual(before);
    expect((await publicationStatus(context, type, reviewer, open.id)).notPublishableReason).toBe(
      "当前状态（已收到）不能公开",
    );
  });

  it("names an organisation applicant in full", async () => {
    const id = await decidedCase({
      applicantName: "侯马市晋南建材有限公司",
      applicantKind: "organization",
      applicantIdNumber: null,
      applicantCreditCode: "91141081MA0GRXBY2L",
    });
    on("2024-04-18");
    const publicationId = await publishRecord(context, type, head, id);
    const detail = await portal(`/portal/columns/reconsideration/${String(publicationId)}`);
    expect(detail.body).toContain("侯马市晋南建材有限公司不服侯马市市场监督管理局");
  });
});

describe("withdrawal", () => {
  it("by hand: needs a reason, then the item leaves the portal list and detail", async () => {
    const id = await decidedCase({ applicantName: "赵六" });
    on("2024-04-18");
    const publicationId = await publishRecord(context, type, reviewer, id);
    const { recordNumber } = await getRecord(context, type, reviewer, id);
    const search = `/portal/columns/reconsideration?q=${encodeURIComponent(recordNumber ?? "")}`;
    expect((await portal(search)).body).toContain(String(publicationId));
    const noReason = await errorOf(withdrawPublication(context, type, reviewer, id, " "));
    expect(noReason.problems[0]).toMatchObject({ field: "reason", code: "field.invalid" });
    expect((await errorOf(withdrawPublication(context, type, clerk, id, "错误"))).kind).toBe(
      "forbidden",
    );
    await withdrawPublication(context, type, reviewer, id, "决定书文字有误，更正后重新公开");
    expect((await portal(search)).body).not.toContain(`/${String(publicationId)}"`);
    const gone = await portal(`/portal/columns/reconsideration/${String(publicationId)}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain("该信息不存在或已撤回公开");
    expect(
      (await portal(`/api/portal/columns/reconsideration/${String(publicationId)}`)).statusCode,
    ).toBe(404);
    expect(await publicationStatus(context, type, reviewer, id)).toMatchObject({
      status: "withdrawn",
      withdrawalReason: "决定书文字有误，更正后重新公开",
      canPublish: true,
    });
    expect((await historyOf(test.db, "reconsideration", id)).at(-1)?.action).toBe(
      "withdrawPublication",
    );
  });

  it("by the revoking action, automatically and audited; then it cannot be published again", async () => {
    const id = await decidedCase({ applicantName: "钱七" });
    on("2024-04-18");
    const publicationId = await publishRecord(context, type, reviewer, id);
    on("2024-09-02");
    await act(id, "recordRevocation", {
      revocationDate: "2024-09-02",
      revocationReason: "侯马市人民法院（2024）晋1081行初5号判决撤销",
    });
    expect(
      (await portal(`/portal/columns/reconsideration/${String(publicationId)}`)).statusCode,
    ).toBe(404);
    const last = (await historyOf(test.db, "reconsideration", id)).at(-1);
    expect(last).toMatchObject({ action: "withdrawPublication", actorId: null });
    expect(last?.reason).toContain("登记决定被撤销");
    const again = await errorOf(publishRecord(context, type, reviewer, id));
    expect(again.problems[0]).toMatchObject({
      field: "revocationDate",
      code: "publication.revoked",
    });
  });

  it("on expiry after five years, by the sweep", async () => {
    const id = await decidedCase({ applicantName: "孙八" });
    on("2024-04-18");
    const publicationId = await publishRecord(context, type, reviewer, id);
    expect((await publicationStatus(context, type, reviewer, id)).expiresOn).toBe("2029-04-18");
    on("2029-04-17");
    await sweepLapsedClocks(context, [type]);
    expect(
      (await portal(`/portal/columns/reconsideration/${String(publicationId)}`)).statusCode,
    ).toBe(200);
    on("2029-04-18");
    // Hidden from the day it expires, even before the sweep runs.
    expect(
      (await portal(`/portal/columns/reconsideration/${String(publicationId)}`)).statusCode,
    ).toBe(404);
    await sweepLapsedClocks(context, [type]);
    const [row] = await test.db.query<{ state: string; kind: string }>(
      "SELECT state, withdrawal_kind AS kind FROM record_publication WHERE id = $1",
      [publicationId],
    );
    expect(row).toEqual({ state: "withdrawn", kind: "expired" });
    expect((await historyOf(test.db, "reconsideration", id)).at(-1)?.reason).toContain("5年");
  });
});

describe("the publication clock", () => {
  it("is late when the decision is published after its due date, and follows a configured period", async () => {
    const id = await decidedCase({ applicantName: "周九" });
    on("2024-05-20");
    await publishRecord(context, type, reviewer, id);
    expect(await publicationClock(id)).toMatchObject({ dueOn: "2024-05-14", tone: "late" });

    const local = testContext(test.db, "2024-04-15T02:00:00Z");
    const configured = {
      ...local,
      calendar: {
        ...local.calendar,
        periods: new Map([
          [
            "reconsideration.decisionPublication",
            { amount: 7, unit: "day", dayType: "working" } as const,
          ],
        ]),
      },
    };
    const other = await decidedCase({ applicantName: "吴十" });
    const { version } = await getRecord(context, type, clerk, other);
    await updateRecord(configured, type, clerk, other, {
      version,
      values: { amountInvolved: 5000 },
    });
    expect(await publicationClock(other)).toMatchObject({ dueOn: "2024-04-24" });
  });
});

describe("the portal's columns", () => {
  it("pages the list, answers bad paging with 400 and an unknown column with 404", async () => {
    const all = (await portal("/api/portal/columns/reconsideration")).json<{
      items: { id: number }[];
      total: number;
      pageSize: number;
    }>();
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(0);
    expect(all.pageSize).toBe(20);
    const beyond = await portal("/api/portal/columns/reconsideration?page=2");
    expect(beyond.json<{ items: unknown[]; page: number }>()).toMatchObject({ items: [], page: 2 });
    const html = await portal("/portal/columns/reconsideration?page=2");
    expect(html.body).toContain(`第2/1页，共${String(all.total)}条`);
    expect(html.body).toContain("上一页");
    const bad = await portal("/api/portal/columns/reconsideration?page=0");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { problems: { field: string }[] } }>().error.problems[0]?.field).toBe(
      "page",
    );
    expect((await portal("/portal/columns/litigation")).statusCode).toBe(404);
    // One column per record type that declares a publication, in registry order.
    expect((await portal("/api/portal/columns")).json()).toEqual({
      items: recordTypes.flatMap((declared) =>
        declared.publication ? [{ id: declared.id, ...declared.publication.column }] : [],
      ),
    });
    expect((await portal("/api/portal/columns")).json()).toMatchObject({
      items: expect.arrayContaining([
        { id: "reconsideration", section: "政府信息公开", label: "行政复议决定书" },
        { id: "normativeDocument", section: "政府信息公开", label: "行政规范性文件" },
        { id: "decisionCatalog", section: "政府信息公开", label: "重大行政决策事项目录" },
      ]) as unknown,
    });
  });
});
