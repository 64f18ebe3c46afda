// The 普法 record types on a real database: creating each, field checks (phone, audience size),
// the lecturer leaving, access for the justice bureau and a township, and counts by kind in SQL.
import { ruleFactsOf } from "../../calendar/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { takeAction } from "../../engine/actions.js";
import { tableOf } from "../../engine/naming.js";
import { getRecord } from "../../engine/records-read.js";
import { revealSensitive } from "../../engine/reveal.js";
import { createRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import { catalogueExists } from "../catalogues/index.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { educationBase, lecturer, publicityActivity, publicityProduction } from "./index.js";

const types: readonly RecordTypeDeclaration[] = [
  lecturer,
  publicityActivity,
  publicityProduction,
  educationBase,
];

let test: TestDatabase;
let bureau: number;
let township: number;
let bureauClerk: SignedInUser;
let townshipClerk: SignedInUser;
let lawOffice: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  bureau = orgs.justice;
  township = orgs.townshipA;
  bureauClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: bureau,
    roles: ["clerk"],
    scope: "own",
  });
  townshipClerk = await createTestUser(test.db, {
    username: "ld_clerk",
    orgId: township,
    roles: ["clerk"],
    scope: "own",
  });
  lawOffice = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

const member = (values: Record<string, unknown> = {}) => ({
  name: "卫志远",
  employer: "中共侯马市委党校",
  post: "副教授",
  speciality: "constitution",
  phone: "13835712345",
  joinedDate: "2021-09-16",
  managingOrg: bureau,
  ...values,
});

const event = (values: Record<string, unknown> = {}) => ({
  theme: "侯马市2023年“宪法宣传周”活动启动仪式",
  kind: "campaign",
  mode: "offline",
  activityDate: "2023-12-01",
  place: "侯马市公共法律服务中心广场",
  organiserOrg: bureau,
  bureauOrg: bureau,
  audienceSize: 500,
  linkedLaw: "宪法",
  ...values,
});

describe("the declarations", () => {
  it("are consistent", () => {
    for (const type of types)
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("a lecturer", () => {
  it("is numbered by the year of appointment, masks the phone for a leader, and leaves", async () => {
    const created = await createRecord(context, lecturer, bureauClerk, member());
    expect(created.recordNumber).toBe("侯普讲〔2021〕1号");
    expect((await getRecord(context, lecturer, leader, created.id)).values.phone).toBe(
      "138****2345",
    );
    expect((await getRecord(context, lecturer, bureauClerk, created.id)).values.phone).toBe(
      "138****2345",
    );
    expect((await revealSensitive(context, lecturer, bureauClerk, created.id)).values).toEqual({
      phone: "13835712345",
    });
    const early = await errorOf(
      takeAction(context, lecturer, bureauClerk, {
        id: created.id,
        actionId: "leave",
        version: created.version,
        values: { leftDate: "2020-01-01" },
      }),
    );
    expect(early.problems[0]).toMatchObject({ field: "leftDate" });
    await takeAction(context, lecturer, bureauClerk, {
      id: created.id,
      actionId: "leave",
      version: created.version,
      values: { leftDate: "2024-06-28", leftReason: "工作调动" },
    });
    expect(await getRecord(context, lecturer, bureauClerk, created.id)).toMatchObject({
      state: "left",
      isFinal: true,
    });
  });

  it("refuses a bad phone number, naming the field", async () => {
    const error = await errorOf(
      createRecord(context, lecturer, bureauClerk, member({ phone: "12345" })),
    );
    expect(error.kind).toBe("validation");
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "phone", code: "field.invalidPhone" }),
    ]);
  });
});

describe("an activity", () => {
  it("is created by the bureau, and a township's by the rule-of-law office; the bureau reads both", async () => {
    const own = await createRecord(context, publicityActivity, bureauClerk, event());
    expect(own.recordNumber).toBe("侯普活〔2023〕1号");
    const theirs = await createRecord(
      context,
      publicityActivity,
      lawOffice,
      event({
        theme: "“宪法宣传周”宪法进社区",
        organiserOrg: township,
        place: "路东街道社区党群服务中心",
        audienceSize: 150,
      }),
    );
    const denied = await errorOf(
      createRecord(context, publicityActivity, bureauClerk, event({ organiserOrg: township })),
    );
    expect(denied.problems[0]).toMatchObject({ field: "organiserOrg", code: "field.outOfScope" });
    // The bureau reads the township's activity through its second org field but cannot act on it.
    expect((await getRecord(context, publicityActivity, bureauClerk, theirs.id)).actions).toEqual(
      [],
    );
    expect(
      (await getRecord(context, publicityActivity, townshipClerk, theirs.id)).actions.map(
        (action) => action.id,
      ),
    ).toEqual(["archive"]);
  });

  it("refuses a negative audience, naming the field", async () => {
    const error = await errorOf(
      createRecord(context, publicityActivity, bureauClerk, event({ audienceSize: -1 })),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "audienceSize", code: "field.tooSmall" }),
    ]);
    const zero = await createRecord(
      context,
      publicityActivity,
      bureauClerk,
      event({ audienceSize: 0, activityDate: "2023-12-02" }),
    );
    expect(zero.id).toBeGreaterThan(0);
  });

  it("is counted by kind in SQL, online trainings apart", async () => {
    for (const [i, date] of ["2023-01-17", "2023-02-23", "2023-03-23"].entries())
      await createRecord(
        context,
        publicityActivity,
        bureauClerk,
        event({
          theme: `“法律明白人”线上培训第${i + 1}期`,
          kind: "onlineTraining",
          mode: "online",
          activityDate: date,
          place: "“山西普法”平台",
          audienceSize: 200,
        }),
      );
    const rows = await test.db.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM ${tableOf(publicityActivity)}
        WHERE activity_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY kind ORDER BY kind`,
    );
    expect(rows).toEqual([
      { kind: "campaign", n: 3 },
      { kind: "onlineTraining", n: 3 },
    ]);
  });
});

describe("a production and an education base", () => {
  it("are created by the justice bureau", async () => {
    const video = await createRecord(context, publicityProduction, bureauClerk, {
      title: "法治微视频《买卖两卡涉嫌帮信罪》",
      kind: "microVideo",
      producedDate: "2023-05-26",
      producerOrg: bureau,
      publishedWhere: "“侯马司法”抖音号",
    });
    expect(video.recordNumber).toBe("侯普作〔2023〕1号");
    const base = await createRecord(context, educationBase, bureauClerk, {
      name: "国家税务总局侯马市税务局",
      level: "municipal",
      namedDate: "2023-10-27",
      hostUnit: "国家税务总局侯马市税务局",
      managingOrg: bureau,
    });
    expect(base.recordNumber).toBe("侯普基〔2023〕1号");
    const badLevel = await errorOf(
      createRecord(context, educationBase, bureauClerk, {
        name: "某基地",
        level: "national",
        namedDate: "2023-10-27",
        hostUnit: "某单位",
        managingOrg: bureau,
      }),
    );
    expect(badLevel.problems[0]).toMatchObject({ field: "level", code: "field.invalidChoice" });
  });
});
