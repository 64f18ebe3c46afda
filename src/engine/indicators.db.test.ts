// Indicators against an independent oracle: random records of a test record type across the org
// tree; for several users, subtrees and periods, every value equals what plain JavaScript counts
// over the same rows with the read rule applied, and the drill-down lists exactly those records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { seededRandom } from "../seed/random.js";
import type { Actor } from "./actor.js";
import { asSystem } from "./actor.js";
import { errorOf } from "../../test/support/engine.js";
import { indicatorRecords } from "./indicator-records.js";
import { computeIndicators, type IndicatorValue } from "./indicators.js";
import { planMigration } from "./migration-plan.js";

const tally: RecordTypeDeclaration = {
  id: "tallyTest",
  label: "测试台账",
  englishLabel: "Tally (test)",
  numbering: { prefix: "测", dateField: "day" },
  titleField: "note",
  fields: [
    { name: "owner", label: "承办单位", kind: "org", required: true },
    { name: "partner", label: "协办单位", kind: "org" },
    { name: "day", label: "日期", kind: "date", required: true },
    { name: "endDay", label: "结束日期", kind: "date" },
    { name: "amount", label: "人次", kind: "integer" },
    {
      name: "kind",
      label: "类别",
      kind: "choice",
      options: [
        { value: "a", label: "甲" },
        { value: "b", label: "乙" },
        { value: "c", label: "丙" },
      ],
    },
    { name: "flag", label: "标记", kind: "boolean" },
    { name: "other", label: "另一标记", kind: "boolean" },
    { name: "year", label: "年度", kind: "integer" },
    { name: "note", label: "摘要", kind: "text" },
  ],
  workflow: {
    initial: "open",
    states: [
      { id: "open", label: "办理中" },
      { id: "closed", label: "已办结" },
    ],
    actions: [],
  },
  clocks: [],
  access: {
    read: ["clerk", "lawOffice", "head"],
    create: ["clerk"],
    update: ["clerk"],
    orgFields: ["owner", "partner"],
  },
  list: {
    columns: ["day", "owner"],
    filters: [],
    defaultSort: { field: "day", direction: "desc" },
  },
  indicators: [
    {
      key: "tally.count",
      label: "件数",
      section: "disputes",
      unit: "件",
      measure: { kind: "count" },
      period: { mode: "within", field: "day" },
    },
    {
      key: "tally.people",
      label: "人次",
      section: "disputes",
      unit: "人次",
      measure: { kind: "sum", field: "amount" },
      period: { mode: "within", field: "day" },
    },
    {
      key: "tally.kinds",
      label: "类别数",
      section: "disputes",
      unit: "类",
      measure: { kind: "distinct", field: "kind" },
      period: { mode: "within", field: "day" },
    },
    {
      key: "tally.flagged",
      label: "标记件数",
      section: "disputes",
      unit: "件",
      measure: { kind: "count" },
      period: { mode: "within", field: "day" },
      where: [
        {
          anyOf: [
            { field: "flag", equals: true },
            { field: "other", equals: true },
          ],
        },
        { field: "kind", in: ["a", "b"] },
      ],
    },
    {
      key: "tally.closedFlagged",
      label: "标记办结件数",
      section: "disputes",
      unit: "件",
      measure: { kind: "count" },
      period: { mode: "within", field: "day" },
      where: [
        {
          anyOf: [
            { field: "flag", equals: true },
            { field: "other", equals: true },
          ],
        },
        { field: "kind", in: ["a", "b"] },
        { field: "state", equals: "closed" },
      ],
    },
    {
      key: "tally.closedRate",
      label: "办结率",
      section: "disputes",
      unit: "",
      measure: { kind: "ratio", numerator: "tally.closedFlagged", denominator: "tally.flagged" },
      format: { kind: "percent", decimals: 1 },
    },
    {
      key: "tally.standing",
      label: "在册数",
      section: "disputes",
      unit: "名",
      measure: { kind: "count" },
      period: { mode: "asOf", field: "day", endField: "endDay" },
    },
    {
      key: "tally.target",
      label: "目标",
      section: "disputes",
      unit: "人次",
      measure: { kind: "target", field: "amount", latestBy: "day" },
      period: { mode: "year", field: "year" },
      where: [{ field: "year", isSet: true }],
    },
  ],
};

interface Row {
  id: number;
  owner: number;
  partner: number | null;
  day: string;
  endDay: string | null;
  amount: number;
  kind: string;
  flag: boolean;
  other: boolean;
  year: number | null;
  state: string;
}

let test: TestDatabase;
let orgs: TestOrgs;
let paths: Map<number, string>;
const rows: Row[] = [];
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  for (const statement of planMigration([tally], {}).statements) await test.db.query(statement);
  const ids = [orgs.city, orgs.justice, orgs.market, orgs.townshipA, orgs.teamA, orgs.townshipB];
  paths = new Map(
    (await test.db.query<{ id: number; path: string }>("SELECT id, path FROM org")).map((o) => [
      o.id,
      o.path,
    ]),
  );
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let i = 1; i <= 400; i += 1) {
    const day = `${String(pick([2022, 2023, 2024]))}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const row: Row = {
      id: i,
      owner: pick(ids),
      partner: random() < 0.4 ? pick(ids) : null,
      day,
      endDay: random() < 0.3 ? `${String(Number(day.slice(0, 4)) + 1)}-06-30` : null,
      amount: Math.floor(random() * 50),
      kind: pick(["a", "b", "c"]),
      flag: random() < 0.3,
      other: random() < 0.2,
      year: random() < 0.05 ? pick([2023, 2024]) : null,
      state: random() < 0.6 ? "closed" : "open",
    };
    rows.push(row);
    await test.db.query(
      `INSERT INTO r_tally_test (id, state, version, record_number, created_at, updated_at, search_text, owner, partner, day, end_day, amount, kind, flag, other, year)
       VALUES ($1, $2, 1, $3, now(), now(), '', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        row.id,
        row.state,
        `测${String(i)}`,
        row.owner,
        row.partner,
        row.day,
        row.endDay,
        row.amount,
        row.kind,
        row.flag,
        row.other,
        row.year,
      ],
    );
  }
  actors.system = asSystem("test oracle");
  actors.officeAll = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  actors.clerkOwn = await createTestUser(test.db, {
    username: "clerk_a",
    orgId: orgs.townshipA,
    roles: ["clerk"],
    scope: "own",
  });
  actors.headSubtree = await createTestUser(test.db, {
    username: "head_a",
    orgId: orgs.townshipA,
    roles: ["head"],
    scope: "subtree",
  });
  actors.leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
}, 120_000);
afterAll(() => test.drop());

const inSubtree = (org: number | null, root: number) =>
  org !== null && (paths.get(org) ?? "").startsWith(paths.get(root) ?? "-");

function readable(actor: Actor, row: Row): boolean {
  if (actor.kind === "system" || actor.scope === "all") return true;
  const orgsOf = [row.owner, row.partner];
  if (actor.scope === "own") return orgsOf.includes(actor.orgId);
  return orgsOf.some((org) => inSubtree(org, actor.orgId));
}

/** The oracle: plain JavaScript over the inserted rows. */
function expected(actor: Actor, root: number, from: string, to: string) {
  const visible = rows.filter((row) => readable(actor, row));
  const scoped = visible.filter(
    (row) => inSubtree(row.owner, root) || inSubtree(row.partner, root),
  );
  const within = scoped.filter((row) => row.day >= from && row.day <= to);
  const flagged = within.filter(
    (row) => (row.flag || row.other) && (row.kind === "a" || row.kind === "b"),
  );
  const closedFlagged = flagged.filter((row) => row.state === "closed").length;
  const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  const wholeYears = from.endsWith("-01-01") && to.endsWith("-12-31");
  const targets = visible.filter(
    (row) =>
      inSubtree(row.owner, root) &&
      row.year !== null &&
      row.year >= (years[0] ?? 0) &&
      row.year <= (years[1] ?? 0),
  );
  const latest = new Map<string, Row>();
  for (const row of targets) {
    const key = `${String(row.owner)}/${String(row.year)}`;
    const seen = latest.get(key);
    if (!seen || row.day > seen.day || (row.day === seen.day && row.id > seen.id))
      latest.set(key, row);
  }
  const topmost = [...latest.values()].filter(
    (row) =>
      ![...latest.values()].some(
        (other) =>
          other.year === row.year && other.owner !== row.owner && inSubtree(row.owner, other.owner),
      ),
  );
  return {
    "tally.count": within.length,
    "tally.people": within.reduce((sum, row) => sum + row.amount, 0),
    "tally.kinds": new Set(within.map((row) => row.kind)).size,
    "tally.flagged": flagged.length,
    "tally.closedFlagged": closedFlagged,
    "tally.closedRate": flagged.length === 0 ? null : closedFlagged / flagged.length,
    "tally.standing": scoped.filter(
      (row) => row.day <= to && (row.endDay === null || row.endDay > to),
    ).length,
    "tally.target":
      topmost.length === 0 || !wholeYears
        ? null
        : topmost.reduce((sum, row) => sum + row.amount, 0),
  };
}

describe("computeIndicators", () => {
  const periods = [
    { from: "2023-01-01", to: "2023-12-31" },
    { from: "2022-01-01", to: "2022-12-31" },
    { from: "2023-04-01", to: "2024-03-31" },
  ];

  it("equals the oracle for every user, subtree and period, through the read rule", async () => {
    for (const name of ["system", "officeAll", "clerkOwn", "headSubtree"]) {
      const actor = actors[name] as Actor;
      for (const root of [orgs.city, orgs.townshipA, orgs.justice]) {
        const values = await computeIndicators(test.db, {
          types: [tally],
          actor,
          orgId: root,
          periods,
        });
        periods.forEach((period, p) => {
          const got = Object.fromEntries(
            [...(values[p] ?? new Map<string, IndicatorValue>())].map(([key, v]) => [key, v.value]),
          );
          expect({ name, root, period, got }).toEqual({
            name,
            root,
            period,
            got: expected(actor, root, period.from, period.to),
          });
        });
      }
    }
  });

  it("a user without a reading role counts nothing and is told so", async () => {
    const [values] = await computeIndicators(test.db, {
      types: [tally],
      actor: actors.leader as Actor,
      orgId: orgs.city,
      periods: [periods[0] ?? { from: "", to: "" }],
    });
    expect(
      [...(values ?? new Map<string, IndicatorValue>()).values()].every(
        (value) => !value.readable && value.value === null,
      ),
    ).toBe(true);
  });

  it("refuses an unknown organisation, naming the field", async () => {
    const error = await errorOf(
      computeIndicators(test.db, {
        types: [tally],
        actor: actors.system as Actor,
        orgId: 999_999,
        periods,
      }),
    );
    expect(error.problems[0]?.field).toBe("org");
  });
});

describe("indicatorRecords", () => {
  const context = () => testContext(test.db);
  const period = { from: "2023-01-01", to: "2023-12-31" };

  it("lists exactly the records behind a value, page by page, for a scoped user", async () => {
    for (const key of ["tally.count", "tally.flagged", "tally.standing"]) {
      const actor = actors.headSubtree as Actor;
      const [values] = await computeIndicators(test.db, {
        types: [tally],
        actor,
        orgId: orgs.city,
        periods: [period],
      });
      const seen: number[] = [];
      for (let page = 1; page <= 20; page += 1) {
        const result = await indicatorRecords(context(), [tally], actor, {
          key,
          orgId: orgs.city,
          period,
          page,
          pageSize: 25,
        });
        expect(result.total).toBe(values?.get(key)?.value);
        seen.push(...result.items.map((item) => item.id));
        if (result.items.length < 25) break;
      }
      expect(new Set(seen).size).toBe(values?.get(key)?.value);
      for (const id of seen) expect(readable(actor, rows[id - 1] as Row)).toBe(true);
    }
  });

  it("sends a ratio to its parts, and an unknown key or unreadable type to not found", async () => {
    const ratio = await errorOf(
      indicatorRecords(context(), [tally], actors.officeAll as Actor, {
        key: "tally.closedRate",
        orgId: orgs.city,
        period,
        page: 1,
        pageSize: 10,
      }),
    );
    expect(ratio.problems[0]).toMatchObject({ field: "key", code: "indicator.ratio" });
    expect(
      (
        await errorOf(
          indicatorRecords(context(), [tally], actors.officeAll as Actor, {
            key: "tally.none",
            orgId: orgs.city,
            period,
            page: 1,
            pageSize: 10,
          }),
        )
      ).kind,
    ).toBe("notFound");
    expect(
      (
        await errorOf(
          indicatorRecords(context(), [tally], actors.leader as Actor, {
            key: "tally.count",
            orgId: orgs.city,
            period,
            page: 1,
            pageSize: 10,
          }),
        )
      ).kind,
    ).toBe("notFound");
  });
});
