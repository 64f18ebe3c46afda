// Clocks saved under the old correction pause are converted (migration 0014) and recomputed at start;
// an application withdrawn while the correction was awaited is not late.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import { MIGRATIONS_DIR, splitStatements } from "../db/migrate.js";
import { reconsideration as type } from "../domains/reconsideration/index.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { takeAction } from "./actions.js";
import { historyOf } from "./audit.js";
import { RECOMPUTE_ACTION, refreshOpenClocks } from "./clock-refresh.js";
import { getRecord } from "./records-read.js";
import { createRecord } from "./records-write.js";

let test: TestDatabase;
let clerk: SignedInUser;
let context: ReturnType<typeof testContext>;
let values: Record<string, unknown>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db, "2023-03-21T02:00:00Z");
  values = {
    applicantName: "张三",
    applicantKind: "person",
    applicantIdNumber: "34052419800101001X",
    handlingOrg: orgs.justice,
    respondentOrg: orgs.market,
    actCategory: "penalty",
    actDescription: "对申请人作出罚款5000元的行政处罚决定",
    receivedDate: "2023-03-01",
    procedure: "ordinary",
  };
});
afterAll(() => test.drop());

async function act(id: number, actionId: string, input: Record<string, unknown>) {
  const record = await getRecord(context, type, clerk, id);
  await takeAction(context, type, clerk, { id, actionId, version: record.version, values: input });
}

const review = async (id: number) =>
  (await getRecord(context, type, clerk, id)).clocks.find((c) => c.clockId === "acceptanceReview");

describe("clocks saved before the restart", () => {
  it("received 2023-03-01, correction paused 03-06..03-19 (due 03-22) becomes a restart on 03-20: due 03-27, in the history", async () => {
    const { id } = await createRecord(context, type, clerk, values);
    await act(id, "requestCorrection", {
      correctionNoticeDate: "2023-03-06",
      correctionItems: "身份证明",
    });
    await act(id, "submitCorrection", { correctionReceivedDate: "2023-03-20" });
    // Put the clock back as the old engine saved it: a deducted pause and its early due date.
    await test.db.query(
      `UPDATE record_clock SET restarts = '[]',
         pauses = '[{"from":"2023-03-06","to":"2023-03-19","kind":"correction"}]', due_on = '2023-03-22'
       WHERE record_type = 'reconsideration' AND record_id = $1 AND clock_id = 'acceptanceReview'`,
      [id],
    );
    const migration = readFileSync(
      join(MIGRATIONS_DIR, "0014_acceptance_review_restarts.sql"),
      "utf8",
    );
    for (const statement of splitStatements(migration)) await test.db.query(statement);
    const result = await refreshOpenClocks(context, [type]);
    expect(result.failures).toEqual([]);
    expect(await review(id)).toMatchObject({ dueOn: "2023-03-27", status: "running" });
    const history = await historyOf(test.db, type.id, id);
    const recompute = history.find((event) => event.action === RECOMPUTE_ACTION);
    expect(recompute).toMatchObject({
      before: { 受理审查届满日: "2023-03-22" },
      after: { 受理审查届满日: "2023-03-27" },
    });
    // Nothing left to change: a second start writes nothing.
    expect((await refreshOpenClocks(context, [type])).changed).toBe(0);
  });

  it("an application withdrawn while the correction was awaited (notice 03-03, withdrawn 03-20) is not late", async () => {
    const { id } = await createRecord(context, type, clerk, values);
    await act(id, "requestCorrection", {
      correctionNoticeDate: "2023-03-03",
      correctionItems: "身份证明",
    });
    await act(id, "treatAsWithdrawn", { closedDate: "2023-03-20" });
    expect(await review(id)).toMatchObject({ status: "stopped", dueOn: null, tone: "met" });
  });
});
