// Attachments and generated notices over HTTP on a real database: what is stored, what is refused
// (and that a refusal stores nothing), who may download, the audit trail, document numbers.
import { createHash } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { exeBytes, multipart, pdfBytes, pngBytes, xlsxBytes } from "../../../test/support/files.js";
import { createSession, SESSION_COOKIE } from "../auth/sessions.js";
import { buildServer } from "../app.js";
import { verifyAuditChain } from "../../engine/audit.js";
import type { Role, Scope } from "../../kernel/roles.js";

const MAX = 2 * 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;

interface Caller {
  get: (url: string) => Promise<LightMyRequestResponse>;
  send: (
    method: "POST" | "DELETE" | "PATCH",
    url: string,
    body?: object,
  ) => Promise<LightMyRequestResponse>;
  upload: (url: string, fileName: string, bytes: Buffer) => Promise<LightMyRequestResponse>;
}
const callers = new Map<string, Caller>();
const as = (name: string): Caller => {
  const caller = callers.get(name);
  if (!caller) throw new Error(`no caller ${name}`);
  return caller;
};

async function addCaller(name: string, orgId: number, roles: Role[], scope: Scope = "own") {
  const user = await createTestUser(test.db, { username: name, orgId, roles, scope });
  const session = await createSession(test.db, user.id, context.now());
  const auth = {
    cookies: { [SESSION_COOKIE]: session.cookie },
    headers: { "x-csrf-token": session.csrfToken },
  };
  callers.set(name, {
    get: (url) => app.inject({ method: "GET", url, ...auth }),
    send: (method, url, body) =>
      app.inject({
        method,
        url,
        ...auth,
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
    upload: (url, fileName, bytes) => {
      const { payload, headers } = multipart(fileName, bytes);
      return app.inject({
        method: "POST",
        url,
        payload,
        cookies: auth.cookies,
        headers: { ...auth.headers, ...headers },
      });
    },
  });
}

const counts = () => tableCounts(test.db, ["attachment", "audit_event", "document_number"]);

async function newCase(receivedDate = "2024-12-02"): Promise<number> {
  const response = await as("clerk").send("POST", "/api/records/reconsideration", {
    values: {
      applicantName: "李四",
      applicantKind: "person",
      handlingOrg: orgs.justice,
      respondentOrg: orgs.market,
      actCategory: "penalty",
      actDescription: "罚款三千元的行政处罚决定",
      receivedDate,
      procedure: "ordinary",
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number }>().id;
}

async function act(id: number, action: string, values: Record<string, unknown>) {
  const record = await as("clerk").get(`/api/records/reconsideration/${String(id)}`);
  const response = await as("clerk").send(
    "POST",
    `/api/records/reconsideration/${String(id)}/actions/${action}`,
    {
      version: record.json<{ version: number }>().version,
      values,
    },
  );
  expect(response.statusCode).toBe(200);
}

const filesUrl = (id: number, field = "applicationMaterials") =>
  `/api/records/reconsideration/${String(id)}/attachments/${field}`;

interface View {
  id: number;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  documentNumber: string | null;
  uploadedBy: string;
}

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  // Early January: cases of both December and January can be dated in the past.
  context = testContext(test.db, "2025-01-10T02:00:00Z");
  app = await buildServer({
    context,
    webDir: null,
    attachmentLimits: { maxBytes: MAX, types: ["pdf", "png", "docx"] },
  });
  await app.ready();
  await addCaller("clerk", orgs.justice, ["clerk"]);
  // The respondent's staff read cases against their department but do not handle them.
  await addCaller("respondent", orgs.market, ["clerk"]);
  await addCaller("township", orgs.townshipB, ["clerk"]);
  await addCaller("leader", orgs.city, ["leader"], "all");
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("uploading a file", () => {
  it("stores the bytes with their SHA-256, size and media type (found from the content), and audits the upload", async () => {
    const id = await newCase();
    const bytes = pdfBytes(1_500_000); // over the app's 1 MB body limit: uploads have their own
    const response = await as("clerk").upload(filesUrl(id), "行政复议申请书.pdf", bytes);
    expect(response.statusCode).toBe(201);
    const view = response.json<View>();
    expect(view).toMatchObject({
      sha256: sha256(bytes),
      size: bytes.length,
      mediaType: "application/pdf",
      fileName: "行政复议申请书.pdf",
      uploadedBy: "测试clerk",
    });
    const [stored] = await test.db.query<{ content: string }>(
      "SELECT encode(content, 'base64') AS content FROM attachment WHERE id = $1",
      [view.id],
    );
    expect(Buffer.from(stored?.content ?? "", "base64").equals(bytes)).toBe(true);
    const [event] = await test.db.query<{
      action: string;
      after: { sha256: string; field: string };
    }>(
      "SELECT action, after FROM audit_event WHERE record_id = $1 AND record_type = 'reconsideration' ORDER BY seq DESC LIMIT 1",
      [id],
    );
    expect(event).toMatchObject({
      action: "attachment:upload",
      after: { sha256: sha256(bytes), field: "applicationMaterials" },
    });
  });

  it("refuses a file over the limit, naming the field, and stores nothing", async () => {
    const id = await newCase();
    const before = await counts();
    const response = await as("clerk").upload(filesUrl(id), "大文件.pdf", pdfBytes(MAX + 10));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: {
        code: "attachment.tooLarge",
        problems: [{ field: "applicationMaterials", message: "申请材料：文件超过2 MB的上限" }],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a renamed executable and a type the deployment does not allow, naming the field, and stores nothing", async () => {
    const id = await newCase();
    const before = await counts();
    const renamed = await as("clerk").upload(filesUrl(id), "证据.pdf", exeBytes());
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json()).toMatchObject({
      error: { problems: [{ field: "applicationMaterials", code: "attachment.typeNotAllowed" }] },
    });
    // This deployment allows PDF, PNG and Word only.
    const excel = await as("clerk").upload(filesUrl(id), "清单.xlsx", await xlsxBytes());
    expect(excel.json()).toMatchObject({
      error: { problems: [{ field: "applicationMaterials", code: "attachment.typeNotAllowed" }] },
    });
    expect(excel.json<{ error: { message: string } }>().error.message).toContain(
      "可上传PDF、PNG图片、Word",
    );
    const png = await as("clerk").upload(filesUrl(id, "signedDecision"), "决定书.png", pngBytes());
    expect(png.statusCode).toBe(201);
    const afterPng = await counts();
    const mislabelled = await as("clerk").upload(filesUrl(id), "照片.pdf", pngBytes());
    expect(mislabelled.json()).toMatchObject({
      error: { problems: [{ code: "attachment.extensionMismatch" }] },
    });
    const notAField = await as("clerk").upload(filesUrl(id, "applicantName"), "a.pdf", pdfBytes());
    expect(notAField.statusCode).toBe(400);
    expect(notAField.json()).toMatchObject({
      error: { problems: [{ field: "applicantName", code: "attachment.unknownField" }] },
    });
    expect((await counts()).attachment).toBe((before.attachment ?? 0) + 1);
    expect(await counts()).toEqual(afterPng);
  });

  it("is for those who may update the record: a reader of another department or a leader is refused", async () => {
    const id = await newCase();
    const before = await counts();
    expect((await as("respondent").upload(filesUrl(id), "a.pdf", pdfBytes())).statusCode).toBe(404);
    expect((await as("township").upload(filesUrl(id), "a.pdf", pdfBytes())).statusCode).toBe(404);
    expect((await as("leader").upload(filesUrl(id), "a.pdf", pdfBytes())).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("replaces the file of a single-file field, keeps every file of a multiple one, and freezes with the record", async () => {
    const id = await newCase();
    await as("clerk").upload(filesUrl(id), "一.pdf", pdfBytes());
    await as("clerk").upload(filesUrl(id), "二.pdf", pdfBytes());
    await as("clerk").upload(filesUrl(id, "signedDecision"), "旧.pdf", pdfBytes());
    await as("clerk").upload(filesUrl(id, "signedDecision"), "新.pdf", pdfBytes());
    const list = await as("clerk").get(`/api/records/reconsideration/${String(id)}/attachments`);
    expect(list.json<{ items: View[] }>().items.map((item) => item.fileName)).toEqual([
      "一.pdf",
      "二.pdf",
      "新.pdf",
    ]);
    expect(list.json()).toMatchObject({ canUpload: true, templates: [] });
    await act(id, "refuse", { refusalReason: "不属于本机关管辖", closedDate: "2024-12-04" });
    const before = await counts();
    const frozen = await as("clerk").upload(filesUrl(id), "三.pdf", pdfBytes());
    expect(frozen.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
  });
});

describe("downloading a file", () => {
  it("gives the same bytes with a UTF-8 file name and nosniff to a reader, audited; refuses another township's user, changing nothing", async () => {
    const id = await newCase();
    const bytes = pdfBytes(4096);
    const { id: fileId } = (
      await as("clerk").upload(filesUrl(id), "复议申请书（正本）.pdf", bytes)
    ).json<View>();
    const download = await as("respondent").get(`/api/attachments/${String(fileId)}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("复议申请书").replace(/[()]/g, "")}%EF%BC%88${encodeURIComponent("正本")}%EF%BC%89.pdf`,
    );
    const [event] = await test.db.query<{
      action: string;
      actor_name: string;
      after: { attachmentId: number };
    }>("SELECT action, actor_name, after FROM audit_event ORDER BY seq DESC LIMIT 1");
    expect(event).toMatchObject({
      action: "attachment:download",
      actor_name: "测试respondent（respondent）",
      after: { attachmentId: fileId },
    });

    // 办理记录 shows the upload with its hash; the download (a read) only to auditors.
    const history = await as("clerk").get(`/api/records/reconsideration/${String(id)}/history`);
    const entries = history.json<{
      items: { actionLabel: string; changes: { after: string }[] }[];
    }>().items;
    expect(entries.map((entry) => entry.actionLabel)).toEqual(["新建", "上传附件"]);
    expect(entries[1]?.changes[0]?.after).toBe(
      `复议申请书（正本）.pdf（SHA-256：${sha256(bytes)}）`,
    );

    const before = await counts();
    const refused = await as("township").get(`/api/attachments/${String(fileId)}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.rawPayload.includes(bytes)).toBe(false);
    expect(
      (await as("township").get(`/api/records/reconsideration/${String(id)}/attachments`))
        .statusCode,
    ).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("is gone once removed (audited), and only those who may update may remove", async () => {
    const id = await newCase();
    const { id: fileId } = (
      await as("clerk").upload(filesUrl(id), "作废.pdf", pdfBytes())
    ).json<View>();
    expect(
      (await as("respondent").send("DELETE", `/api/attachments/${String(fileId)}`)).statusCode,
    ).toBe(404);
    expect(
      (await as("clerk").send("DELETE", `/api/attachments/${String(fileId)}`)).statusCode,
    ).toBe(204);
    expect((await as("clerk").get(`/api/attachments/${String(fileId)}`)).statusCode).toBe(404);
    const [event] = await test.db.query<{ action: string }>(
      "SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1",
    );
    expect(event?.action).toBe("attachment:remove");
    expect(await verifyAuditChain(test.db)).toMatchObject({ ok: true });
  });
});

describe("generating a notice", () => {
  const generate = (id: number, template: string) =>
    as("clerk").send("POST", `/api/records/reconsideration/${String(id)}/notices/${template}`);

  it("is refused before the action that produces it, changing nothing", async () => {
    const id = await newCase();
    const before = await counts();
    const response = await generate(id, "acceptanceNotice");
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { message: string } }>().error.message).toContain("受理");
    expect((await generate(id, "noSuchNotice")).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("numbers notices per template and year, fills the placeholders, and keeps the .docx with its hash", async () => {
    const first = await newCase("2024-12-02");
    await act(first, "accept", { acceptedDate: "2024-12-04", procedure: "ordinary" });
    const list = await as("clerk").get(`/api/records/reconsideration/${String(first)}/attachments`);
    expect(list.json<{ templates: { id: string }[] }>().templates.map((t) => t.id)).toEqual([
      "acceptanceNotice",
    ]);
    const one = (await generate(first, "acceptanceNotice")).json<View>();
    const two = (await generate(first, "acceptanceNotice")).json<View>();
    expect([one.documentNumber, two.documentNumber]).toEqual([
      "侯复受字〔2024〕1号",
      "侯复受字〔2024〕2号",
    ]);
    await act(first, "requestReply", { replyRequestDate: "2024-12-05" });
    const reply = (await generate(first, "replyNotice")).json<View>();
    expect(reply.documentNumber).toBe("侯复答字〔2024〕1号");

    const download = await as("clerk").get(`/api/attachments/${String(one.id)}`);
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(one.sha256);
    expect(download.rawPayload.length).toBe(one.size);
    const zip = await JSZip.loadAsync(download.rawPayload);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    for (const expected of [
      "行政复议受理通知书",
      "侯复受字〔2024〕1号",
      "李四：",
      "侯马市市场监督管理局",
      "2024年12月2日",
      "自2024年12月4日起予以受理",
      "普通程序",
      "侯马市司法局",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("{{");

    const replyXml = await JSZip.loadAsync(
      (await as("clerk").get(`/api/attachments/${String(reply.id)}`)).rawPayload,
    );
    const replyText = ((await replyXml.file("word/document.xml")?.async("string")) ?? "").replace(
      /<[^>]+>/g,
      "",
    );
    expect(replyText).toContain("侯马市市场监督管理局：");
    expect(replyText).toContain("十日内，提出书面答复");

    const [event] = await test.db.query<{
      action: string;
      after: { documentNumber: string; sha256: string };
    }>(
      "SELECT action, after FROM audit_event WHERE record_id = $1 AND action = 'notice:generate' ORDER BY seq LIMIT 1",
      [first],
    );
    expect(event?.after).toMatchObject({
      documentNumber: "侯复受字〔2024〕1号",
      sha256: one.sha256,
    });

    // A new year starts the count again.
    const next = await newCase("2025-01-06");
    await act(next, "accept", { acceptedDate: "2025-01-08", procedure: "ordinary" });
    expect((await generate(next, "acceptanceNotice")).json<View>().documentNumber).toBe(
      "侯复受字〔2025〕1号",
    );
    // Notices are numbered and kept: not removable.
    expect(
      (await as("clerk").send("DELETE", `/api/attachments/${String(one.id)}`)).statusCode,
    ).toBe(403);
  });

  it("is refused to a reader who may not update the record", async () => {
    const id = await newCase("2025-01-06");
    await act(id, "accept", { acceptedDate: "2025-01-08", procedure: "ordinary" });
    const before = await counts();
    expect(
      (
        await as("respondent").send(
          "POST",
          `/api/records/reconsideration/${String(id)}/notices/acceptanceNotice`,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as("leader").send(
          "POST",
          `/api/records/reconsideration/${String(id)}/notices/acceptanceNotice`,
        )
      ).statusCode,
    ).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
