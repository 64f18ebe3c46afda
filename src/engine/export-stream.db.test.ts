// The streamed export: the list's records in the list's order, masked, converted to the sheet
// model's cells, read in batches by id; one audit event; the numbering year filter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { thirdParties } from "../domains/reconsideration/third-parties.js";
import { sheetModelOf } from "../kernel/sheet-model.js";
import { rowsSummary } from "../sheets/write-csv.js";
import type { SheetRecord } from "../sheets/types.js";
import type { Database } from "../db/client.js";
import { asSystem, type Actor } from "./actor.js";
import { exportRecordsStream } from "./export-stream.js";
import type { ListQuery } from "./list-query.js";
import { countRecords, listRecords } from "./records-read.js";
import { createRecord } from "./records-write.js";
import { maskRows, rowsText } from "./rows-text.js";

let test: TestDatabase;
let leader: Actor;
let marketClerk: Actor;
const queries: string[] = [];
let context: ReturnType<typeof testContext>;

const ID = "34052419800101001X";
const PHONE = "13812345678";
const parties = [
  { name: "王秀兰", kind: "person", idNumber: ID, phone: PHONE },
  { name: "某某有限公司", kind: "organization" },
];
const query: ListQuery = { filters: {}, page: 1, pageSize: 20 };

/** The database with every query's text recorded, to see how the export reads. */
function recording(db: Database): Database {
  return {
    ...db,
    query: (text: string, params?: readonly unknown[]) => {
      queries.push(text);
      return db.query(text, params);
    },
  };
}

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  context = testContext(recording(test.db));
  leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  marketClerk = await createTestUser(test.db, {
    username: "marketClerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  for (let i = 1; i <= 7; i += 1)
    await createRecord(context, reconsideration, asSystem("测试数据"), {
      applicantName: `申请人${i}`,
      applicantKind: "person",
      applicantIdNumber: ID,
      applicantPhone: PHONE,
      handlingOrg: orgs.justice,
      // Four cases against the market bureau, whose clerk reads only those.
      respondentOrg: i <= 4 ? orgs.market : orgs.townshipA,
      actCategory: "penalty",
      actDescription: "罚款决定",
      amountInvolved: 1000 + i,
      receivedDate: i <= 5 ? `2023-0${i}-10` : `2024-0${i}-10`,
      procedure: "ordinary",
      ...(i % 2 === 1 ? { thirdParties: parties } : {}),
    });
}, 120_000);
afterAll(async () => {
  await test.drop();
});

async function all(actor: Actor, q: ListQuery = query, batchSize = 3) {
  const exported = await exportRecordsStream(context, reconsideration, actor, q, {
    format: "xlsx",
    batchSize,
  });
  const records: SheetRecord[] = [];
  for await (const record of exported.records) records.push(record);
  return { total: exported.total, records };
}

describe("exportRecordsStream", () => {
  it("yields the list's records in the list's order, for each reader", async () => {
    for (const actor of [leader, marketClerk]) {
      const { total, records } = await all(actor);
      const list = await listRecords(context, reconsideration, actor, { ...query, pageSize: 200 });
      expect(total).toBe(await countRecords(context, reconsideration, actor, query));
      expect(records.map((record) => record.cells["recordNumber"])).toEqual(
        list.items.map((item) => item.recordNumber),
      );
      expect(records.map((record) => record.cells["_row"])).toEqual(records.map((_, i) => i + 1));
    }
    expect((await all(marketClerk)).total).toBe(4);
  });

  it("masks identifiers and converts values as the list shows them", async () => {
    const { records } = await all(leader);
    expect(JSON.stringify(records)).not.toContain(ID);
    expect(JSON.stringify(records)).not.toContain(PHONE);
    const first = records.find((record) => record.cells["applicantName"] === "申请人1");
    expect(first?.cells).toMatchObject({
      state: "已收到",
      applicantKind: "自然人",
      applicantIdNumber: "340524********001X",
      applicantPhone: "138****5678",
      handlingOrg: "侯马市司法局",
      respondentOrg: "侯马市市场监督管理局",
      actCategory: "行政处罚",
      amountInvolved: 1001,
      receivedDate: "2023-01-10",
      acceptedDate: null,
    });
    const rows = first?.children["thirdParties"] ?? [];
    expect(rows).toEqual([
      {
        _row: first?.cells["_row"],
        name: "王秀兰",
        kind: "自然人",
        idNumber: "340524********001X",
        creditCode: null,
        phone: "138****5678",
      },
      {
        _row: first?.cells["_row"],
        name: "某某有限公司",
        kind: "法人或其他组织",
        idNumber: null,
        creditCode: null,
        phone: null,
      },
    ]);
    // The CSV's one-cell summary is the list's rowsText of the masked rows.
    const [child] = sheetModelOf(reconsideration).children;
    if (!child) throw new Error("child sheet");
    expect(rowsSummary(child, rows)).toBe(rowsText(thirdParties, maskRows(thirdParties, parties)));
  });

  it("reads the rows in batches by id, one batch at a time", async () => {
    queries.length = 0;
    const exported = await exportRecordsStream(context, reconsideration, leader, query, {
      format: "csv",
      batchSize: 3,
    });
    const batchQueries = () => queries.filter((text) => text.includes("= ANY(")).length;
    // The ids are read up front (ids only), the values only when the writer asks.
    expect(batchQueries()).toBe(0);
    await exported.records.next();
    expect(batchQueries()).toBe(1);
    for await (const _record of exported.records) {
      // drain
    }
    expect(batchQueries()).toBe(Math.ceil(7 / 3));
  });

  it("writes one audit event with the query, the row count and the format", async () => {
    await all(leader, { ...query, filters: { actCategory: "penalty" } });
    const [event] = await test.db.query<{
      after: { rows: number; format: string; query: ListQuery };
    }>("SELECT after FROM audit_event WHERE action = 'export' ORDER BY seq DESC LIMIT 1");
    expect(event?.after).toMatchObject({
      rows: 7,
      format: "xlsx",
      query: { filters: { actCategory: "penalty" } },
    });
  });

  it("filters by the year of the numbering date", async () => {
    expect((await all(leader, { ...query, year: 2023 })).total).toBe(5);
    expect((await all(leader, { ...query, year: 2024 })).total).toBe(2);
    expect((await all(leader, { ...query, year: 2022 })).total).toBe(0);
  });
});
