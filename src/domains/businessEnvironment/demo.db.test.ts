// The demo city's business-environment tasks, loaded through the bulk path: the report's figures of
// 2023 (五类602项) by query and as the report computes them, closing with evidence the rule, overdue
// tasks on the overdue list at load time, and follow-ups of the office pushing some of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../../calendar/config.js";
import { asSystem } from "../../engine/actor.js";
import { computeIndicators } from "../../engine/indicators.js";
import { listRecords } from "../../engine/records-read.js";
import type { TestDatabase } from "../../../test/support/db.js";
import { DEMO_NOW, demoDatabase } from "../../../test/support/demo-db.js";
import { recordTypes } from "../registry.js";
import { businessEnvironmentTask } from "./index.js";

let test: TestDatabase;
const TODAY = DEMO_NOW.toISOString().slice(0, 10);
const context = () => ({
  db: test.db,
  calendar: defaultCalendarConfig,
  now: () => DEMO_NOW,
});

beforeAll(async () => {
  test = await demoDatabase();
}, 300_000);
afterAll(() => test.drop());

describe("demo business-environment tasks", () => {
  it("has 602 tasks of the 2023 letter in 5 categories, by query and as the report computes them", async () => {
    const [row] = await test.db.query<{ tasks: number; categories: number; cancelled: number }>(
      `SELECT count(*) FILTER (WHERE state <> 'cancelled')::int AS tasks,
         count(DISTINCT category) FILTER (WHERE state <> 'cancelled')::int AS categories,
         count(*) FILTER (WHERE state = 'cancelled')::int AS cancelled
       FROM r_business_environment_task WHERE letter_year = 2023`,
    );
    expect(row).toEqual({ tasks: 602, categories: 5, cancelled: 2 });
    const [city] = await test.db.query<{ id: number }>("SELECT id FROM org WHERE code = '141081'");
    const [values] = await computeIndicators(test.db, {
      types: recordTypes,
      actor: asSystem("test"),
      orgId: city?.id ?? 0,
      periods: [{ from: "2023-01-01", to: "2023-12-31" }],
    });
    expect(values?.get("businessEnvironment.tasks")?.value).toBe(602);
    expect(values?.get("businessEnvironment.taskCategories")?.value).toBe(5);
  });

  it("spreads the tasks over departments and townships, and has other years' letters", async () => {
    const [spread] = await test.db.query<{ orgs: number; townships: number }>(
      `SELECT count(DISTINCT t.responsible_org)::int AS orgs,
         count(DISTINCT t.responsible_org) FILTER (WHERE o.kind IN ('township', 'subdistrict'))::int AS townships
       FROM r_business_environment_task t JOIN org o ON o.id = t.responsible_org
       WHERE t.letter_year = 2023`,
    );
    expect(spread?.orgs).toBeGreaterThanOrEqual(20);
    expect(spread?.townships).toBeGreaterThanOrEqual(5);
    const years = await test.db.query<{ year: number; n: number }>(
      `SELECT letter_year AS year, count(*)::int AS n FROM r_business_environment_task GROUP BY 1 ORDER BY 1`,
    );
    expect(years.map((entry) => entry.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const entry of years.filter((item) => item.year !== 2023))
      expect(entry.n).toBeGreaterThan(100);
  });

  it("closes most 2023 tasks, several after rectification, and no task without a completion report", async () => {
    const [row] = await test.db.query<{ closed: number; rectified: number; unreported: number }>(
      `SELECT count(*) FILTER (WHERE state = 'closed')::int AS closed,
         count(*) FILTER (WHERE state = 'closed' AND rectified_on IS NOT NULL)::int AS rectified,
         count(*) FILTER (WHERE state = 'closed' AND (completed_on IS NULL OR completion_text IS NULL))::int AS unreported
       FROM r_business_environment_task WHERE letter_year = 2023`,
    );
    expect(row?.closed).toBe(602);
    expect(row?.rectified).toBeGreaterThan(10);
    expect(row?.unreported).toBe(0);
    const [late] = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM record_clock WHERE record_type = 'businessEnvironmentTask'
         AND clock_id = 'taskDue' AND status = 'stopped' AND stopped_on > due_on`,
    );
    expect(late?.n).toBeGreaterThan(10);
  });

  it("has open tasks past their due date and some in rectification at load time, on the overdue list, some followed up", async () => {
    const page = await listRecords(context(), businessEnvironmentTask, asSystem("test"), {
      filters: {},
      overdue: true,
      page: 1,
      pageSize: 100,
    });
    expect(page.total).toBeGreaterThanOrEqual(3);
    for (const item of page.items) expect(item.nextDue?.tone).toBe("overdue");
    const [open] = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM r_business_environment_task
       WHERE state IN ('assigned', 'inProgress', 'returned') AND due_date < $1`,
      [TODAY],
    );
    expect(page.total).toBeGreaterThanOrEqual(open?.n ?? 0);
    // Some being rectified after a recent check, at least one past the check's limit.
    const [rectifying] = await test.db.query<{ n: number; late: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE rectification_due < $1)::int AS late
       FROM r_business_environment_task WHERE state = 'rectifying'`,
      [TODAY],
    );
    expect(rectifying?.n).toBeGreaterThanOrEqual(3);
    expect(rectifying?.late).toBeGreaterThanOrEqual(1);
    const pushed = await test.db.query<{ state: string; due: string }>(
      `SELECT t.state, t.due_date::text AS due FROM r_follow_up f
       JOIN r_business_environment_task t ON 'businessEnvironmentTask:' || t.id = f.source`,
    );
    expect(pushed).toHaveLength(3);
    for (const task of pushed) {
      expect(["assigned", "inProgress", "returned"]).toContain(task.state);
      expect(task.due < TODAY).toBe(true);
    }
  });
});
