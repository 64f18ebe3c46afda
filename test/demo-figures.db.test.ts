// The demo city reproduces the 2023 figures of section (五) of the reference report, by query over
// records loaded through the engine (shared/reference/houma-2023-figures.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../src/calendar/config.js";
import { verifyAuditChain } from "../src/engine/audit.js";
import { seedDemo } from "../src/seed/seed.js";
import { freshDatabase, type TestDatabase } from "./support/db.js";

let test: TestDatabase;

beforeAll(async () => {
  test = await freshDatabase();
  await seedDemo(
    { db: test.db, calendar: defaultCalendarConfig, now: () => new Date("2026-11-26T02:00:00Z") },
    "Demo2026password",
  );
}, 300_000);
afterAll(() => test.drop());

const in2023 = (column: string) => `${column} BETWEEN '2023-01-01' AND '2023-12-31'`;
const one = async (sql: string): Promise<Record<string, number>> =>
  (await test.db.query<Record<string, number>>(sql))[0] ?? {};
const SPECIAL =
  "(is_minor OR is_elderly OR is_disabled OR is_migrant_worker OR is_military OR is_woman_case OR is_farmer)";

describe("2023 figures of 侯马市, section (五)", () => {
  it("reconsideration.cases = 68, litigation.cases = 21", async () => {
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_reconsideration WHERE ${in2023("received_date")}`,
      ),
    ).toEqual({ n: 68 });
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_litigation WHERE ${in2023("complaint_received_date")}`,
      ),
    ).toEqual({ n: 21 });
  });

  it("consultation.count = 3558 against a target of 2500 (142.3 %)", async () => {
    const { people = 0 } = await one(
      `SELECT sum(people)::int AS people FROM r_consultation WHERE ${in2023("consultation_date")}`,
    );
    const { target = 0 } = await one(
      "SELECT target_people AS target FROM r_consultation_target WHERE year = 2023",
    );
    expect(people).toBe(3558);
    expect(target).toBe(2500);
    expect(((people / target) * 100).toFixed(1)).toBe("142.3");
  });

  it("legalAid.cases = 150, of which 60 for special groups, all closed", async () => {
    expect(
      await one(`SELECT count(*)::int AS cases, (count(*) FILTER (WHERE ${SPECIAL}))::int AS special,
        (count(*) FILTER (WHERE ${SPECIAL} AND state = 'closed'))::int AS closed FROM r_legal_aid WHERE ${in2023("received_date")}`),
    ).toEqual({ cases: 150, special: 60, closed: 60 });
  });

  it("publicity: 30 lecturers, more than 60 activities with 12 online trainings, 2 productions", async () => {
    expect(
      await one("SELECT count(*)::int AS n FROM r_lecturer WHERE joined_date <= '2023-12-31'"),
    ).toEqual({ n: 30 });
    const activities = await one(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE kind = 'onlineTraining'))::int AS online FROM r_publicity_activity WHERE ${in2023("activity_date")}`,
    );
    expect(activities.n).toBeGreaterThan(60);
    expect(activities.online).toBe(12);
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_publicity_production WHERE ${in2023("produced_date")}`,
      ),
    ).toEqual({ n: 2 });
  });

  it("mediation.cases = 943, all successful", async () => {
    expect(
      await one(`SELECT count(*)::int AS n, (count(*) FILTER (WHERE state = 'closed' AND agreement_date IS NOT NULL))::int AS agreed
        FROM r_mediation WHERE ${in2023("accepted_date")}`),
    ).toEqual({ n: 943, agreed: 943 });
  });

  it("left an unbroken audit chain", async () => {
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});
