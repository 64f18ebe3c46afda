// Study sessions on a real database: the city's study groups and a department's own group, the
// attendance table (an absence needs its reason), corrections by editing, and the four figures
// (a department's sessions count in none of them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { computeIndicators } from "../../engine/indicators.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { studySession as type } from "./index.js";

let test: TestDatabase;
let city: number;
let market: number;
let township: number;
let office: SignedInUser;
let marketClerk: SignedInUser;
let townClerk: SignedInUser;
let auditor: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  ({ city, market, townshipA: township } = await createTestOrgs(test.db));
  const user = (username: string, orgId: number, role: "clerk" | "auditor" | "lawOffice") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "clerk" ? "own" : "all",
    });
  office = await user("fzb", city, "lawOffice");
  marketClerk = await user("scj_clerk", market, "clerk");
  townClerk = await user("ld_clerk", township, "clerk");
  auditor = await user("auditor", city, "auditor");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const session = (values: Record<string, unknown> = {}) => ({
  org: city,
  body: "partyCommittee",
  sessionDate: "2024-03-14",
  theme: "深入学习贯彻习近平法治思想",
  isLawTopic: true,
  speaker: "市委书记 陈志远",
  attendees: [
    { name: "陈志远", post: "市委书记", attendance: "present" },
    { name: "王振宇", post: "市委副书记", attendance: "leave", absenceReason: "参加临汾市会议" },
  ],
  ...values,
});

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("a study session", () => {
  it("is recorded by the rule-of-law office for the city with who attended", async () => {
    const row = await createRecord(context, type, office, session());
    expect(row).toMatchObject({ state: "held", recordNumber: "侯学〔2024〕1号" });
    expect(row.values.attendees).toEqual([
      { name: "陈志远", post: "市委书记", attendance: "present", absenceReason: null },
      { name: "王振宇", post: "市委副书记", attendance: "leave", absenceReason: "参加临汾市会议" },
    ]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = (
      await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_study_session")
    )[0]?.n;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { attendees: [{ name: "王振宇", post: "市委副书记", attendance: "absent" }] },
        "attendees[1].absenceReason",
        "field.required",
      ],
      [{ attendees: [] }, "attendees", "rows.tooFew"],
      [
        { attendees: [{ name: "王振宇", attendance: "present" }] },
        "attendees[1].post",
        "field.required",
      ],
      [{ body: "choir" }, "body", "field.invalidChoice"],
      [{ theme: undefined }, "theme", "field.required"],
    ];
    for (const [values, field, code] of cases) {
      const error = await errorOf(createRecord(context, type, office, session(values)));
      expect({ field: error.problems[0]?.field, code: error.problems[0]?.code }).toEqual({
        field,
        code,
      });
    }
    const outside = await errorOf(
      createRecord(context, type, marketClerk, session({ org: township, body: "unitGroup" })),
    );
    expect(outside.problems[0]).toMatchObject({ field: "org", code: "field.outOfScope" });
    const after = (
      await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_study_session")
    )[0]?.n;
    expect(after).toBe(before);
  });

  it("is corrected by editing; a department keeps its own group's sessions, out of others' sight", async () => {
    const own = await createRecord(
      context,
      type,
      marketClerk,
      session({ org: market, body: "unitGroup", speaker: "党组书记 田永刚" }),
    );
    const fixed = await updateRecord(context, type, marketClerk, own.id, {
      version: own.version,
      values: { isLawTopic: false, theme: "学习党的二十大精神" },
    });
    expect(fixed.values).toMatchObject({ isLawTopic: false, theme: "学习党的二十大精神" });
    expect((await errorOf(getRecord(context, type, townClerk, own.id))).kind).toBe("notFound");
    const audited = await getRecord(context, type, auditor, own.id);
    expect(audited.canEdit).toBe(false);
  });
});

describe("the study figures", () => {
  it("count the city's two groups and their rule-of-law sessions in the year", async () => {
    const add = (values: Record<string, unknown>) =>
      createRecord(context, type, office, session({ sessionDate: "2022-05-10", ...values }));
    await add({});
    await add({ isLawTopic: false, sessionDate: "2022-06-10" });
    await add({ isLawTopic: false, sessionDate: "2022-12-30" });
    await add({ body: "governmentPartyGroup" });
    await add({ body: "governmentPartyGroup", isLawTopic: false });
    await add({ body: "unitGroup", org: market });
    await add({ sessionDate: "2021-12-31" });
    const [values] = await computeIndicators(test.db, {
      types: [type],
      actor: auditor,
      orgId: city,
      periods: [{ from: "2022-01-01", to: "2022-12-31" }],
    });
    const figures = Object.fromEntries(
      [
        "study.partyCommitteeSessions",
        "study.partyCommitteeLawSessions",
        "study.governmentSessions",
        "study.governmentLawSessions",
      ].map((key) => [key, values?.get(key)?.value]),
    );
    expect(figures).toEqual({
      "study.partyCommitteeSessions": 3,
      "study.partyCommitteeLawSessions": 1,
      "study.governmentSessions": 2,
      "study.governmentLawSessions": 1,
    });
  });
});
