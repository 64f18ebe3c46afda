// 第三人 of a reconsideration case (行政复议法 第16条) as an optional child table: none is fine,
// a bad cell is refused by row and column, stored rows are masked for readers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import type { UserActor } from "../../engine/actor.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import { reconsideration as type } from "./index.js";

let test: TestDatabase;
let clerk: UserActor;
let leader: UserActor;
let values: Record<string, unknown>;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  context = testContext(test.db);
  clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  leader = await createTestUser(test.db, {
    username: "leader",
    orgId: orgs.city,
    roles: ["leader"],
    scope: "all",
  });
  values = {
    applicantName: "张三",
    applicantKind: "person",
    handlingOrg: orgs.justice,
    respondentOrg: orgs.market,
    actCategory: "penalty",
    actDescription: "罚款决定",
    receivedDate: "2024-12-02",
    procedure: "ordinary",
  };
});
afterAll(() => test.drop());

describe("third parties", () => {
  it("are optional", async () => {
    const row = await createRecord(context, type, clerk, values);
    expect((await getRecord(context, type, clerk, row.id)).values.thirdParties).toBeNull();
  });

  it("are refused by row and column when a cell is bad, and masked for a leader when stored", async () => {
    const bad = await errorOf(
      createRecord(context, type, clerk, {
        ...values,
        thirdParties: [{ name: "李四", kind: "person", idNumber: "110105194912310021" }],
      }),
    );
    expect(bad.problems).toEqual([
      expect.objectContaining({ field: "thirdParties[1].idNumber", code: "field.invalidIdNumber" }),
    ]);
    const row = await createRecord(context, type, clerk, {
      ...values,
      thirdParties: [
        { name: "李四", kind: "person", idNumber: "11010519491231002X", phone: "13812345678" },
        { name: "某公司", kind: "organization" },
      ],
    });
    const seen = await getRecord(context, type, leader, row.id);
    expect(seen.values.thirdParties).toEqual([
      {
        name: "李四",
        kind: "person",
        idNumber: "110105********002X",
        creditCode: null,
        phone: "138****5678",
      },
      { name: "某公司", kind: "organization", idNumber: null, creditCode: null, phone: null },
    ]);
  });
});
