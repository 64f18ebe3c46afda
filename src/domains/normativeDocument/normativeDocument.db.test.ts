// Normative documents on a real database: refusals naming the field; collective discussion held
// back until the public comment has run and a linked legality review has passed; the 三统一
// number series (an imported number moves it); publication with the status beside the item and
// refreshed on repeal; the filing clock; the validity clock lapsing into 已失效 by the sweep.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { testServer } from "../../../test/support/http.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { asSystem } from "../../engine/actor.js";
import { importRecords } from "../../engine/bulk/import.js";
import { publishRecord } from "../../engine/publication/publish.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import { sweepLapsedClocks } from "../../engine/sweep.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { legalityReview } from "../legalityReview/index.js";
import { normativeDocument as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser; // the drafting market bureau
let office: SignedInUser; // the rule-of-law office (scope all)
let context: ReturnType<typeof testContext>;
let app: FastifyInstance;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  office = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  // Every step below is dated before the engine's today (no event may lie in the future).
  context = testContext(test.db, "2024-12-31T02:00:00Z");
  app = await testServer(context);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

const on = (day: string) => {
  context.setNow(`${day}T02:00:00Z`);
};

const draft = (values: Record<string, unknown> = {}) => ({
  title: "侯马市食品小作坊登记管理办法",
  draftingOrg: orgs.market,
  supervisingOrg: orgs.justice,
  issuingBody: "governmentOffice",
  draftedOn: "2024-01-08",
  isInterim: false,
  isBusinessRelated: false,
  basis: "《中华人民共和国食品安全法》",
  commentMode: "public",
  ...values,
});

async function act(id: number, actionId: string, values: Record<string, unknown>, actor = clerk) {
  const { version } = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version, values });
}

/**
 * A review of the document sent by its drafter, registered and concluded for the justice bureau
 * (its owner) by the office, whose scope is the whole city.
 */
async function reviewOf(id: number, conclusion = "lawful", concludedOn = "2024-03-01") {
  const review = await createRecord(context, legalityReview, office, {
    subjectTitle: "《侯马市食品小作坊登记管理办法》（送审稿）",
    subjectKind: "document",
    isNormative: true,
    subject: `normativeDocument:${String(id)}`,
    requestingOrg: orgs.market,
    reviewingOrg: orgs.justice,
    receivedOn: "2024-02-26",
  });
  const { version } = await getRecord(context, legalityReview, office, review.id);
  await takeAction(context, legalityReview, office, {
    id: review.id,
    actionId: "conclude",
    version,
    values: {
      conclusion,
      opinion: conclusion === "lawful" ? "同意按程序提交审议" : "超越制定权限",
      concludedOn,
      ...(conclusion === "lawful"
        ? {}
        : { problems: [{ kind: "authority", description: "擅自设定行政许可条件" }] }),
    },
  });
  return review.id;
}

/** Drafted, out for comment from 2024-01-15 to `commentEndOn`, and sent for review. */
async function toReview(
  values: Record<string, unknown> = {},
  commentEndOn = "2024-01-31",
  closing: Record<string, unknown> = {},
) {
  const { id } = await createRecord(context, type, clerk, draft(values));
  await act(id, "openComment", { commentStartOn: "2024-01-15" });
  await act(id, "closeComment", {
    commentEndOn,
    commentsReceived: 6,
    commentsAdopted: 2,
    ...closing,
  });
  await act(id, "submitForReview", { reviewRequestedOn: "2024-02-26" });
  return id;
}

const discussion = {
  discussedOn: "2024-03-12",
  discussionSession: "2024年第5次市政府常务会议",
  discussionResult: "approved",
};

/** A document taken to publication, returning its id. */
async function issued(values: Record<string, unknown> = {}, registeredOn = "2024-03-18") {
  on("2024-12-31");
  const id = await toReview(values);
  await reviewOf(id);
  await act(id, "discuss", discussion, office);
  await act(id, "register", { registeredOn, issuingNumber: `侯政办发〔2024〕${String(id)}号` });
  await act(id, "issue", {
    publishedOn: "2024-03-20",
    effectiveOn: "2024-04-01",
    status: "valid",
  });
  return id;
}

const clockOf = async (id: number, clockId: string) =>
  (await getRecord(context, type, office, id)).clocks.find((clock) => clock.clockId === clockId);

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
    expect(checkDeclaration(legalityReview, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("drafting", () => {
  it("refuses a draft without its basis, or exempt from comment without a reason, naming the field", async () => {
    const noBasis = await errorOf(createRecord(context, type, clerk, draft({ basis: "" })));
    expect(noBasis.problems.map((problem) => problem.field)).toContain("basis");
    const exempt = await errorOf(
      createRecord(context, type, clerk, draft({ commentMode: "exempt" })),
    );
    expect(exempt.problems.map((problem) => problem.field)).toContain("commentExemptReason");
  });

  it("refuses more adopted comments than received, and a comment closing before it opened", async () => {
    const { id } = await createRecord(context, type, clerk, draft());
    await act(id, "openComment", { commentStartOn: "2024-01-15" });
    const adopted = await errorOf(
      act(id, "closeComment", {
        commentEndOn: "2024-01-31",
        commentsReceived: 2,
        commentsAdopted: 3,
      }),
    );
    expect(adopted.problems[0]).toMatchObject({ field: "commentsAdopted" });
    const early = await errorOf(
      act(id, "closeComment", {
        commentEndOn: "2024-01-10",
        commentsReceived: 2,
        commentsAdopted: 1,
      }),
    );
    expect(early.problems[0]).toMatchObject({ field: "commentEndOn", code: "date.order" });
  });
});

describe("collective discussion", () => {
  it("is refused without a passing legality review linked to the document", async () => {
    const id = await toReview();
    const none = await errorOf(act(id, "discuss", discussion, office));
    expect(none.problems.map((problem) => problem.field)).toEqual(["legalityReview"]);
    await reviewOf(id, "unlawful");
    const failed = await errorOf(act(id, "discuss", discussion, office));
    expect(failed.problems.map((problem) => problem.field)).toEqual(["legalityReview"]);
    expect(failed.message).toContain("不得提交集体审议");
    await reviewOf(id, "lawful");
    await act(id, "discuss", discussion, office);
    expect((await getRecord(context, type, office, id)).state).toBe("discussed");
  });

  it("is refused before the comment period has run (7 working days; 30 days for business), unless the shortening is explained", async () => {
    // 2024-01-15 to 2024-01-19: five working days.
    const short = await toReview({}, "2024-01-19");
    await reviewOf(short);
    const refused = await errorOf(act(short, "discuss", discussion, office));
    // The refusal names the date that is too early (the item's end field).
    expect(refused.problems.map((problem) => problem.field)).toEqual(["commentEndOn"]);
    expect(refused.message).toContain("公开征求意见期限不足");

    // Business-related: 2024-01-15 to 2024-01-31 is 16 days, under 30.
    const business = await toReview({ isBusinessRelated: true });
    await reviewOf(business);
    const tooShort = await errorOf(act(business, "discuss", discussion, office));
    expect(tooShort.problems.map((problem) => problem.field)).toEqual(["commentEndOn"]);

    const explained = await toReview({ isBusinessRelated: true }, "2024-01-31", {
      commentShortenedReason: "为按期落实省级部署，经市政府同意缩短征求意见期限",
    });
    await reviewOf(explained);
    await act(explained, "discuss", discussion, office);
    expect((await getRecord(context, type, office, explained)).state).toBe("discussed");
  });

  it("lists the checklist with what is met on the record", async () => {
    const id = await toReview();
    const view = (await getRecord(context, type, office, id)) as unknown as {
      checklists?: { action: string; items: { id: string; met: boolean }[] }[];
    };
    const discuss = view.checklists?.find((list) => list.action === "discuss");
    expect(discuss?.items.map((item) => [item.id, item.met])).toEqual([
      ["publicComment", true],
      ["legalityReview", false],
    ]);
  });
});

describe("registration (三统一)", () => {
  it("numbers the year's registrations 1, 2, and an imported number moves the series", async () => {
    const first = await issued({}, "2024-03-18");
    const second = await issued({}, "2024-03-19");
    const numberOf = async (id: number) =>
      (await getRecord(context, type, office, id)).values.registrationNumber;
    expect(await numberOf(first)).toBe("侯规〔2024〕1号");
    expect(await numberOf(second)).toBe("侯规〔2024〕2号");

    const imported = await importRecords(
      context,
      type,
      asSystem("导入历史文件"),
      [
        {
          state: "registered",
          values: {
            ...draft({ title: "侯马市农贸市场建设管理办法" }),
            discussedOn: "2024-04-01",
            discussionResult: "approved",
            registeredOn: "2024-04-02",
            registrationNumber: "侯规〔2024〕7号",
            issuingNumber: "侯政办发〔2024〕70号",
          },
        },
      ],
      { source: { file: null, note: "测试导入" } },
    );
    expect(imported.ok).toBe(true);
    const third = await issued({}, "2024-03-20");
    expect(await numberOf(third)).toBe("侯规〔2024〕8号");
  });

  it("refuses registration without the issuing number, naming it", async () => {
    const id = await toReview();
    await reviewOf(id);
    await act(id, "discuss", discussion, office);
    const error = await errorOf(act(id, "register", { registeredOn: "2024-03-18" }));
    expect(error.problems.map((problem) => problem.field)).toContain("issuingNumber");
  });
});

describe("issue", () => {
  it("refuses to issue a document other than in force, naming the status", async () => {
    const id = await toReview();
    await reviewOf(id);
    await act(id, "discuss", discussion, office);
    await act(id, "register", {
      registeredOn: "2024-03-18",
      issuingNumber: "侯政办发〔2024〕90号",
    });
    const error = await errorOf(
      act(id, "issue", {
        publishedOn: "2024-03-20",
        effectiveOn: "2024-04-01",
        status: "repealed",
      }),
    );
    expect(error.problems[0]).toMatchObject({ field: "status", code: "status.issue" });
  });
});

describe("publication", () => {
  const portal = (url: string) => app.inject({ method: "GET", url });

  it("shows the document with its number and status 有效, and 已废止 after the repeal", async () => {
    const id = await issued({ title: "侯马市城区占道经营管理办法" });
    const publicationId = await publishRecord(context, type, clerk, id);
    const list = await portal("/portal/columns/normativeDocument");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("侯马市城区占道经营管理办法");
    expect(list.body).toContain("有效");
    const detail = `/portal/columns/normativeDocument/${String(publicationId)}`;
    expect((await portal(detail)).body).toContain("侯规〔2024〕");

    await act(id, "repeal", {
      repealedOn: "2024-10-10",
      repealNumber: "侯政发〔2024〕30号",
      repealReason: "经2024年清理，与上位法不一致",
    });
    const after = await portal(detail);
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain("已废止");
    expect(after.body).toContain("侯政发〔2024〕30号");
    expect((await portal("/portal/columns/normativeDocument")).body).toContain("已废止");
  });
});

describe("filing with the level above", () => {
  it("runs 30 days from publication and stops on time when filed", async () => {
    const id = await issued();
    expect(await clockOf(id, "filing")).toMatchObject({
      status: "running",
      startedOn: "2024-03-20",
      dueOn: "2024-04-19",
    });
    await act(id, "file", { filedOn: "2024-04-10", filedTo: "临汾市人民政府" });
    expect(await clockOf(id, "filing")).toMatchObject({ status: "stopped", tone: "met" });
    const twice = await errorOf(
      act(id, "file", { filedOn: "2024-04-11", filedTo: "临汾市人民政府" }),
    );
    expect(twice.problems[0]).toMatchObject({ field: "filedOn", code: "step.done" });
  });

  it("asks a late filing to say so, with the reason", async () => {
    const id = await issued();
    const unsaid = await errorOf(
      act(id, "file", { filedOn: "2024-05-06", filedTo: "临汾市人民政府" }),
    );
    expect(unsaid.problems[0]).toMatchObject({ field: "filedLate", code: "filing.late" });
    const noReason = await errorOf(
      act(id, "file", { filedOn: "2024-05-06", filedTo: "临汾市人民政府", filedLate: true }),
    );
    expect(noReason.problems.map((problem) => problem.field)).toContain("lateReason");
    await act(id, "file", {
      filedOn: "2024-05-06",
      filedTo: "临汾市人民政府",
      filedLate: true,
      lateReason: "经办人员变动，交接不及时",
    });
    expect(await clockOf(id, "filing")).toMatchObject({ status: "stopped", tone: "late" });
  });
});

describe("cleanup", () => {
  it("appends rows and refuses changing earlier ones", async () => {
    const id = await issued();
    const row = {
      cleanedOn: "2024-06-20",
      batch: "2024年营商环境领域规范性文件清理",
      result: "keep",
    };
    await act(id, "recordCleanup", { cleanups: [row] }, office);
    const changed = await errorOf(
      act(id, "recordCleanup", { cleanups: [{ ...row, result: "repeal" }] }, office),
    );
    expect(changed.problems[0]).toMatchObject({ field: "cleanups", code: "cleanups.append" });
    await act(
      id,
      "recordCleanup",
      {
        cleanups: [row, { ...row, cleanedOn: "2024-09-12", batch: "2024年产权保护领域清理" }],
      },
      office,
    );
    const { values } = await getRecord(context, type, office, id);
    expect(values.cleanups).toHaveLength(2);
  });
});

describe("validity", () => {
  it("is 2 years for an interim document; the sweep records the lapse as 已失效", async () => {
    const id = await issued({ title: "侯马市公共资源交易管理暂行办法", isInterim: true });
    on("2024-03-21");
    const publicationId = await publishRecord(context, type, clerk, id);
    expect(await clockOf(id, "validity")).toMatchObject({
      status: "running",
      ruleId: "normativeDocument.validityInterim",
      startedOn: "2024-04-01",
      dueOn: "2026-04-01",
    });
    on("2026-04-01");
    await sweepLapsedClocks(context, [type]);
    expect((await getRecord(context, type, office, id)).state).toBe("effective");
    on("2026-04-02");
    const { failures } = await sweepLapsedClocks(context, [type]);
    expect(failures).toEqual([]);
    const view = await getRecord(context, type, office, id);
    expect(view).toMatchObject({ state: "expired" });
    expect(view.values).toMatchObject({ status: "expired", expiredOn: "2026-04-01" });
    const detail = await app.inject({
      method: "GET",
      url: `/portal/columns/normativeDocument/${String(publicationId)}`,
    });
    expect(detail.body).toContain("已失效");
  });

  it("is 5 years for other documents (ending on the next working day after a Sunday)", async () => {
    const id = await issued();
    expect(await clockOf(id, "validity")).toMatchObject({
      ruleId: "normativeDocument.validity",
      dueOn: "2029-04-02",
    });
  });
});
