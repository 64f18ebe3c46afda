// Migration 0015 moves the mediation parties from the party_a_* / party_b_* columns into rows of
// the parties table, every value kept, applicant first; third parties start empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import { migrate, readMigrations, type Migration } from "./migrate.js";

let test: TestDatabase;
let later: Migration[];

beforeAll(async () => {
  const all = await readMigrations();
  const before = all.filter((migration) => migration.name < "0015");
  later = all.filter((migration) => migration.name >= "0015");
  test = await freshDatabase(before);
});
afterAll(() => test.drop());

describe("migration 0015", () => {
  it("moves party A and B into rows, keeping every value, and drops the old columns", async () => {
    await test.db.query(
      `INSERT INTO r_mediation (state, party_a_name, party_a_kind, party_a_id_number, party_a_phone,
         party_b_name, party_b_kind, party_b_credit_code)
       VALUES ('mediating', '王秀兰', 'person', '34052419800101001X', '13835712345',
         '侯马市顺达运输有限公司', 'organisation', '91141081MA0GRX5Q2C'),
         ('mediating', '张三', 'person', NULL, NULL, NULL, NULL, NULL)`,
    );
    await test.db.query("INSERT INTO r_reconsideration (state) VALUES ('received')");
    await migrate(test.db, later);
    const rows = await test.db.query<{ parties: unknown }>(
      "SELECT parties FROM r_mediation ORDER BY id",
    );
    expect(rows.map((row) => row.parties)).toEqual([
      [
        {
          name: "王秀兰",
          kind: "person",
          idNumber: "34052419800101001X",
          creditCode: null,
          phone: "13835712345",
        },
        {
          name: "侯马市顺达运输有限公司",
          kind: "organisation",
          idNumber: null,
          creditCode: "91141081MA0GRX5Q2C",
          phone: null,
        },
      ],
      // An empty party B is no row.
      [{ name: "张三", kind: "person", idNumber: null, creditCode: null, phone: null }],
    ]);
    const columns = await test.db.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_name = 'r_mediation' AND column_name LIKE 'part%'`,
    );
    expect(columns.map((column) => column.name)).toEqual(["parties"]);
    const [third] = await test.db.query<{ third: unknown }>(
      "SELECT third_parties AS third FROM r_reconsideration",
    );
    expect(third?.third).toBeNull();
  });
});
