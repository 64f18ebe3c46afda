// API tokens end to end through HTTP: issued by administrators only, the secret shown once and
// stored hashed, access the intersection of the token's scope and its user's access, refused when
// revoked, expired or unknown, kept off admin, session and report routes, every use audited.
import { createHash } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconsideration } from "../../domains/reconsideration/index.js";
import { asSystem } from "../../engine/actor.js";
import { verifyAuditChain } from "../../engine/audit.js";
import { createRecord } from "../../engine/records-write.js";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";

let test: TestDatabase;
let orgs: TestOrgs;
let context: ReturnType<typeof testContext>;
let app: FastifyInstance;
let admin: Client;
let clerk: Client;
let clerkId: number;
let officeId: number;

const caseValues = (handlingOrg: number, respondentOrg: number, applicantName: string) => ({
  applicantName,
  applicantKind: "person",
  handlingOrg,
  respondentOrg,
  actCategory: "penalty",
  actDescription: "罚款决定",
  receivedDate: "2024-12-01",
  procedure: "ordinary",
});

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db);
  app = await testServer(context);
  const adminUser = await createTestUser(test.db, {
    username: "admin",
    orgId: orgs.city,
    roles: ["admin"],
    scope: "all",
  });
  const clerkUser = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "subtree",
  });
  const office = await createTestUser(test.db, {
    username: "office",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "own",
  });
  // The rule-of-law office sees the whole tree: a token narrows it to one subtree.
  await test.db.query("UPDATE app_user SET scope = 'all' WHERE id = $1", [office.id]);
  clerkId = clerkUser.id;
  officeId = office.id;
  admin = await clientFor(app, context, adminUser.id);
  clerk = await clientFor(app, context, clerkUser.id);
  for (const [handling, respondent, name] of [
    [orgs.justice, orgs.market, "甲"],
    [orgs.justice, orgs.townshipA, "乙"],
  ] as const) {
    await createRecord(
      context,
      reconsideration,
      asSystem("测试数据"),
      caseValues(handling, respondent, name),
    );
  }
}, 60_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

interface Issued {
  token: { id: number; secretPrefix: string; lastUsedAt: string | null; revokedAt: string | null };
  secret: string;
}

async function issue(body: Record<string, unknown>): Promise<Issued> {
  const response = await admin.request("POST", "/api/admin/api-tokens", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Issued>();
}

const withToken = (
  secret: string,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: Record<string, unknown>,
): Promise<LightMyRequestResponse> =>
  app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}` },
    ...(payload ? { payload } : {}),
  });

const errorCode = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

const auditCount = async (action: string, tokenId: number) =>
  (
    await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'api_token' AND action = $1 AND record_id = $2",
      [action, tokenId],
    )
  )[0]?.n ?? 0;

describe("issuing tokens", () => {
  it("is refused to a non-administrator, and stores nothing", async () => {
    const response = await clerk.request("POST", "/api/admin/api-tokens", {
      name: "自己发的令牌",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "write",
    });
    expect(response.statusCode).toBe(403);
    expect((await clerk.request("GET", "/api/admin/api-tokens")).statusCode).toBe(403);
    const [row] = await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM api_token");
    expect(row?.n).toBe(0);
  });

  it("names the field of bad input and stores nothing", async () => {
    const response = await admin.request("POST", "/api/admin/api-tokens", {
      name: "坏令牌",
      userId: clerkId,
      recordTypes: ["reconsideration", "noSuchType"],
      orgId: orgs.market,
      access: "read",
      expiresOn: "2024-02-30",
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json<{ error: { problems: { field: string }[] } }>()
      .error.problems.map((problem) => problem.field);
    // The market bureau lies outside the clerk's subtree (the justice bureau).
    expect(fields.sort()).toEqual(["expiresOn", "orgId", "recordTypes[1]"]);
    const [row] = await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM api_token");
    expect(row?.n).toBe(0);
  });

  it("shows the secret once and keeps only its SHA-256", async () => {
    const { token, secret } = await issue({
      name: "省平台拉取",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "read",
    });
    expect(secret).toMatch(/^fzt_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.secretPrefix)).toBe(true);
    const [row] = await test.db.query("SELECT * FROM api_token WHERE id = $1", [token.id]);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row?.["secret_hash"]).toBe(createHash("sha256").update(secret).digest("hex"));
    const audit = await test.db.query<{ text: string }>(
      "SELECT after::text AS text FROM audit_event",
    );
    expect(audit.some((event) => event.text.includes(secret))).toBe(false);
    const listed = await admin.request("GET", "/api/admin/api-tokens");
    expect(listed.body).not.toContain(secret);
    expect(listed.json<{ items: { id: number }[] }>().items.map((item) => item.id)).toContain(
      token.id,
    );
  });
});

describe("a read-scoped token", () => {
  let issued: Issued;
  beforeAll(async () => {
    issued = await issue({
      name: "只读复议",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "read",
    });
  });

  it("lists its type, and is refused on another type and on writing", async () => {
    const list = await withToken(issued.secret, "GET", "/api/records/reconsideration");
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ total: number }>().total).toBe(2);
    const types = await withToken(issued.secret, "GET", "/api/types");
    expect(types.json<{ types: { id: string }[] }>().types.map((type) => type.id)).toEqual([
      "reconsideration",
    ]);
    const other = await withToken(issued.secret, "GET", "/api/records/legalAid");
    expect(other.statusCode).toBe(403);
    expect(errorCode(other)).toBe("auth.tokenType");
    const write = await withToken(issued.secret, "POST", "/api/records/reconsideration", {
      values: caseValues(orgs.justice, orgs.market, "丙"),
    });
    expect(write.statusCode).toBe(403);
    expect(errorCode(write)).toBe("auth.tokenReadOnly");
    const [row] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_reconsideration",
    );
    expect(row?.n).toBe(2);
  });

  it("reads the figures of its type only", async () => {
    const response = await withToken(
      issued.secret,
      "GET",
      `/api/indicators?org=${orgs.justice}&year=2024`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const indicators = response
      .json<{ sections: { indicators: { recordType: string; readable: boolean }[] }[] }>()
      .sections.flatMap((section) => section.indicators);
    const readableTypes = new Set(indicators.filter((i) => i.readable).map((i) => i.recordType));
    expect([...readableTypes]).toEqual(["reconsideration"]);
    expect(indicators.some((i) => i.recordType === "legalAid" && !i.readable)).toBe(true);
  });

  it("never reaches administration, sessions or reports, whoever its user is", async () => {
    for (const url of [
      "/api/admin/users",
      "/api/admin/api-tokens",
      "/api/auth/me",
      "/api/reports",
    ]) {
      const response = await withToken(issued.secret, "GET", url);
      expect(response.statusCode, url).toBe(403);
      expect(errorCode(response)).toBe("auth.tokenRoute");
    }
  });

  it("looks up catalogue codes, but never loads a catalogue edition", async () => {
    const found = await withToken(issued.secret, "GET", "/api/catalogues/industry/entries?q=52");
    expect(found.statusCode).toBe(200);
    expect(found.json<{ code: string }[]>().map((entry) => entry.code)).toEqual(["52"]);
    const load = await withToken(issued.secret, "POST", "/api/catalogues/industry/editions", {
      source: "令牌",
      entries: [{ code: "52", name: "零售业" }],
    });
    expect(load.statusCode).toBe(403);
  });

  it("is audited on every use, refused ones too, with the request", async () => {
    const before = await auditCount("use", issued.token.id);
    const refusedBefore = await auditCount("useRefused", issued.token.id);
    await withToken(issued.secret, "GET", "/api/records/reconsideration?page=1");
    await withToken(issued.secret, "GET", "/api/records/reconsideration/count");
    await withToken(issued.secret, "GET", "/api/records/legalAid");
    expect(await auditCount("use", issued.token.id)).toBe(before + 2);
    expect(await auditCount("useRefused", issued.token.id)).toBe(refusedBefore + 1);
    const [last] = await test.db.query<{ actorName: string; after: Record<string, unknown> }>(
      `SELECT actor_name AS "actorName", after FROM audit_event
       WHERE record_type = 'api_token' AND action = 'use' ORDER BY seq DESC LIMIT 1`,
    );
    expect(last?.actorName).toContain("只读复议");
    expect(last?.after).toMatchObject({ method: "GET", url: "/api/records/reconsideration/count" });
    const listed = await admin.request("GET", "/api/admin/api-tokens");
    const mine = listed
      .json<{ items: { id: number; lastUsedAt: string | null }[] }>()
      .items.find((item) => item.id === issued.token.id);
    expect(mine?.lastUsedAt).not.toBeNull();
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});

describe("a write-scoped token", () => {
  it("creates a record of its type in its org, not elsewhere, audited as the token", async () => {
    const { secret } = await issue({
      name: "执法系统推送",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "write",
    });
    const created = await withToken(secret, "POST", "/api/records/reconsideration", {
      values: caseValues(orgs.justice, orgs.market, "丁"),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: number }>().id;
    const [event] = await test.db.query<{ actorName: string }>(
      `SELECT actor_name AS "actorName" FROM audit_event WHERE record_type = 'reconsideration' AND record_id = $1 AND action = 'create'`,
      [id],
    );
    expect(event?.actorName).toContain("执法系统推送");
    const elsewhere = await withToken(secret, "POST", "/api/records/reconsideration", {
      values: caseValues(orgs.townshipB, orgs.market, "戊"),
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(
      elsewhere.json<{ error: { problems: { field: string }[] } }>().error.problems[0]?.field,
    ).toBe("handlingOrg");
    const otherType = await withToken(secret, "POST", "/api/records/legalAid", { values: {} });
    expect(otherType.statusCode).toBe(403);
    const [row] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_reconsideration",
    );
    expect(row?.n).toBe(3);
  });

  it("sees only the intersection of its subtree and its user's scope", async () => {
    // The office sees the whole tree; a token for the market bureau sees the cases against it.
    const { secret } = await issue({
      name: "市场监管局视图",
      userId: officeId,
      recordTypes: ["reconsideration"],
      orgId: orgs.market,
      access: "read",
    });
    const list = await withToken(secret, "GET", "/api/records/reconsideration");
    const names = list
      .json<{ items: { values: { applicantName: string } }[] }>()
      .items.map((item) => item.values.applicantName)
      .sort();
    expect(names).toEqual(["丁", "甲"]);
  });
});

describe("refused tokens", () => {
  it("answers 401 to unknown, malformed, revoked and expired tokens", async () => {
    const unknown = await withToken(`fzt_${"A".repeat(43)}`, "GET", "/api/records/reconsideration");
    expect(unknown.statusCode).toBe(401);
    expect(errorCode(unknown)).toBe("auth.tokenInvalid");
    const malformed = await app.inject({
      method: "GET",
      url: "/api/records/reconsideration",
      headers: { authorization: "Basic YWRtaW46YWRtaW4=" },
    });
    expect(malformed.statusCode).toBe(401);

    const revoked = await issue({
      name: "将被撤销",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "read",
    });
    expect(
      (await withToken(revoked.secret, "GET", "/api/records/reconsideration")).statusCode,
    ).toBe(200);
    const revoke = await admin.request("POST", `/api/admin/api-tokens/${revoked.token.id}/revoke`);
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    const afterRevoke = await withToken(revoked.secret, "GET", "/api/records/reconsideration");
    expect(afterRevoke.statusCode).toBe(401);
    expect(errorCode(afterRevoke)).toBe("auth.tokenRevoked");
    expect(
      (await admin.request("POST", `/api/admin/api-tokens/${revoked.token.id}/revoke`)).statusCode,
    ).toBe(409);
    expect(await auditCount("revoke", revoked.token.id)).toBe(1);

    // Valid through its last day in China Standard Time (the test clock is 2024-12-31 10:00 CST).
    const expiring = await issue({
      name: "今日到期",
      userId: clerkId,
      recordTypes: ["reconsideration"],
      orgId: orgs.justice,
      access: "read",
      expiresOn: "2024-12-31",
    });
    expect(
      (await withToken(expiring.secret, "GET", "/api/records/reconsideration")).statusCode,
    ).toBe(200);
    context.setNow("2024-12-31T16:00:00Z");
    const expired = await withToken(expiring.secret, "GET", "/api/records/reconsideration");
    expect(expired.statusCode).toBe(401);
    expect(errorCode(expired)).toBe("auth.tokenExpired");
    context.setNow("2024-12-31T02:00:00Z");
  });
});
