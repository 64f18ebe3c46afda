// The annual report through the API: drafting from the template, the bare-number rule and its
// offer, paragraph versions, stale versions, publication refused with reasons and then allowed,
// the frozen published text, the public portal without login, and who may see what.
import JSZip from "jszip";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../test/support/http.js";
import { publicityProduction } from "../domains/publicity/index.js";
import { verifyAuditChain } from "../engine/audit.js";
import { createRecord } from "../engine/records-write.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;
let office: Client;
let clerk: Client;
let clerkUser: SignedInUser;
let reportId: number;

interface ErrorBody {
  error: {
    code: string;
    problems: {
      field: string;
      code: string;
      message: string;
      detail?: { key?: string; part?: string };
    }[];
  };
}
interface Paragraph {
  id: number;
  text: string;
  version: number;
  updatedByName: string | null;
}
interface View {
  report: { version: number; status: string };
  parts: { id: string; paragraphs: Paragraph[] }[];
  figures: { key: string; formatted: string }[];
  labels: Record<string, string>;
  problems: { missing: { key: string }[]; emptyParts: string[] };
}

const produce = (title: string, producedDate: string) =>
  createRecord(context, publicityProduction, clerkUser, {
    title,
    kind: "microVideo",
    producedDate,
    producerOrg: orgs.justice,
  });

const view = async (): Promise<View> =>
  (await office.request("GET", `/api/reports/${String(reportId)}`)).json();
const paragraphsOf = (current: View) => current.parts.flatMap((part) => part.paragraphs);
const disputesParagraph = (current: View) => {
  const found = paragraphsOf(current).find((p) => p.text.includes("{{publicity.videos}}"));
  if (!found) throw new Error("no publicity paragraph");
  return found;
};

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db, "2024-01-15T02:00:00Z");
  app = await testServer(context);
  const officeUser = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  clerkUser = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  office = await clientFor(app, context, officeUser.id);
  clerk = await clientFor(app, context, clerkUser.id);
  await produce("法治微视频《买卖两卡涉嫌帮信罪》", "2023-05-26");
  await produce("普法公益广告《守法》", "2023-09-01");
  await produce("2022年的作品", "2022-09-01");
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("drafting", () => {
  it("creates a report once, from the template, refusing bad input by field", async () => {
    expect(
      (
        await office.request("POST", "/api/reports", { org: orgs.city, year: 1999 })
      ).json<ErrorBody>().error.problems[0]?.field,
    ).toBe("year");
    expect(
      (await office.request("POST", "/api/reports", { org: 99_999, year: 2023 })).json<ErrorBody>()
        .error.problems[0]?.field,
    ).toBe("org");
    expect(
      (await clerk.request("POST", "/api/reports", { org: orgs.city, year: 2023 })).statusCode,
    ).toBe(403);
    const created = await office.request("POST", "/api/reports", { org: orgs.city, year: 2023 });
    expect(created.statusCode).toBe(201);
    reportId = created.json<{ id: number }>().id;
    expect(
      (await office.request("POST", "/api/reports", { org: orgs.city, year: 2023 })).statusCode,
    ).toBe(409);
    const current = await view();
    expect(current.figures.find((figure) => figure.key === "publicity.videos")?.formatted).toBe(
      "2",
    );
    expect(current.problems.missing.map((figure) => figure.key)).toContain("enforcement.teams");
    expect(current.problems.emptyParts).toEqual(["shortcomings", "leaders", "plan"]);
    // Every figure a paragraph may cite has its Chinese label for the editor, declared or not.
    expect(current.labels["publicity.videos"]).toBe("法治微视频、普法公益广告制作数");
    expect(current.labels["leadership.instructions"]).toBe("党政主要负责人对法治工作作出批示次数");
    expect(current.labels["legality.draftDocumentsReviewed"]).toBe("合法性审核的文件草案数");
    const cited = paragraphsOf(current).flatMap((paragraph) =>
      [...paragraph.text.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1] ?? ""),
    );
    expect(cited.filter((key) => !/\p{Script=Han}/u.test(current.labels[key] ?? ""))).toEqual([]);
  });

  it("refuses a typed number an indicator gives, offering the indicator, and changes nothing", async () => {
    const before = disputesParagraph(await view());
    const typed = await office.request(
      "PUT",
      `/api/reports/${String(reportId)}/paragraphs/${String(before.id)}`,
      {
        version: before.version,
        text: "拍摄法治微视频、普法公益广告2部。",
      },
    );
    expect(typed.statusCode).toBe(400);
    expect(typed.json<ErrorBody>().error.problems).toEqual([
      expect.objectContaining({
        field: "text",
        code: "report.bareNumber",
        detail: {
          number: "2",
          keys: ["publicity.videos"],
          replacements: ["{{publicity.videos}}"],
        },
      }),
    ]);
    expect(disputesParagraph(await view())).toEqual(before);
    const unknown = await office.request(
      "PUT",
      `/api/reports/${String(reportId)}/paragraphs/${String(before.id)}`,
      { version: before.version, text: "共{{no.suchKey}}件" },
    );
    expect(unknown.json<ErrorBody>().error.problems[0]).toMatchObject({
      field: "text",
      code: "report.unknownIndicator",
    });
  });

  it("keeps every version with who wrote it, and refuses a stale version", async () => {
    const before = disputesParagraph(await view());
    const text = "2023年，拍摄法治微视频、普法公益广告{{publicity.videos}}部。";
    const url = `/api/reports/${String(reportId)}/paragraphs/${String(before.id)}`;
    expect((await office.request("PUT", url, { version: before.version, text })).statusCode).toBe(
      200,
    );
    expect((await office.request("PUT", url, { version: before.version, text })).statusCode).toBe(
      409,
    );
    const versions = (await office.request("GET", `${url}/versions`)).json<{
      items: { version: number; text: string; changedByName: string }[];
    }>().items;
    expect(versions.map((v) => [v.version, v.text, v.changedByName])).toEqual([
      [2, text, "测试fzb"],
      [1, before.text, "测试fzb"],
    ]);
  });

  it("previews HTML whose figures link to the records behind them", async () => {
    const html = (await office.request("GET", `/api/reports/${String(reportId)}/preview`)).body;
    expect(html).toContain(
      `<a class="figure" data-indicator="publicity.videos" href="/indicators/publicity.videos?org=${String(orgs.city)}&amp;year=2023">2</a>`,
    );
    expect(html).toContain(
      'data-indicator="enforcement.teams" data-status="missing">〔缺少数据：市级综合行政执法队领域数〕',
    );
    expect(html).toContain(
      '<p class="draft-mark" data-testid="draft-mark">草稿（未发布，仅供内部审阅）</p>',
    );
  });
});

describe("publication", () => {
  it("is refused while figures are missing, parts empty or the date unset, naming each", async () => {
    const refused = await office.request("POST", `/api/reports/${String(reportId)}/publish`, {
      version: (await view()).report.version,
    });
    expect(refused.statusCode).toBe(400);
    const codes = refused
      .json<ErrorBody>()
      .error.problems.map((p) => `${p.code}:${p.detail?.key ?? p.detail?.part ?? ""}`);
    expect(codes).toContain("report.missingFigure:enforcement.teams");
    expect(codes).toContain("report.emptyPart:plan");
    expect(codes).toContain("report.noValue:mediation.successRate");
    expect(codes).toContain("report.noDate:");
    // People read labels; the key stays in the detail for programs.
    const messages = refused.json<ErrorBody>().error.problems.map((p) => p.message);
    expect(messages).toContain("缺少数据来源的指标：市级综合行政执法队领域数");
    expect(messages).toContain("指标无法计算（如分母为零或未下达目标）：调解成功率");
    expect(messages.filter((message) => /[a-z]\.[a-z]/i.test(message))).toEqual([]);
  });

  it("publishes a complete report, which then no longer changes", async () => {
    const current = await view();
    // Keep only paragraphs whose figures all have a value (no source or a rate over zero: delete).
    const declared = new Set(
      current.figures.filter((figure) => figure.formatted !== "—").map((figure) => figure.key),
    );
    for (const paragraph of paragraphsOf(current)) {
      const keys = [...paragraph.text.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1] ?? "");
      if (keys.some((key) => !declared.has(key)))
        expect(
          (
            await office.request(
              "DELETE",
              `/api/reports/${String(reportId)}/paragraphs/${String(paragraph.id)}?version=${String(paragraph.version)}`,
            )
          ).statusCode,
        ).toBe(204);
    }
    const emptyParts = (await view()).problems.emptyParts;
    // A section none of whose figures has a record type yet (section 一 has its own since issue 12,
    // section 二 its business-environment tasks since issue 13, section 三 its contract reviews
    // since issue 14).
    expect(emptyParts).toContain("measures.enforcement");
    expect(emptyParts).not.toContain("measures.institutions");
    for (const part of emptyParts) {
      const added = await office.request("POST", `/api/reports/${String(reportId)}/paragraphs`, {
        part,
        text: "已按要求落实。",
      });
      expect(added.statusCode).toBe(201);
    }
    const dated = await office.request("PATCH", `/api/reports/${String(reportId)}`, {
      version: (await view()).report.version,
      issuedOn: "2024-01-19",
      issuers: "侯马市人民政府",
    });
    expect(dated.statusCode).toBe(200);
    const published = await office.request("POST", `/api/reports/${String(reportId)}/publish`, {
      version: dated.json<{ version: number }>().version,
    });
    expect(published.json()).toMatchObject({ status: "published" });
    const paragraph = disputesParagraph(await view());
    const edit = await office.request(
      "PUT",
      `/api/reports/${String(reportId)}/paragraphs/${String(paragraph.id)}`,
      { version: paragraph.version, text: "改动" },
    );
    expect(edit.json<ErrorBody>().error.code).toBe("report.published");
    // A record added afterwards does not change what was published.
    await produce("发布后的作品", "2023-12-30");
    expect(
      (await office.request("GET", `/api/reports/${String(reportId)}/preview`)).body,
    ).toContain('data-indicator="publicity.videos"');
    expect((await office.request("GET", `/api/reports/${String(reportId)}/preview`)).body).toMatch(
      /data-indicator="publicity.videos"[^>]*>2</,
    );
  });

  it("appears on the public portal without login, in HTML and Word", async () => {
    const list = await app.inject({ method: "GET", url: "/portal" });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(
      `<a href="/portal/reports/${String(reportId)}">侯马市人民政府2023年法治政府建设年度报告</a>`,
    );
    expect(
      (await app.inject({ method: "GET", url: "/api/portal/reports" })).json<{ items: unknown[] }>()
        .items,
    ).toEqual([expect.objectContaining({ id: reportId, year: 2023 })]);
    const page = await app.inject({ method: "GET", url: `/portal/reports/${String(reportId)}` });
    expect(page.body).toMatch(
      /<span class="figure" data-indicator="publicity.videos" data-status="ok">2<\/span>/,
    );
    expect(page.body).not.toContain("/indicators/");
    expect(page.body).not.toContain(`data-testid="draft-mark"`);
    const word = await app.inject({
      method: "GET",
      url: `/portal/reports/${String(reportId)}/docx`,
    });
    expect(word.headers["content-type"]).toContain("wordprocessingml");
    const xml = await (
      await JSZip.loadAsync(word.rawPayload)
    )
      .file("word/document.xml")
      ?.async("string");
    expect(xml).toContain("侯马市人民政府2023年法治政府建设年度报告");
    expect(xml).toContain("2024年1月19日");
    expect(xml).not.toContain("草稿");
    expect((await app.inject({ method: "GET", url: "/portal/reports/999999" })).statusCode).toBe(
      404,
    );
  });
});

describe("correction", () => {
  it("withdraws a published report with a reason, then publishes the corrected one", async () => {
    const url = `/api/reports/${String(reportId)}`;
    const published = (await view()).report.version;
    const noReason = await office.request("POST", `${url}/withdraw`, {
      version: published,
      reason: " ",
    });
    expect(noReason.json<ErrorBody>().error.problems[0]?.field).toBe("reason");
    const stale = await office.request("POST", `${url}/withdraw`, {
      version: published - 1,
      reason: "数字有误",
    });
    expect(stale.statusCode).toBe(409);
    const withdrawn = await office.request("POST", `${url}/withdraw`, {
      version: published,
      reason: "数字有误，更正后重新发布",
    });
    expect(withdrawn.json()).toMatchObject({ status: "draft", publishedAt: null });
    expect(
      (await app.inject({ method: "GET", url: `/portal/reports/${String(reportId)}` })).statusCode,
    ).toBe(404);
    const paragraph = disputesParagraph(await view());
    const fixed = await office.request("PUT", `${url}/paragraphs/${String(paragraph.id)}`, {
      version: paragraph.version,
      text: "更正：拍摄法治微视频、普法公益广告{{publicity.videos}}部。",
    });
    expect(fixed.statusCode).toBe(200);
    const again = await office.request("POST", `${url}/publish`, {
      version: (await view()).report.version,
    });
    expect(again.json()).toMatchObject({ status: "published" });
    // The record added after the first publication now counts: 3.
    const page = await app.inject({ method: "GET", url: `/portal/reports/${String(reportId)}` });
    expect(page.body).toMatch(
      /更正：拍摄法治微视频、普法公益广告<span class="figure" data-indicator="publicity.videos" data-status="ok">3<\/span>部/,
    );
  });
});

describe("access", () => {
  it("shows reports only to their readers, and leaves an unbroken audit chain", async () => {
    expect((await clerk.request("GET", "/api/reports")).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    expect((await clerk.request("GET", `/api/reports/${String(reportId)}`)).statusCode).toBe(404);
    // A leader whose scope is only the city government itself would see partial figures: no report.
    const narrow = await createTestUser(test.db, {
      username: "leader_own",
      orgId: orgs.city,
      roles: ["leader"],
      scope: "own",
    });
    const narrowClient = await clientFor(app, context, narrow.id);
    expect((await narrowClient.request("GET", `/api/reports/${String(reportId)}`)).statusCode).toBe(
      404,
    );
    const wide = await createTestUser(test.db, {
      username: "leader_all",
      orgId: orgs.city,
      roles: ["leader"],
      scope: "subtree",
    });
    const wideClient = await clientFor(app, context, wide.id);
    expect((await wideClient.request("GET", `/api/reports/${String(reportId)}`)).statusCode).toBe(
      200,
    );
    expect(
      (await office.request("GET", "/api/reports")).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
    const events = await test.db.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE record_type = 'annualReport' ORDER BY seq",
    );
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        "create",
        "reviseParagraph",
        "deleteParagraph",
        "addParagraph",
        "updateHeader",
        "publish",
        "withdraw",
      ]),
    );
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});
