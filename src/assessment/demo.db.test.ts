// The demo city's 2023 assessment comes out of its records: the published ranking of every
// department and township, the market bureau's leader appearance item equal to the rate its
// litigation records give by a separate query, every hand score with its evidence file, and the
// upheld objection's points in the scorecard.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../test/support/db.js";
import { DEMO_NOW, demoDatabase } from "../../test/support/demo-db.js";
import { defaultCalendarConfig } from "../calendar/config.js";
import { recordTypes } from "../domains/registry.js";
import { verifyAuditChain } from "../engine/audit.js";
import { loadActor } from "../server/auth/actor-loader.js";
import { listSchemes } from "./store.js";
import { rankingView, scorecardView } from "./view.js";

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

describe("the demo 2023 assessment", () => {
  it("is published with a ranking of the city's departments and townships", async () => {
    const office = await loadActor(test.db, "fzb");
    if (!office) throw new Error("no fzb");
    const [scheme] = await listSchemes(test.db, office);
    expect(scheme).toMatchObject({ year: 2023, status: "published", basedOn: "national-2021" });
    const ranking = await rankingView(context(), recordTypes, office, scheme?.id ?? 0);
    expect(ranking.items).toHaveLength(25);
    expect(ranking.items.map((row) => row.rank)).toEqual(
      [...ranking.items.map((row) => row.rank)].sort((a, b) => a - b),
    );
    expect(new Set(ranking.items.map((row) => row.total)).size).toBeGreaterThan(5);

    const market = ranking.items.find((row) => row.orgName === "侯马市市场监督管理局");
    const card = (
      await scorecardView(context(), recordTypes, office, scheme?.id ?? 0, market?.orgId ?? 0)
    ).scorecard;
    const appearance = card.items.find(
      (item) => item.indicator?.key === "litigation.leaderAppearanceRate",
    );
    const [expected] = await test.db.query<{ heard: number; appeared: number }>(
      `SELECT count(*)::int AS heard, count(*) FILTER (WHERE first_leader_appeared)::int AS appeared
       FROM r_litigation WHERE first_hearing_date BETWEEN '2023-01-01' AND '2023-12-31'
         AND (defendant_org = $1 OR coordinating_org = $1)`,
      [market?.orgId],
    );
    expect(expected?.heard).toBeGreaterThan(0);
    expect(appearance?.value).toBeCloseTo((expected?.appeared ?? 0) / (expected?.heard ?? 1));
    const upheld = card.items.find((item) =>
      item.objections.some((objection) => objection.state === "upheld"),
    );
    expect(upheld).toMatchObject({ status: "adjusted" });
    expect(upheld?.score).toBe(upheld?.points);
    expect(
      card.items
        .filter((item) => item.method === "hand")
        .every((item) => (item.handScore?.files ?? 0) > 0),
    ).toBe(true);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});
