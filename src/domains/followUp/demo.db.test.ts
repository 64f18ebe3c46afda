// The demo city's instructions and follow-ups, loaded through the bulk path: the report's figure of
// 2023, follow-ups linked to their instructions and to open cases, and overdue ones at load time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../../calendar/config.js";
import { asSystem } from "../../engine/actor.js";
import { computeIndicators } from "../../engine/indicators.js";
import { listRecords } from "../../engine/records-read.js";
import type { TestDatabase } from "../../../test/support/db.js";
import { DEMO_NOW, demoDatabase } from "../../../test/support/demo-db.js";
import { recordTypes } from "../registry.js";
import { followUp } from "./index.js";

let test: TestDatabase;
const context = () => ({
  db: test.db,
  calendar: defaultCalendarConfig,
  now: () => DEMO_NOW,
});

beforeAll(async () => {
  test = await demoDatabase();
}, 300_000);
afterAll(() => test.drop());

describe("demo instructions and follow-ups", () => {
  it("counts 8 rule-of-law instructions by the secretary or the mayor in 2023", async () => {
    const [row] = await test.db.query<{ all: number; counted: number }>(
      `SELECT count(*)::int AS all,
         count(*) FILTER (WHERE is_rule_of_law AND leader_role IN ('partySecretary', 'mayor'))::int AS counted
       FROM r_instruction WHERE instructed_on BETWEEN '2023-01-01' AND '2023-12-31'`,
    );
    expect(row).toEqual({ all: 10, counted: 8 });
    // The figure itself, as the report computes it for the city (the org tree's root).
    const [city] = await test.db.query<{ id: number }>("SELECT id FROM org WHERE code = '141081'");
    const [values] = await computeIndicators(test.db, {
      types: recordTypes,
      actor: asSystem("test"),
      orgId: city?.id ?? 0,
      periods: [{ from: "2023-01-01", to: "2023-12-31" }],
    });
    expect(values?.get("leadership.instructions")?.value).toBe(8);
  });

  it("links every follow-up to a record, most to instructions, some to open cases", async () => {
    const rows = await test.db.query<{ kind: string; n: number }>(
      `SELECT split_part(source, ':', 1) AS kind, count(*)::int AS n FROM r_follow_up GROUP BY 1 ORDER BY 1`,
    );
    const byKind = Object.fromEntries(rows.map((row) => [row.kind, row.n]));
    expect(byKind["instruction"]).toBeGreaterThan(25);
    expect((byKind["legalAid"] ?? 0) + (byKind["reconsideration"] ?? 0)).toBeGreaterThanOrEqual(2);
    const [dangling] = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM r_follow_up f WHERE split_part(f.source, ':', 1) = 'instruction'
         AND NOT EXISTS (SELECT 1 FROM r_instruction i WHERE 'instruction:' || i.id = f.source)`,
    );
    expect(dangling?.n).toBe(0);
  });

  it("has overdue follow-ups at load time, on the overdue list of the rule-of-law office", async () => {
    const page = await listRecords(context(), followUp, asSystem("test"), {
      filters: {},
      overdue: true,
      page: 1,
      pageSize: 50,
    });
    expect(page.total).toBeGreaterThanOrEqual(2);
    for (const item of page.items) {
      expect(item.nextDue?.tone).toBe("overdue");
      expect(String(item.values["dueDate"]) < "2026-11-26").toBe(true);
    }
    const [late] = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM record_clock WHERE record_type = 'followUp' AND status = 'stopped' AND stopped_on > due_on`,
    );
    expect(late?.n).toBeGreaterThan(0);
  });
});
