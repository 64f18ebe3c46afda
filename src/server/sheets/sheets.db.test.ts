// Spreadsheets over HTTP on a real database: the template, imports reported as JSON lines (all or
// nothing, problems by sheet, row and column), the problem sheet, and exports through the spool.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { multipart, pdfBytes } from "../../../test/support/files.js";
import type { Role, Scope } from "../../kernel/roles.js";
import { loadWorkbook, workbookBytes } from "../../sheets/testing.js";
import { buildServer } from "../app.js";
import { createSession, SESSION_COOKIE } from "../auth/sessions.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;

interface Caller {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: object) => Promise<LightMyRequestResponse>;
  upload: (url: string, fileName: string, bytes: Buffer) => Promise<LightMyRequestResponse>;
}
const callers = new Map<string, Caller>();
const userIds = new Map<string, number>();
const as = (name: string): Caller => {
  const caller = callers.get(name);
  if (!caller) throw new Error(`no caller ${name}`);
  return caller;
};

async function addCaller(name: string, orgId: number, roles: Role[], scope: Scope = "own") {
  const user = await createTestUser(test.db, { username: name, orgId, roles, scope });
  userIds.set(name, user.id);
  const session = await createSession(test.db, user.id, context.now());
  const cookies = { [SESSION_COOKIE]: session.cookie };
  const headers = { "x-csrf-token": session.csrfToken };
  callers.set(name, {
    get: (url) => app.inject({ method: "GET", url, cookies, headers }),
    post: (url, body = {}) =>
      app.inject({
        method: "POST",
        url,
        cookies,
        headers,
        payload: body as Record<string, unknown>,
      }),
    upload: (url, fileName, bytes) => {
      const form = multipart(fileName, bytes);
      return app.inject({
        method: "POST",
        url,
        payload: form.payload,
        cookies,
        headers: { ...headers, ...form.headers },
      });
    },
  });
}

type Line = Record<string, unknown>;
const linesOf = (response: LightMyRequestResponse): Line[] =>
  response.payload
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Line);
const finalOf = (response: LightMyRequestResponse): Line => linesOf(response).at(-1) ?? {};

const HEADERS = [
  "序号",
  "申请人*",
  "申请人类型*",
  "复议机构*",
  "被申请人*",
  "行政行为类别*",
  "被申请复议的行政行为*",
  "收到申请日期*",
  "审理程序*",
];
const caseRow = (n: number, name: string, received: string) => [
  n,
  name,
  "自然人",
  "侯马市司法局",
  "侯马市市场监督管理局",
  "行政处罚",
  "罚款五千元的行政处罚决定",
  received,
  "普通程序",
];
const caseFile = (...rows: (string | number)[][]) =>
  workbookBytes({ 行政复议案件: [HEADERS, ...rows] });

const TABLES = ["r_reconsideration", "audit_event"];
const counts = () => tableCounts(test.db, TABLES);
const IMPORT = "/api/records/reconsideration/import";
const applicants = async (name: string) =>
  (
    await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_reconsideration WHERE applicant_name LIKE $1",
      [`${name}%`],
    )
  )[0]?.n;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db, "2025-01-10T02:00:00Z");
  app = await buildServer({ context, webDir: null });
  await app.ready();
  await addCaller("clerk", orgs.justice, ["clerk"]);
  await addCaller("leader", orgs.city, ["leader"], "all");
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("the import template", () => {
  it("is an .xlsx named after the type whose first sheet has the Chinese headers", async () => {
    const response = await as("clerk").get("/api/records/reconsideration/template");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(
      encodeURIComponent("行政复议案件导入模板.xlsx"),
    );
    const workbook = await loadWorkbook(response.rawPayload);
    const first = workbook.worksheets[0];
    expect(first?.name).toBe("行政复议案件");
    expect(first?.getRow(1).values).toEqual(expect.arrayContaining(["申请人*", "收到申请日期*"]));
  });

  it("is refused to those who may not create the type", async () => {
    const response = await as("leader").get("/api/records/reconsideration/template");
    expect(response.statusCode).toBe(403);
  });
});

describe("importing a file", () => {
  it("creates every record, reporting progress as JSON lines and the count at the end", async () => {
    const before = await counts();
    const response = await as("clerk").upload(
      IMPORT,
      "复议案件.xlsx",
      await caseFile(caseRow(1, "导入甲一", "2024-12-02"), caseRow(2, "导入甲二", "2024-12-03")),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    const lines = linesOf(response);
    expect(lines[0]).toEqual({ phase: "reading", done: 0, total: null });
    const phases = new Set(lines.slice(0, -1).map((line) => line["phase"]));
    expect([...phases]).toEqual(["reading", "checking", "writing"]);
    expect(lines).toContainEqual({ phase: "writing", done: 2, total: 2 });
    expect(lines.at(-1)).toEqual({
      ok: true,
      imported: 2,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    });
    expect(await applicants("导入甲")).toBe(2);
    expect((await counts()).r_reconsideration).toBe((before.r_reconsideration ?? 0) + 2);
  });

  it("checks without writing when asked (dryRun)", async () => {
    const before = await counts();
    const response = await as("clerk").upload(
      `${IMPORT}?dryRun=true`,
      "复议案件.xlsx",
      await caseFile(caseRow(1, "导入乙一", "2024-12-02")),
    );
    expect(finalOf(response)).toEqual({
      ok: true,
      imported: 1,
      updated: 0,
      unchanged: 0,
      dryRun: true,
    });
    expect((await counts()).r_reconsideration).toBe(before.r_reconsideration);
  });

  it("imports nothing when one row is wrong, and names the row and the column of each problem", async () => {
    const before = await counts();
    const response = await as("clerk").upload(
      IMPORT,
      "复议案件.xlsx",
      await caseFile(
        caseRow(1, "导入丙一", "2024-12-02"),
        caseRow(2, "导入丙二", "2024-02-30"),
        caseRow(3, "", "2024-12-04"),
      ),
    );
    expect(response.statusCode).toBe(200);
    const outcome = finalOf(response) as { ok: boolean; problems: Record<string, unknown>[] };
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ sheet: "行政复议案件", line: 3, column: "收到申请日期" }),
      expect.objectContaining({ sheet: "行政复议案件", line: 4, column: "申请人" }),
    ]);
    expect(String(outcome.problems[0]?.["message"])).toMatch(/日期/);
    expect(await applicants("导入丙")).toBe(0);
    expect((await counts()).r_reconsideration).toBe(before.r_reconsideration);
  });

  it("refuses a user who may not create the type with 403 before reading, storing nothing", async () => {
    const before = await counts();
    const response = await as("leader").upload(
      IMPORT,
      "复议案件.xlsx",
      await caseFile(caseRow(1, "导入丁一", "2024-12-02")),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await counts()).toEqual(before);
  });

  it("ends with the reader's problem for a file that is not a spreadsheet", async () => {
    const response = await as("clerk").upload(IMPORT, "申请书.pdf", pdfBytes(2000));
    expect(response.statusCode).toBe(200);
    expect(finalOf(response)).toEqual({
      ok: false,
      problems: [
        {
          sheet: "申请书.pdf",
          line: 0,
          column: "",
          message: "文件“申请书.pdf”是 PDF 文件，不是 Excel（.xlsx）或 CSV 文件",
        },
      ],
    });
  });

  it("reads a CSV in GB18030, as Excel on a Chinese Windows saves it", async () => {
    const csv = [HEADERS, caseRow(1, "导入戊一", "2024-12-05")]
      .map((row) => row.join(","))
      .join("\r\n");
    const bytes = iconv.encode(csv, "gb18030");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const response = await as("clerk").upload(IMPORT, "复议案件.csv", bytes);
    expect(finalOf(response)).toEqual({
      ok: true,
      imported: 1,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    });
    const [stored] = await test.db.query<{ applicant_name: string }>(
      "SELECT applicant_name FROM r_reconsideration WHERE applicant_name = '导入戊一'",
    );
    expect(stored?.applicant_name).toBe("导入戊一");
  });

  it("takes a 50 MB upload (the file is read, not refused by size), and refuses one over the limit", async () => {
    const big = pdfBytes(50 * 1024 * 1024);
    const response = await as("clerk").upload(IMPORT, "大文件.pdf", big);
    expect(response.statusCode).toBe(200);
    expect(finalOf(response)).toMatchObject({ ok: false, problems: [{ line: 0 }] });

    const small = await buildServer({ context, webDir: null, importMaxBytes: 1024 * 1024 });
    const session = await createSession(test.db, userIds.get("clerk") ?? 0, context.now());
    const form = multipart("大文件.pdf", pdfBytes(2 * 1024 * 1024));
    const refused = await small.inject({
      method: "POST",
      url: IMPORT,
      payload: form.payload,
      cookies: { [SESSION_COOKIE]: session.cookie },
      headers: { "x-csrf-token": session.csrfToken, ...form.headers },
    });
    await small.close();
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ error: { code: "import.tooLarge" } });
  }, 120_000);
});

describe("progress over a real connection", () => {
  it("arrives while the work runs, not all at once at the end", async () => {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const session = await createSession(test.db, userIds.get("clerk") ?? 0, context.now());
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      caseRow(i + 1, `进度${String(i)}`, "2024-12-02").join(","),
    );
    const form = new FormData();
    form.append("file", new Blob([[HEADERS.join(","), ...rows].join("\r\n")]), "大批.csv");
    const response = await fetch(`http://127.0.0.1:${String(port)}${IMPORT}?dryRun=true`, {
      method: "POST",
      body: form,
      headers: { cookie: `${SESSION_COOKIE}=${session.cookie}`, "x-csrf-token": session.csrfToken },
    });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    // What each network read brought: the lines sent since the last one.
    const arrivals: Line[][] = [];
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      arrivals.push(
        chunk.value
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line) as Line),
      );
    }
    expect(arrivals.flat().at(-1)).toEqual({
      ok: true,
      imported: 12_000,
      updated: 0,
      unchanged: 0,
      dryRun: true,
    });
    const firstChecking = arrivals.findIndex((lines) =>
      lines.some((line) => line["phase"] === "checking"),
    );
    const final = arrivals.findIndex((lines) => lines.some((line) => "ok" in line));
    // Reading was reported before checking began, and checking before the outcome.
    expect(firstChecking).toBeGreaterThan(0);
    expect(final).toBeGreaterThan(firstChecking);
  });
});

describe("the problem sheet", () => {
  it("is an .xlsx of the problems posted, one row each", async () => {
    const problems = [
      { sheet: "行政复议案件", line: 3, column: "收到申请日期", message: "日期无效" },
      { sheet: "第三人", line: 5, column: "姓名", message: "请填写" },
    ];
    const response = await as("clerk").post("/api/sheets/problems", { problems });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent("导入问题.xlsx"));
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "工作表", "行号", "列", "问题"]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "行政复议案件",
      3,
      "收到申请日期",
      "日期无效",
    ]);
    expect(sheet?.rowCount).toBe(3);
  });

  it("refuses a body that is not a list of problems, or a list over 200,000", async () => {
    const response = await as("clerk").post("/api/sheets/problems", { problems: [{ line: -1 }] });
    expect(response.statusCode).toBe(400);
    const one = { sheet: "行政复议案件", line: 3, column: "申请人", message: "请填写" };
    const tooMany = await as("clerk").post("/api/sheets/problems", {
      problems: Array.from({ length: 200_001 }, () => one),
    });
    expect(tooMany.statusCode).toBe(400);
  });
});

describe("an export with progress", () => {
  it("reports rows written, then hands the file once to the user who made it", async () => {
    const response = await as("clerk").post("/api/records/reconsideration/exports?q=导入甲");
    expect(response.statusCode).toBe(200);
    const lines = linesOf(response);
    expect(lines[0]).toEqual({ done: 0, total: 2 });
    const last = lines.at(-1) as { ok: boolean; download: string; rows: number };
    expect(last).toMatchObject({ ok: true, rows: 2 });
    expect(last.download).toMatch(/^\/api\/exports\/[A-Za-z0-9_-]{32}$/);
    expect((await as("leader").get(last.download)).statusCode).toBe(404);
    const file = await as("clerk").get(last.download);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toContain(encodeURIComponent("行政复议案件.xlsx"));
    const sheet = (await loadWorkbook(file.rawPayload)).worksheets[0];
    const names: unknown[] = [];
    sheet?.eachRow((row, line) => {
      if (line > 2) names.push(row.getCell(4).value);
    });
    expect(names.sort()).toEqual(["导入甲一", "导入甲二"]);
    // Once only: the file is gone after the download.
    expect((await as("clerk").get(last.download)).statusCode).toBe(404);
  });

  it("writes CSV when asked, and refuses a bad filter with 400 before streaming", async () => {
    const response = await as("clerk").post("/api/records/reconsideration/exports?format=csv");
    const last = finalOf(response) as { download: string };
    const file = await as("clerk").get(last.download);
    expect(file.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(file.payload).toContain("导入甲一");
    const bad = await as("clerk").post("/api/records/reconsideration/exports?format=pdf");
    expect(bad.statusCode).toBe(400);
  });
});
