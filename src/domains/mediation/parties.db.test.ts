// The parties of a mediation case as a child table, through the HTTP API on a real database:
// errors naming row and column that change nothing, rows stored and masked, masked cells sent
// back kept, the row change in the history, the CSV export, search, and the row indicators.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { insertOrg } from "../../admin/orgs.js";
import type { UserActor } from "../../engine/actor.js";
import { computeIndicators } from "../../engine/indicators.js";
import { indicatorRecords } from "../../engine/indicator-records.js";
import type { HistoryItemView } from "../../server/records/history.js";
import { mediation } from "./index.js";

let test: TestDatabase;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;
let clerk: Client;
let leader: Client;
let clerkUser: UserActor;
let committee: number;
let bureau: number;

const WANG = {
  name: "王秀兰",
  kind: "person",
  idNumber: "34052419800101001X",
  phone: "13835712345",
};
const LI = { name: "李建国", kind: "person", idNumber: "14108119850715003X" };
const FIRM = {
  name: "侯马市顺达运输有限公司",
  kind: "organisation",
  creditCode: "91141081MA0GRX5Q2C",
};

const caseValues = (parties: unknown, acceptedDate = "2024-03-01") => ({
  committee,
  guidingOrg: bureau,
  mediatorName: "吉春花",
  disputeType: "trafficAccident",
  source: "application",
  parties,
  disputeSummary: "双方在浍河路发生交通事故，就赔偿发生争议",
  acceptedDate,
});

interface RecordBody {
  id: number;
  version: number;
  values: { parties: Record<string, unknown>[] };
  display: Record<string, string>;
  error?: { problems: { field: string; code: string; message: string }[] };
}

async function create(parties: unknown, acceptedDate?: string) {
  const response = await clerk.request("POST", "/api/records/mediation", {
    values: caseValues(parties, acceptedDate),
  });
  return { status: response.statusCode, body: response.json<RecordBody>() };
}

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  bureau = orgs.justice;
  committee = (
    await test.db.transaction((tx) =>
      insertOrg(tx, {
        parentId: bureau,
        code: "141081-D01-TJ02",
        name: "侯马市道路交通事故纠纷人民调解委员会",
        kind: "committee",
      }),
    )
  ).id;
  context = testContext(test.db);
  clerkUser = await createTestUser(test.db, {
    username: "tj_clerk",
    orgId: committee,
    roles: ["clerk"],
    scope: "own",
  });
  const leaderUser = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  app = await testServer(context);
  clerk = await clientFor(app, context, clerkUser.id);
  leader = await clientFor(app, context, leaderUser.id);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe("rows are validated", () => {
  it("names the row and column of each bad cell, and writes nothing", async () => {
    const before = await tableCounts(test.db, ["r_mediation", "audit_event", "record_clock"]);
    const { status, body } = await create([
      WANG,
      { ...LI, idNumber: "141081198507150031" },
      { name: "", kind: "organisation", idNumber: "34052419800101001X" },
    ]);
    expect(status).toBe(400);
    expect(body.error?.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ["parties[2].idNumber", "field.invalidIdNumber"],
      ["parties[3].name", "field.required"],
      ["parties[3].idNumber", "field.notApplicable"],
    ]);
    expect(body.error?.problems[0]?.message).toBe(
      "当事人第2行：身份证号不是有效的公民身份号码（校验位不符）",
    );
    expect(await tableCounts(test.db, ["r_mediation", "audit_event", "record_clock"])).toEqual(
      before,
    );
  });

  it("needs at least two parties", async () => {
    const { status, body } = await create([WANG]);
    expect(status).toBe(400);
    expect(body.error?.problems).toEqual([
      { field: "parties", code: "rows.tooFew", message: "当事人至少填写2行" },
    ]);
  });
});

describe("rows are stored with the record", () => {
  let id: number;
  let version: number;

  it("stores the rows in order, and masks ID and phone numbers cell by cell", async () => {
    const { status, body } = await create([WANG, LI, FIRM]);
    expect(status).toBe(201);
    ({ id, version } = body);
    const [stored] = await test.db.query<{ parties: unknown }>(
      "SELECT parties FROM r_mediation WHERE id = $1",
      [id],
    );
    expect(stored?.parties).toEqual([
      { ...WANG, creditCode: null },
      { ...LI, creditCode: null, phone: null },
      { ...FIRM, idNumber: null, phone: null },
    ]);
    const seen = (
      await leader.request("GET", `/api/records/mediation/${String(id)}`)
    ).json<RecordBody>();
    expect(seen.values.parties.map((row) => [row.name, row.idNumber, row.phone])).toEqual([
      ["王秀兰", "340524********001X", "138****2345"],
      ["李建国", "141081********003X", null],
      ["侯马市顺达运输有限公司", null, null],
    ]);
    expect(seen.display.parties).toBe("王秀兰、李建国、侯马市顺达运输有限公司");
  });

  it("keeps the stored numbers behind masked cells a form sends back, and changes what was edited", async () => {
    const shown = (
      await clerk.request("GET", `/api/records/mediation/${String(id)}`)
    ).json<RecordBody>();
    const rows = shown.values.parties.map((row) => ({ ...row }));
    expect(rows[0]?.idNumber).toBe("340524********001X");
    rows[1] = { ...rows[1], name: "李建军" };
    const response = await clerk.request("PATCH", `/api/records/mediation/${String(id)}`, {
      version,
      values: { parties: rows },
    });
    expect(response.statusCode).toBe(200);
    version = response.json<RecordBody>().version;
    const [stored] = await test.db.query<{ parties: { name: string; idNumber: string | null }[] }>(
      "SELECT parties FROM r_mediation WHERE id = $1",
      [id],
    );
    expect(stored?.parties.map((row) => [row.name, row.idNumber])).toEqual([
      ["王秀兰", "34052419800101001X"],
      ["李建军", "14108119850715003X"],
      ["侯马市顺达运输有限公司", null],
    ]);
  });

  it("shows the row change in the history, in the same audit entry as the edit", async () => {
    const response = await clerk.request("GET", `/api/records/mediation/${String(id)}/history`);
    const items = response.json<{ items: HistoryItemView[] }>().items;
    const update = items.find((item) => item.action === "update");
    expect(update?.changes).toEqual([
      {
        field: "parties[2].name",
        label: "当事人第2行 姓名或名称",
        before: "李建国",
        after: "李建军",
      },
    ]);
    const created = items.find((item) => item.action === "create");
    expect(created?.changes.filter((change) => change.field.startsWith("parties"))).toEqual([
      expect.objectContaining({
        label: "当事人第1行（新增）",
        after: "王秀兰（类型：自然人，身份证号：340524********001X，联系电话：138****2345）",
      }),
      expect.objectContaining({ label: "当事人第2行（新增）" }),
      expect.objectContaining({ label: "当事人第3行（新增）" }),
    ]);
    const audits = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'mediation' AND record_id = $1 AND action = 'update'",
      [id],
    );
    expect(audits[0]?.n).toBe(1);
  });

  it("shows a removed row as removed", async () => {
    const shown = (
      await clerk.request("GET", `/api/records/mediation/${String(id)}`)
    ).json<RecordBody>();
    const response = await clerk.request("PATCH", `/api/records/mediation/${String(id)}`, {
      version: shown.version,
      values: { parties: shown.values.parties.slice(0, 2) },
    });
    expect(response.statusCode).toBe(200);
    const items = (
      await clerk.request("GET", `/api/records/mediation/${String(id)}/history`)
    ).json<{ items: HistoryItemView[] }>().items;
    expect(items.at(-1)?.changes).toEqual([
      {
        field: "parties[3]",
        label: "当事人第3行（删除）",
        before:
          "侯马市顺达运输有限公司（类型：法人或其他组织，统一社会信用代码：91141081MA0GRX5Q2C）",
        after: null,
      },
    ]);
  });

  it("exports the rows in one cell, masked, and finds the record by a party's name", async () => {
    const csv = (await leader.request("GET", "/api/records/mediation/export?format=csv")).body;
    expect(csv).toContain(
      "王秀兰（类型：自然人，身份证号：340524********001X，联系电话：138****2345）；李建军（类型：自然人，身份证号：141081********003X）",
    );
    expect(csv).not.toContain("34052419800101001X");
    const found = (await leader.request("GET", "/api/records/mediation?q=李建军")).json<{
      total: number;
    }>();
    expect(found.total).toBe(1);
    const gone = (await leader.request("GET", "/api/records/mediation?q=李建国")).json<{
      total: number;
    }>();
    expect(gone.total).toBe(0);
  });
});

describe("indicators over rows", () => {
  it("counts rows, rows of a kind, and distinct persons across cases", async () => {
    // Two cases in 2023 with 王秀兰 again and an organisation; a third with two new persons.
    const other = { name: "赵四", kind: "person", idNumber: "11010519491231002X" };
    expect((await create([WANG, FIRM], "2023-02-03")).status).toBe(201);
    expect((await create([other, { ...LI, name: "李建国" }], "2023-03-04")).status).toBe(201);
    const periods = [{ from: "2023-01-01", to: "2023-12-31" }];
    const [values] = await computeIndicators(test.db, {
      types: [mediation],
      actor: clerkUser,
      orgId: committee,
      periods,
    });
    const value = (key: string) => values?.get(key)?.value;
    expect(value("mediation.cases")).toBe(2);
    expect(value("mediation.parties")).toBe(4);
    expect(value("mediation.organisationParties")).toBe(1);
    // 王秀兰, 赵四, 李建国: 3 ID numbers over the two cases (the firm has none).
    expect(value("mediation.distinctPersons")).toBe(3);
    const [oracle] = await test.db.query<{ n: number }>(
      `SELECT count(DISTINCT p ->> 'idNumber')::int AS n FROM r_mediation r,
         jsonb_array_elements(r.parties) p WHERE r.accepted_date BETWEEN '2023-01-01' AND '2023-12-31'`,
    );
    expect(value("mediation.distinctPersons")).toBe(oracle?.n);
    const behind = await indicatorRecords(context, [mediation], clerkUser, {
      key: "mediation.organisationParties",
      orgId: committee,
      period: periods[0] ?? { from: "", to: "" },
      page: 1,
      pageSize: 10,
    });
    // Only the case with an organisation among its parties is behind that figure.
    expect(behind.total).toBe(1);
  });
});
