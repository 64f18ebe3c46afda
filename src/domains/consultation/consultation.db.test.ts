// The consultation log and its yearly target on a real database: a quick entry, the checks on
// phone and people, correcting an entry, the yearly sum the completion rate is built on, and the
// demo data (exactly 3558 人次 in 2023 against 2500).
import { textOf } from "../../kernel/values.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { getRecord } from "../../engine/records-read.js";
import { revealSensitive } from "../../engine/reveal.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import { catalogueExists } from "../catalogues/index.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import { consultationDemo, consultationTargetDemo, PEOPLE_2023 } from "./demo.js";
import { consultation, consultationTarget } from "./index.js";

let test: TestDatabase;
let bureau: number;
let centre: number;
let office: number;
let clerk: SignedInUser;
let officeClerk: SignedInUser;
let bureauClerk: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  bureau = orgs.justice;
  const child = (parentId: number, code: string, name: string) =>
    test.db.transaction((tx) => insertOrg(tx, { parentId, code, name, kind: "center" }));
  centre = (await child(bureau, "141081-D01-02", "公共法律服务中心")).id;
  // A justice office sits under its township, not under the bureau.
  office = (await child(orgs.townshipA, "141081001-SFS", "路东司法所")).id;
  const user = (username: string, orgId: number, role: "clerk" | "leader") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "leader" ? "all" : "own",
    });
  clerk = await user("gf_clerk", centre, "clerk");
  officeClerk = await user("sfs_clerk", office, "clerk");
  bureauClerk = await user("sfj_clerk", bureau, "clerk");
  leader = await user("leader", orgs.city, "leader");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const entry = (values: Record<string, unknown> = {}) => ({
  consultationDate: "2024-03-12",
  serviceOrg: centre,
  supervisingOrg: bureau,
  place: "hall",
  topic: "labour",
  summary: "咨询人在某工地务工，被拖欠工资8600元。告知可申请劳动仲裁。",
  people: 1,
  handledBy: "段文博",
  visitorPhone: "13835712345",
  ...values,
});

describe("the declarations", () => {
  it("are consistent", () => {
    for (const type of [consultation, consultationTarget])
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("a consultation entry", () => {
  it("is logged in one form, numbered, its phone masked and shown in full to its clerk only", async () => {
    const row = await createRecord(context, consultation, clerk, entry());
    expect(row.state).toBe("recorded");
    expect(row.recordNumber).toBe("侯咨〔2024〕1号");
    expect(row.values).toMatchObject({ people: 1, place: "hall", topic: "labour" });
    const view = await getRecord(context, consultation, clerk, row.id);
    expect(view.isFinal).toBe(false);
    expect(view.values.visitorPhone).toBe("138****2345");
    expect(view.revealable).toEqual(["visitorPhone"]);
    expect((await revealSensitive(context, consultation, clerk, row.id)).values).toEqual({
      visitorPhone: "13835712345",
    });
    const masked = await getRecord(context, consultation, leader, row.id);
    expect(masked.values.visitorPhone).toBe("138****2345");
    expect(masked.revealable).toEqual([]);
    expect((await errorOf(revealSensitive(context, consultation, leader, row.id))).kind).toBe(
      "forbidden",
    );
  });

  it("refuses a bad phone, naming the field", async () => {
    const error = await errorOf(
      createRecord(context, consultation, clerk, entry({ visitorPhone: "1383571234" })),
    );
    expect(error.kind).toBe("validation");
    expect(error.problems[0]).toMatchObject({ field: "visitorPhone", code: "field.invalidPhone" });
  });

  it("needs at least one person, counted in whole people", async () => {
    for (const people of [0, -2, 1.5]) {
      const error = await errorOf(createRecord(context, consultation, clerk, entry({ people })));
      expect(error.problems[0]?.field).toBe("people");
    }
    const missing = await errorOf(
      createRecord(context, consultation, clerk, entry({ people: undefined })),
    );
    expect(missing.problems[0]).toMatchObject({ field: "people", code: "field.required" });
  });

  it("is corrected by editing, and only the own organisation logs for itself", async () => {
    const row = await createRecord(context, consultation, clerk, entry({ people: 2 }));
    const fixed = await updateRecord(context, consultation, clerk, row.id, {
      version: row.version,
      values: { people: 3, topic: "marriage" },
    });
    expect(fixed.values).toMatchObject({ people: 3, topic: "marriage" });
    const outside = await errorOf(
      createRecord(context, consultation, bureauClerk, entry({ consultationDate: "2024-03-13" })),
    );
    expect(outside.problems[0]).toMatchObject({ field: "serviceOrg", code: "field.outOfScope" });
    // The bureau reads what it supervises but does not edit it.
    const seen = await getRecord(context, consultation, bureauClerk, row.id);
    expect(seen.canEdit).toBe(false);
  });
});

describe("the yearly sum and the target", () => {
  it("sums people in a year across the bureau's centre and the justice offices", async () => {
    const entries: [SignedInUser, number, string, number][] = [
      [clerk, centre, "2022-05-09", 4],
      [clerk, centre, "2022-06-14", 1],
      [officeClerk, office, "2022-07-20", 35],
      [officeClerk, office, "2022-12-30", 2],
      [clerk, centre, "2023-01-03", 7],
    ];
    for (const [actor, serviceOrg, consultationDate, people] of entries) {
      await createRecord(
        context,
        consultation,
        actor,
        entry({
          serviceOrg,
          consultationDate,
          people,
          place: serviceOrg === office ? "justiceOffice" : "hall",
        }),
      );
    }
    const [bureauPath] = await test.db.query<{ path: string }>(
      "SELECT path FROM org WHERE id = $1",
      [bureau],
    );
    const [sum] = await test.db.query<{ people: number }>(
      `SELECT coalesce(sum(c.people), 0)::int AS people FROM r_consultation c
       WHERE c.consultation_date BETWEEN '2022-01-01' AND '2022-12-31'
         AND (c.service_org IN (SELECT id FROM org WHERE path LIKE $1)
           OR c.supervising_org IN (SELECT id FROM org WHERE path LIKE $1))`,
      [`${bureauPath?.path ?? "?"}%`],
    );
    expect(sum?.people).toBe(4 + 1 + 35 + 2);
  });

  it("keeps a target per organisation and year", async () => {
    const row = await createRecord(context, consultationTarget, bureauClerk, {
      org: bureau,
      year: 2022,
      targetPeople: 40,
      setOn: "2022-02-21",
      note: "全市全年免费法律咨询不少于40人次",
    });
    expect(row.recordNumber).toBe("侯咨目标〔2022〕1号");
    const [rate] = await test.db.query<{ rate: string }>(
      `SELECT round(100.0 * (SELECT sum(people) FROM r_consultation
         WHERE consultation_date BETWEEN '2022-01-01' AND '2022-12-31') / t.target_people, 1)::text AS rate
       FROM r_consultation_target t WHERE t.id = $1`,
      [row.id],
    );
    expect(rate?.rate).toBe("105.0");
    const noYear = await errorOf(
      createRecord(context, consultationTarget, bureauClerk, {
        org: bureau,
        targetPeople: 40,
        setOn: "2022-02-21",
      }),
    );
    expect(noYear.problems[0]).toMatchObject({ field: "year", code: "field.required" });
  });
});

describe("the demo data", () => {
  const ids = new Map<string, number>();
  const refs = (today: string) =>
    offlineDemoRefs(today, (code: string) => {
      if (!ids.has(code)) ids.set(code, ids.size + 1);
      return ids.get(code) ?? 0;
    });

  it("logs exactly 3558 人次 in 2023 on working days, against a target of 2500", () => {
    const records = consultationDemo(refs("2026-11-27"));
    const of2023 = records.filter((r) => textOf(r.values.consultationDate).startsWith("2023"));
    const people = of2023.reduce((sum, r) => sum + Number(r.values.people), 0);
    expect(people).toBe(PEOPLE_2023);
    expect(of2023.length).toBeGreaterThan(400);
    expect(of2023.length).toBeLessThan(520);
    expect(new Set(of2023.map((r) => JSON.stringify(r.values))).size).toBe(of2023.length);
    expect(records.every((r) => textOf(r.values.consultationDate) <= "2026-11-27")).toBe(true);
    const targets = consultationTargetDemo(refs("2026-11-27"));
    expect(targets.find((t) => t.values.year === 2023)?.values.targetPeople).toBe(2500);
    expect((100 * PEOPLE_2023) / 2500).toBeCloseTo(142.3, 1);
  });

  it("stops at the load day", () => {
    const records = consultationDemo(refs("2025-03-31"));
    expect(records.some((r) => textOf(r.values.consultationDate) > "2025-03-31")).toBe(false);
    expect(consultationTargetDemo(refs("2025-01-10")).map((t) => t.values.year)).toEqual([
      2023, 2024,
    ]);
  });
});
