// API behaviour across the stack: masking of identifiers in lists, detail and export, and the
// audited full read for caseworkers; administration of orgs and users; the OpenAPI document.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconsideration } from "../src/domains/reconsideration/index.js";
import { asSystem } from "../src/engine/actor.js";
import { verifyAuditChain } from "../src/engine/audit.js";
import { createRecord } from "../src/engine/records-write.js";
import { sheetModelOf } from "../src/kernel/sheet-model.js";
import { readSheetFile } from "../src/sheets/read.js";
import { CONTENT_TYPES } from "../src/sheets/write.js";
import { freshDatabase, type TestDatabase } from "./support/db.js";
import { createTestOrgs, createTestUser, testContext, type TestOrgs } from "./support/fixtures.js";
import { clientFor, testServer, type Client } from "./support/http.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let clerk: Client;
let leader: Client;
let auditor: Client;
let marketClerk: Client;
let admin: Client;
let caseId: number;
let clerkId: number;

const ID = "34052419800101001X";
const PHONE = "13812345678";

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const context = testContext(test.db);
  app = await testServer(context);
  const users = {
    clerk: await createTestUser(test.db, {
      username: "clerk",
      orgId: orgs.justice,
      roles: ["clerk"],
      scope: "own",
    }),
    leader: await createTestUser(test.db, {
      username: "leader",
      orgId: orgs.city,
      roles: ["leader"],
      scope: "all",
    }),
    auditor: await createTestUser(test.db, {
      username: "auditor",
      orgId: orgs.city,
      roles: ["auditor"],
      scope: "all",
    }),
    // The respondent department's clerk reads the case against it but does not handle it.
    marketClerk: await createTestUser(test.db, {
      username: "marketClerk",
      orgId: orgs.market,
      roles: ["clerk"],
      scope: "own",
    }),
    admin: await createTestUser(test.db, {
      username: "admin",
      orgId: orgs.city,
      roles: ["admin"],
      scope: "all",
    }),
  };
  clerkId = users.clerk.id;
  clerk = await clientFor(app, context, users.clerk.id);
  leader = await clientFor(app, context, users.leader.id);
  auditor = await clientFor(app, context, users.auditor.id);
  marketClerk = await clientFor(app, context, users.marketClerk.id);
  admin = await clientFor(app, context, users.admin.id);
  caseId = (
    await createRecord(context, reconsideration, asSystem("测试数据"), {
      applicantName: "张三",
      applicantKind: "person",
      applicantIdNumber: ID,
      applicantPhone: PHONE,
      handlingOrg: orgs.justice,
      respondentOrg: orgs.market,
      actCategory: "penalty",
      actDescription: "罚款决定",
      receivedDate: "2024-03-01",
      procedure: "ordinary",
    })
  ).id;
}, 60_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

type Values = { values: Record<string, unknown> };
const sensitiveReads = async () =>
  (
    await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'readSensitive'",
    )
  )[0]?.n ?? 0;

describe("masking", () => {
  it("masks ID numbers and phones in lists and exports for everyone", async () => {
    for (const client of [clerk, leader]) {
      // Lists carry only their columns; identifiers appear in exports, masked.
      const list = await client.request("GET", "/api/records/reconsideration");
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(ID);
      expect(list.body).not.toContain(PHONE);
      const csv = (await client.request("GET", "/api/records/reconsideration/export?format=csv"))
        .body;
      expect(csv).toContain("340524********001X");
      expect(csv).not.toContain(ID);
      expect(csv).not.toContain(PHONE);
    }
  });

  it("exports an .xlsx by default that reads back through the import reader, masked", async () => {
    const response = await leader.request("GET", "/api/records/reconsideration/export");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(CONTENT_TYPES.xlsx);
    expect(response.headers["content-disposition"]).toContain(
      encodeURIComponent(`${reconsideration.label}.xlsx`),
    );
    const file = await readSheetFile(sheetModelOf(reconsideration), {
      bytes: response.rawPayload,
      name: "export.xlsx",
    });
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(1);
    expect(file.rows[0]?.cells).toMatchObject({
      _row: 1,
      applicantName: "张三",
      applicantKind: "自然人",
      applicantIdNumber: "340524********001X",
      receivedDate: new Date("2024-03-01T00:00:00Z"),
    });
    expect(response.rawPayload.includes(Buffer.from(PHONE))).toBe(false);
    const bad = await leader.request("GET", "/api/records/reconsideration/export?format=xls");
    expect(bad.statusCode).toBe(400);
  });

  it("masks them on the record for every role, and a plain read audits nothing", async () => {
    const before = await sensitiveReads();
    for (const client of [clerk, leader, auditor, marketClerk]) {
      const response = await client.request("GET", `/api/records/reconsideration/${caseId}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(ID);
      expect(response.body).not.toContain(PHONE);
      expect(response.json<Values>().values).toMatchObject({
        applicantIdNumber: "340524********001X",
        applicantPhone: "138****5678",
      });
    }
    expect(await sensitiveReads()).toBe(before);
  });

  it("offers the full values to the case clerk only", async () => {
    const revealable = async (client: Client) =>
      (await client.request("GET", `/api/records/reconsideration/${caseId}`)).json<{
        revealable: string[];
      }>().revealable;
    expect(await revealable(clerk)).toEqual(["applicantIdNumber", "applicantPhone"]);
    for (const client of [leader, auditor, marketClerk])
      expect(await revealable(client)).toEqual([]);
  });

  it("gives the case clerk the full values, with one audit event naming who, record and fields", async () => {
    const before = await sensitiveReads();
    const response = await clerk.request("POST", `/api/records/reconsideration/${caseId}/reveal`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      values: { applicantIdNumber: ID, applicantPhone: PHONE },
    });
    expect(await sensitiveReads()).toBe(before + 1);
    const [event] = await test.db.query<{ actorId: number; recordId: number; after: unknown }>(
      `SELECT actor_id AS "actorId", record_id AS "recordId", after FROM audit_event
       WHERE action = 'readSensitive' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({
      actorId: clerkId,
      recordId: caseId,
      after: { fields: ["applicantIdNumber", "applicantPhone"] },
    });
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it("refuses the full values to leader, auditor and the respondent's clerk, writing no audit row", async () => {
    const before = await sensitiveReads();
    for (const client of [leader, auditor, marketClerk]) {
      const response = await client.request(
        "POST",
        `/api/records/reconsideration/${caseId}/reveal`,
      );
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain(ID);
    }
    expect(await sensitiveReads()).toBe(before);
  });

  it("answers 404 for a record the user cannot read, and needs the CSRF token", async () => {
    const missing = await clerk.request("POST", "/api/records/reconsideration/999999/reveal");
    expect(missing.statusCode).toBe(404);
    const noToken = await app.inject({
      method: "POST",
      url: `/api/records/reconsideration/${caseId}/reveal`,
    });
    expect(noToken.statusCode).toBe(401);
  });
});

describe("list pages", () => {
  it("reflect every write at once, including a renamed organisation", async () => {
    type Page = { total: number; items: { id: number; display: Record<string, string> }[] };
    const list = async () =>
      (await leader.request("GET", "/api/records/reconsideration?pageSize=50")).json<Page>();
    const before = await list();
    const created = await clerk.request("POST", "/api/records/reconsideration", {
      values: {
        applicantName: "缓存测试",
        applicantKind: "person",
        handlingOrg: orgs.justice,
        respondentOrg: orgs.market,
        actCategory: "licensing",
        actDescription: "不予许可决定",
        receivedDate: "2024-04-01",
        procedure: "ordinary",
      },
    });
    expect(created.statusCode).toBe(201);
    const after = await list();
    expect(after.total).toBe(before.total + 1);
    const rename = await admin.request("PATCH", `/api/admin/orgs/${orgs.market}`, {
      name: "侯马市市场监管局（更名）",
    });
    expect(rename.statusCode, rename.body).toBe(200);
    const renamed = await list();
    expect(
      renamed.items.every((item) => item.display.respondentOrg !== "侯马市市场监督管理局"),
    ).toBe(true);
    expect(
      renamed.items.some((item) => item.display.respondentOrg === "侯马市市场监管局（更名）"),
    ).toBe(true);
  });
});

describe("history and exports", () => {
  it("shows identifiers masked in the timeline, even to staff who may read them on the record", async () => {
    for (const client of [clerk, leader]) {
      const history = await client.request("GET", `/api/records/reconsideration/${caseId}/history`);
      expect(history.statusCode).toBe(200);
      expect(history.body).not.toContain(ID);
      expect(history.body).not.toContain(PHONE);
      expect(history.body).toContain("340524********001X");
    }
  });

  it("records every export in the audit log with its filters and row count", async () => {
    await leader.request(
      "GET",
      "/api/records/reconsideration/export?actCategory=penalty&format=csv",
    );
    const [event] = await test.db.query<{
      after: { query: { filters: Record<string, string> }; rows: number };
    }>("SELECT after FROM audit_event WHERE action = 'export' ORDER BY seq DESC LIMIT 1");
    expect(event?.after.query.filters).toEqual({ actCategory: "penalty" });
    expect(event?.after.rows).toBeGreaterThan(0);
  });

  it("answers text the database cannot store, and impossible dates, with 400", async () => {
    const base = {
      applicantKind: "person",
      handlingOrg: orgs.justice,
      respondentOrg: orgs.market,
      actCategory: "penalty",
      actDescription: "罚款",
      procedure: "ordinary",
    };
    const nul = await clerk.request("POST", "/api/records/reconsideration", {
      values: { ...base, applicantName: "a\u0000b", receivedDate: "2024-03-01" },
    });
    expect(
      nul.json<{ error: { problems: { field: string; code: string }[] } }>().error.problems[0],
    ).toMatchObject({ field: "applicantName", code: "field.invalidCharacters" });
    const year0 = await clerk.request("POST", "/api/records/reconsideration", {
      values: { ...base, applicantName: "张三", receivedDate: "0000-01-01" },
    });
    expect(year0.statusCode).toBe(400);
    expect((await clerk.request("GET", "/api/records/reconsideration?q=%00")).statusCode).toBe(400);
  });
});

describe("administration", () => {
  it("creates an org and a user, audited, and refuses a weak password naming the field", async () => {
    const org = await admin.request("POST", "/api/admin/orgs", {
      parentId: orgs.city,
      code: "141081-D99",
      name: "侯马市测试局",
      kind: "department",
    });
    expect(org.statusCode).toBe(201);
    const orgId = org.json<{ id: number; path: string }>().id;
    expect(org.json<{ path: string }>().path).toMatch(new RegExp(`^/${orgs.city}/${orgId}/$`));
    const weak = await admin.request("POST", "/api/admin/users", {
      username: "newuser",
      displayName: "新用户",
      orgId,
      roles: ["clerk"],
      scope: "own",
      password: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(
      weak.json<{ error: { problems: { field: string }[] } }>().error.problems.map((p) => p.field),
    ).toEqual(["password"]);
    const user = await admin.request("POST", "/api/admin/users", {
      username: "newuser",
      displayName: "新用户",
      orgId,
      roles: ["clerk"],
      scope: "own",
      password: "Strong2026pass",
    });
    expect(user.statusCode).toBe(201);
    const [event] = await test.db.query<{ after: Record<string, unknown> }>(
      "SELECT after FROM audit_event WHERE record_type = 'user' ORDER BY seq DESC LIMIT 1",
    );
    expect(event?.after).toMatchObject({ username: "newuser" });
    expect(JSON.stringify(event?.after)).not.toContain("argon2");
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it("is closed to users who are not administrators", async () => {
    expect((await clerk.request("GET", "/api/admin/users")).statusCode).toBe(403);
    expect(
      (
        await leader.request("POST", "/api/admin/orgs", {
          parentId: orgs.city,
          code: "141081-D98",
          name: "侯马市另一局",
          kind: "department",
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe("user picker", () => {
  it("offers the users of the caller's own scope only", async () => {
    type Options = { items: { displayName: string; orgId: number }[] };
    const own = (await clerk.request("GET", "/api/users/options")).json<Options>();
    expect(own.items.length).toBeGreaterThan(0);
    expect(new Set(own.items.map((item) => item.orgId))).toEqual(new Set([orgs.justice]));
    const all = (await admin.request("GET", "/api/users/options")).json<Options>();
    expect(new Set(all.items.map((item) => item.orgId)).size).toBeGreaterThan(1);
  });
});

describe("OpenAPI", () => {
  it("describes the record API", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/records/{type}",
        "/api/records/{type}/{id}/actions/{action}",
        "/api/auth/login",
      ]),
    );
  });
});
