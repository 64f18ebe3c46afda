// Catalogues on a real database: the bundled edition is installed with the schema, a new edition
// loads whole or not at all (audited), codes in records must be selectable entries and are shown
// with their names, and the search and load APIs answer the forms and administrators.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { errorOf } from "../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../test/support/http.js";
import { industry } from "../domains/catalogues/industry.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { creditCodeCheckCharacter } from "../kernel/codes.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { asSystem } from "./actor.js";
import { editions, loadCatalogue, searchEntries } from "./catalogues.js";
import { getRecord } from "./records-read.js";
import { createRecord, updateRecord } from "./records-write.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser;
let context: ReturnType<typeof testContext>;
let app: FastifyInstance;
let clerkClient: Client;
let adminClient: Client;

const creditCode = (() => {
  const first17 = "91141081MA0K2X3Y4";
  return first17 + creditCodeCheckCharacter(first17);
})();

const enterpriseCase = (extra: Record<string, unknown> = {}) => ({
  applicantName: "侯马市华晟商贸有限公司",
  applicantKind: "organization",
  applicantCreditCode: creditCode,
  handlingOrg: orgs.justice,
  respondentOrg: orgs.market,
  actCategory: "penalty",
  actDescription: "对申请人作出罚款20000元的行政处罚决定",
  receivedDate: "2024-03-01",
  procedure: "ordinary",
  ...extra,
});

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  const admin = await createTestUser(test.db, {
    username: "admin",
    orgId: orgs.city,
    roles: ["admin"],
    scope: "all",
  });
  context = testContext(test.db);
  app = await testServer(context);
  clerkClient = await clientFor(app, context, clerk.id);
  adminClient = await clientFor(app, context, admin.id);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("the bundled edition", () => {
  it("is installed with the schema: 117 entries, audited as the system's load", async () => {
    const edition = (await editions(test.db)).find((item) => item.catalogue === "industry");
    expect(edition).toMatchObject({ catalogue: "industry", entryCount: 117 });
    expect(edition?.source).toContain("GB/T 4754-2017");
    const [audit] = await test.db.query<{ action: string; actor_name: string }>(
      "SELECT action, actor_name FROM audit_event WHERE record_type = 'catalogue'",
    );
    expect(audit?.action).toBe("catalogue.load");
  });

  it("is searched by code prefix and by part of the name; sections are not selectable", async () => {
    const byName = await searchEntries(test.db, industry, { q: "零售", limit: 10 });
    expect(byName).toEqual([
      { code: "F", name: "批发和零售业", parent: null, isSelectable: false },
      { code: "52", name: "零售业", parent: "F", isSelectable: true },
    ]);
    const byCode = await searchEntries(test.db, industry, { q: "6", limit: 20 });
    expect(byCode.map((entry) => entry.code)).toEqual([
      "60",
      "61",
      "62",
      "63",
      "64",
      "65",
      "66",
      "67",
      "68",
      "69",
    ]);
    const [section] = await searchEntries(test.db, industry, { codes: ["F"], limit: 1 });
    expect(section).toMatchObject({ code: "F", isSelectable: false });
  });
});

describe("codes in records", () => {
  it("keeps a selectable code and shows it with its name", async () => {
    const created = await createRecord(
      context,
      reconsideration,
      clerk,
      enterpriseCase({
        applicantIndustry: "52",
      }),
    );
    const read = await getRecord(context, reconsideration, clerk, created.id);
    expect(read.values["applicantIndustry"]).toBe("52");
    expect(read.display["applicantIndustry"]).toBe("52 零售业");
  });

  it("refuses an unknown code and a section, naming the field, and writes nothing", async () => {
    const before = await tableCounts(test.db, ["r_reconsideration", "audit_event"]);
    for (const code of ["99", "F"]) {
      const error = await errorOf(
        createRecord(context, reconsideration, clerk, enterpriseCase({ applicantIndustry: code })),
      );
      expect(error.problems).toEqual([
        expect.objectContaining({ field: "applicantIndustry", code: "field.unknownCode" }),
      ]);
      expect(error.problems[0]?.message).toContain(`“${code}”`);
    }
    const badShape = await errorOf(
      createRecord(context, reconsideration, clerk, enterpriseCase({ applicantIndustry: "零售" })),
    );
    expect(badShape.problems[0]).toMatchObject({
      field: "applicantIndustry",
      code: "field.invalidCode",
    });
    expect(await tableCounts(test.db, ["r_reconsideration", "audit_event"])).toEqual(before);
  });
});

describe("a new edition", () => {
  it("with a bad line loads nothing and names the line", async () => {
    const before = await tableCounts(test.db, ["catalogue_entry", "audit_event"]);
    const error = await errorOf(
      loadCatalogue(
        test.db,
        industry,
        [
          { code: "52", name: "零售业" },
          { code: "5x", name: "错" },
        ],
        {
          actor: asSystem("测试"),
          source: "测试文件",
          at: new Date("2025-01-01T00:00:00Z"),
        },
      ),
    );
    expect(error.problems).toEqual([expect.objectContaining({ field: "entries[2].code" })]);
    expect(await tableCounts(test.db, ["catalogue_entry", "audit_event"])).toEqual(before);
    const kept = (await editions(test.db)).find((item) => item.catalogue === "industry");
    expect(kept?.entryCount).toBe(117);
  });

  it("retires codes it drops: old records keep the name, new values may not use them", async () => {
    const kept = await createRecord(
      context,
      reconsideration,
      clerk,
      enterpriseCase({
        applicantIndustry: "62",
      }),
    );
    const bundled = industry.bundled.filter((entry) => entry.code !== "62");
    const result = await loadCatalogue(test.db, industry, bundled, {
      actor: asSystem("测试"),
      source: "2025年修订版",
      at: new Date("2025-01-02T00:00:00Z"),
    });
    expect(result.retired).toEqual(["62"]);
    expect(result.edition).toMatchObject({ entryCount: 116, source: "2025年修订版" });
    const read = await getRecord(context, reconsideration, clerk, kept.id);
    expect(read.display["applicantIndustry"]).toBe("62 餐饮业");
    // The record keeps the retired code through an edit that sends it back unchanged …
    const edited = await updateRecord(context, reconsideration, clerk, kept.id, {
      version: read.version,
      values: { applicantIndustry: "62", applicantName: "侯马市晋味坊餐饮有限公司" },
    });
    expect(edited.values["applicantIndustry"]).toBe("62");
    // … but no record may take it up anew.
    const error = await errorOf(
      createRecord(context, reconsideration, clerk, enterpriseCase({ applicantIndustry: "62" })),
    );
    expect(error.problems[0]).toMatchObject({
      field: "applicantIndustry",
      code: "field.unknownCode",
    });
    // Loading the full edition again makes the code current once more.
    await loadCatalogue(test.db, industry, industry.bundled, {
      actor: asSystem("测试"),
      source: "恢复",
      at: new Date("2025-01-03T00:00:00Z"),
    });
    const [restored] = await searchEntries(test.db, industry, { codes: ["62"], limit: 1 });
    expect(restored?.isSelectable).toBe(true);
  });
});

describe("the catalogue API", () => {
  it("lists catalogues with their edition and searches entries for a signed-in user", async () => {
    const list = await clerkClient.request("GET", "/api/catalogues");
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "industry", label: "国民经济行业分类", leavesOnly: true }),
      ]),
    );
    const found = await clerkClient.request("GET", "/api/catalogues/industry/entries?q=%E9%A4%90");
    expect(found.json()).toEqual([
      { code: "H", name: "住宿和餐饮业", parent: null, isSelectable: false },
      { code: "62", name: "餐饮业", parent: "H", isSelectable: true },
    ]);
    const byCodes = await clerkClient.request(
      "GET",
      "/api/catalogues/industry/entries?code=52&code=A",
    );
    expect(byCodes.json<{ code: string }[]>().map((entry) => entry.code)).toEqual(["A", "52"]);
    expect((await app.inject({ method: "GET", url: "/api/catalogues" })).statusCode).toBe(401);
    expect((await clerkClient.request("GET", "/api/catalogues/nope/entries")).statusCode).toBe(404);
  });

  it("loads an edition for an administrator only; a bad one answers 400 naming the entry", async () => {
    const body = { source: "管理员上传", entries: industry.bundled };
    expect(
      (await clerkClient.request("POST", "/api/catalogues/industry/editions", body)).statusCode,
    ).toBe(403);
    const bad = await adminClient.request("POST", "/api/catalogues/industry/editions", {
      source: "错误文件",
      entries: [{ code: "52", name: "" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain("entries[1].name");
    const good = await adminClient.request("POST", "/api/catalogues/industry/editions", body);
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({ edition: { entryCount: 117, source: "管理员上传" } });
  });
});
