// Every role × scope × organisation: list, count, export and single-record reads agree with an
// independent oracle of the access rule and with each other, and leak nothing.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconsideration } from "../src/domains/reconsideration/index.js";
import { asSystem } from "../src/engine/actor.js";
import { createRecord } from "../src/engine/records-write.js";
import { ROLES, SCOPES, type Role, type Scope } from "../src/kernel/roles.js";
import { freshDatabase, type TestDatabase } from "./support/db.js";
import { createTestOrgs, createTestUser, testContext, type TestOrgs } from "./support/fixtures.js";
import { clientFor, testServer, type Client } from "./support/http.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;
const records: { id: number; orgIds: number[] }[] = [];

/** The tree as the test knows it, independent of the org.path column. */
function subtreeOf(org: number): Set<number> {
  const children: Record<number, number[]> = {
    [orgs.city]: [orgs.justice, orgs.market, orgs.townshipA, orgs.townshipB],
    [orgs.townshipA]: [orgs.teamA],
  };
  const result = new Set<number>([org]);
  for (const child of children[org] ?? []) for (const id of subtreeOf(child)) result.add(id);
  return result;
}

function oracle(
  user: { roles: Role[]; scope: Scope; orgId: number },
  record: { orgIds: number[] },
): boolean {
  if (!user.roles.some((role) => reconsideration.access.read.includes(role))) return false;
  if (user.scope === "all") return true;
  const visible = user.scope === "own" ? new Set([user.orgId]) : subtreeOf(user.orgId);
  return record.orgIds.some((org) => visible.has(org));
}

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db);
  app = await testServer(context);
  const cases: [number, number][] = [
    [orgs.justice, orgs.market],
    [orgs.townshipA, orgs.teamA],
    [orgs.townshipB, orgs.townshipB],
    [orgs.teamA, orgs.justice],
    [orgs.market, orgs.market],
  ];
  for (const [handlingOrg, respondentOrg] of cases) {
    const row = await createRecord(context, reconsideration, asSystem("测试数据"), {
      applicantName: "测试申请人",
      applicantKind: "person",
      applicantPhone: "13812345678",
      handlingOrg,
      respondentOrg,
      actCategory: "penalty",
      actDescription: "罚款决定",
      receivedDate: "2024-03-01",
      procedure: "ordinary",
    });
    records.push({ id: row.id, orgIds: [handlingOrg, respondentOrg] });
  }
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

const userOrgs = () => [
  orgs.city,
  orgs.justice,
  orgs.market,
  orgs.townshipA,
  orgs.teamA,
  orgs.townshipB,
];

describe("access matrix", () => {
  it("agrees across list, count, export and get for every role, scope and organisation", async () => {
    let n = 0;
    for (const role of ROLES) {
      for (const scope of SCOPES) {
        for (const orgId of userOrgs()) {
          n += 1;
          const user = await createTestUser(test.db, {
            username: `u${n}`,
            orgId,
            roles: [role],
            scope,
          });
          const client: Client = await clientFor(app, context, user.id);
          const expected = records
            .filter((record) => oracle({ roles: [role], scope, orgId }, record))
            .map((r) => r.id)
            .sort();
          const where = `${role}/${scope}/org${orgId}`;

          const list = await client.request("GET", "/api/records/reconsideration?pageSize=200");
          expect(list.statusCode, where).toBe(200);
          const listed = list
            .json<{ items: { id: number }[] }>()
            .items.map((item) => item.id)
            .sort();
          expect(listed, where).toEqual(expected);

          const count = await client.request("GET", "/api/records/reconsideration/count");
          expect(count.json<{ count: number }>().count, where).toBe(expected.length);

          const csv = await client.request("GET", "/api/records/reconsideration/export?format=csv");
          const lines = csv.body
            .replace(/^\uFEFF/, "")
            .trim()
            .split("\r\n");
          expect(lines.length - 1, where).toBe(expected.length);
          expect(csv.body, where).not.toContain("13812345678");

          for (const record of records) {
            const single = await client.request("GET", `/api/records/reconsideration/${record.id}`);
            expect(single.statusCode, `${where} get ${record.id}`).toBe(
              expected.includes(record.id) ? 200 : 404,
            );
            const history = await client.request(
              "GET",
              `/api/records/reconsideration/${record.id}/history`,
            );
            expect(history.statusCode, `${where} history ${record.id}`).toBe(
              expected.includes(record.id) ? 200 : 404,
            );
          }
        }
      }
    }
    expect(n).toBe(ROLES.length * SCOPES.length * 6);
  }, 300_000);
});
