// Who is offered 新建 for which record type, with which organisations and pre-filled dates — and
// that the offer is exactly what the create path then accepts and refuses. Demo city logins.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { recordTypes } from "../../domains/registry.js";
import { seedOrganisation } from "../../seed/seed.js";
import { loadActor } from "../auth/actor-loader.js";

interface Meta {
  id: string;
  canCreate: boolean;
  ownerField: string;
  ownerOrgIds: number[] | null;
  todayFields: string[];
}

let test: TestDatabase;
let app: FastifyInstance;
let codes: Map<string, number>;
const clients = new Map<string, Client>();

const org = (code: string): number => {
  const id = codes.get(code);
  if (id === undefined) throw new Error(`no org ${code}`);
  return id;
};

async function typesOf(username: string): Promise<Map<string, Meta>> {
  const client = clients.get(username);
  if (!client) throw new Error(`no client ${username}`);
  const response = await client.request("GET", "/api/types");
  expect(response.statusCode).toBe(200);
  return new Map(response.json<{ types: Meta[] }>().types.map((type) => [type.id, type]));
}

const creatable = (types: Map<string, Meta>): string[] =>
  [...types.values()].filter((type) => type.canCreate).map((type) => type.id);

beforeAll(async () => {
  test = await freshDatabase();
  const context = testContext(test.db);
  codes = await seedOrganisation(context, "Test2026password");
  // A township head who sees the township and everything under it.
  await createTestUser(test.db, {
    username: "ld_head",
    orgId: org("141081001"),
    roles: ["head"],
    scope: "subtree",
  });
  app = await testServer(context);
  for (const username of ["leader", "auditor", "ld_clerk", "ld_head", "sfj_clerk", "fzb"]) {
    const actor = await loadActor(test.db, username);
    if (!actor) throw new Error(`no user ${username}`);
    clients.set(username, await clientFor(app, context, actor.id));
  }
  const mediator = await loadActor(test.db, "tj_mediator");
  if (mediator) clients.set("tj_mediator", await clientFor(app, context, mediator.id));
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("新建 on the type metadata", () => {
  it("is offered to neither the leader nor the auditor, on any type", async () => {
    for (const username of ["leader", "auditor"]) {
      const types = await typesOf(username);
      expect(types.size).toBeGreaterThan(0);
      expect(creatable(types)).toEqual([]);
    }
  });

  it("offers a township clerk its own organisation only, on the types its role creates", async () => {
    const types = await typesOf("ld_clerk");
    const expected = recordTypes
      .filter((type) => type.access.create.includes("clerk"))
      .map((type) => type.id);
    expect(creatable(types)).toEqual(expected);
    for (const id of expected) expect(types.get(id)?.ownerOrgIds).toEqual([org("141081001")]);
  });

  it("offers a subtree head the township and the organisations under it", async () => {
    const mediation = (await typesOf("ld_head")).get("mediation");
    const township = org("141081001");
    const below = [...codes].filter(([code]) => code.startsWith("141081001-")).map(([, id]) => id);
    expect(below.length).toBeGreaterThan(2);
    expect(mediation?.canCreate).toBe(true);
    expect(new Set(mediation?.ownerOrgIds)).toEqual(new Set([township, ...below]));
    // Reconsideration is created by clerks and reviewers, not by heads.
    expect((await typesOf("ld_head")).get("reconsideration")?.canCreate).toBe(false);
  });

  it("lets the all-scope rule-of-law office choose any organisation, and a mediator mediation only", async () => {
    const office = await typesOf("fzb");
    // Every type the office creates: not the objection to an assessment score, which only the
    // assessed unit raises, nor the licensing records the 审批局 keeps and the office only reads.
    expect(creatable(office)).toEqual(
      recordTypes.filter((type) => type.access.create.includes("lawOffice")).map((type) => type.id),
    );
    expect(creatable(office)).not.toContain("assessmentObjection");
    expect(creatable(office)).not.toContain("licensingItem");
    expect(office.get("reconsideration")?.ownerOrgIds).toBeNull();
    expect(creatable(await typesOf("tj_mediator"))).toEqual(["mediation"]);
  });

  it("names the owner field and the day-of-receiving fields from the declarations", async () => {
    const types = await typesOf("sfj_clerk");
    expect(types.get("reconsideration")).toMatchObject({
      ownerField: "handlingOrg",
      ownerOrgIds: [org("141081-D01")],
      todayFields: ["receivedDate"],
    });
    expect(types.get("mediation")?.todayFields).toEqual(["acceptedDate"]);
    expect(types.get("lecturer")?.todayFields).toEqual(["joinedDate"]);
  });
});

describe("the create path", () => {
  const values = (handlingOrg: number) => ({
    applicantName: "测试申请人",
    applicantKind: "person",
    handlingOrg,
    respondentOrg: org("141081-D04"),
    actCategory: "penalty",
    actDescription: "罚款决定",
    receivedDate: "2024-12-30",
    procedure: "ordinary",
  });

  it("accepts exactly the offered organisations", async () => {
    const offered = (await typesOf("ld_clerk")).get("reconsideration")?.ownerOrgIds ?? [];
    const client = clients.get("ld_clerk");
    for (const handlingOrg of [...offered, org("141081-D01"), org("141081002")]) {
      const response = await client?.request("POST", "/api/records/reconsideration", {
        values: values(handlingOrg),
      });
      const isOffered = offered.includes(handlingOrg);
      expect(response?.statusCode, response?.body).toBe(isOffered ? 201 : 400);
      if (!isOffered) expect(response?.body).toContain("field.outOfScope");
    }
  });

  it("refuses the leader, as the metadata said", async () => {
    const response = await clients
      .get("leader")
      ?.request("POST", "/api/records/reconsideration", { values: values(org("141081-D01")) });
    expect(response?.statusCode).toBe(403);
  });
});
