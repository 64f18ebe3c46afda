// The demo city's licensing records, loaded through the bulk path, give the report's figures of
// 2023 as the report computes them for the city: 58 items reassigned, 14 joint acceptances and 6
// utility connections handled; the records behind the first are the 58 items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../../calendar/config.js";
import { asSystem } from "../../engine/actor.js";
import { indicatorRecords } from "../../engine/indicator-records.js";
import { computeIndicators } from "../../engine/indicators.js";
import type { TestDatabase } from "../../../test/support/db.js";
import { DEMO_NOW, demoDatabase } from "../../../test/support/demo-db.js";
import { recordTypes } from "../registry.js";

let test: TestDatabase;
let city: number;
const context = () => ({
  db: test.db,
  calendar: defaultCalendarConfig,
  now: () => DEMO_NOW,
});
const year2023 = { from: "2023-01-01", to: "2023-12-31" };

beforeAll(async () => {
  test = await demoDatabase();
  const [row] = await test.db.query<{ id: number }>("SELECT id FROM org WHERE code = '141081'");
  city = row?.id ?? 0;
}, 300_000);
afterAll(() => test.drop());

describe("demo licensing records", () => {
  it("give the 2023 figures of section (二): 58 items reassigned, 14 joint acceptances, 6 connections", async () => {
    const [values] = await computeIndicators(test.db, {
      types: recordTypes,
      actor: asSystem("test"),
      orgId: city,
      periods: [year2023],
    });
    expect(
      ["itemsReassigned", "jointAcceptances", "utilityConnections"].map(
        (name) => values?.get(`licensing.${name}`)?.value,
      ),
    ).toEqual([58, 14, 6]);
    // The year's reforms cut something on every measure.
    for (const name of ["timeLimitReduced", "materialsReduced", "stepsReduced", "tripsReduced"])
      expect(values?.get(`licensing.${name}`)?.value).toBeGreaterThan(0);
    expect(values?.get("licensing.items")?.value).toBeGreaterThan(250);
  });

  it("count each item once by its dated change rows, as a query over the rows says", async () => {
    const [row] = await test.db.query<{ items: number; rows: number }>(
      `SELECT count(DISTINCT r.id)::int AS items, count(*)::int AS rows
       FROM r_licensing_item r CROSS JOIN LATERAL jsonb_array_elements(r.reassignments) e
       WHERE e.value ->> 'effectiveOn' BETWEEN '2023-01-01' AND '2023-12-31'`,
    );
    expect(row?.items).toBe(58);
    expect(row?.rows).toBeGreaterThan(58);
    const behind = await indicatorRecords(context(), recordTypes, asSystem("test"), {
      key: "licensing.itemsReassigned",
      orgId: city,
      period: year2023,
      page: 1,
      pageSize: 100,
    });
    expect(behind.total).toBe(58);
  });

  it("count cases completed in 2023, not those received then and completed later or refused", async () => {
    const rows = await test.db.query<{ type: string; received: number; completed: number }>(
      `SELECT 'joint' AS type,
         count(*) FILTER (WHERE received_on BETWEEN '2023-01-01' AND '2023-12-31')::int AS received,
         count(*) FILTER (WHERE state = 'completed' AND completed_on BETWEEN '2023-01-01' AND '2023-12-31')::int AS completed
       FROM r_joint_acceptance
       UNION ALL
       SELECT 'utility',
         count(*) FILTER (WHERE received_on BETWEEN '2023-01-01' AND '2023-12-31')::int,
         count(*) FILTER (WHERE state = 'completed' AND completed_on BETWEEN '2023-01-01' AND '2023-12-31')::int
       FROM r_utility_connection ORDER BY 1`,
    );
    expect(rows).toEqual([
      { type: "joint", received: 15, completed: 14 },
      { type: "utility", received: 7, completed: 6 },
    ]);
  });
});
