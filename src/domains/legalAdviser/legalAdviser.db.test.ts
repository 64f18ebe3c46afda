// The legal adviser roster on a real database: validation naming the field (unique licence
// number, served-org rows), renewal and departure, the contract reviews an adviser assisted
// listed on the adviser's page, and the year-end counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import type { TestOrgs } from "../../../test/support/fixtures.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { computeIndicators } from "../../engine/indicators.js";
import { linkingRecords } from "../../engine/linking-records.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { contractReview } from "../contractReview/index.js";
import { legalAdviser as type } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser;
let marketClerk: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  marketClerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

let licence = 0;
const adviser = (values: Record<string, unknown> = {}) => ({
  name: "段文博",
  kind: "externalLawyer",
  employer: "山西平阳律师事务所",
  licenceNumber: `1141020121000${String((licence += 1)).padStart(4, "0")}`,
  phone: "13835712345",
  managingOrg: orgs.justice,
  appointedDate: "2022-04-01",
  termEndDate: "2025-03-31",
  servedOrgs: [
    { org: "路东街道", fromDate: "2022-04-01", arrangement: "allocated" },
    { org: "侯马市市场监督管理局", fromDate: "2022-04-01", arrangement: "allocated" },
  ],
  ...values,
});

async function act(id: number, actionId: string, values = {}) {
  const record = await getRecord(context, type, clerk, id);
  return takeAction(context, type, clerk, { id, actionId, version: record.version, values });
}

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("an adviser on the roster", () => {
  it("refuses a licence number held by another adviser and a row ending before it starts", async () => {
    const first = await createRecord(context, type, clerk, adviser());
    expect(first.recordNumber).toBe("侯法顾〔2022〕1号");
    const held = await getRecord(context, type, clerk, first.id);
    const twice = await errorOf(
      createRecord(context, type, clerk, adviser({ licenceNumber: held.values.licenceNumber })),
    );
    expect(twice.problems).toEqual([expect.objectContaining({ field: "licenceNumber" })]);
    const backwards = await errorOf(
      createRecord(
        context,
        type,
        clerk,
        adviser({
          servedOrgs: [
            {
              org: "路东街道",
              fromDate: "2022-04-01",
              toDate: "2021-12-31",
              arrangement: "allocated",
            },
          ],
        }),
      ),
    );
    expect(backwards.problems[0]).toMatchObject({
      field: "servedOrgs[1].toDate",
      code: "date.order",
    });
    const noKind = await errorOf(createRecord(context, type, clerk, adviser({ kind: "judge" })));
    expect(noKind.problems[0]).toMatchObject({ field: "kind" });
  });

  it("is renewed to a later term end only, then leaves and is frozen", async () => {
    const { id } = await createRecord(context, type, clerk, adviser());
    const shorter = await errorOf(
      act(id, "renew", { renewedDate: "2024-12-20", termEndDate: "2025-03-01" }),
    );
    expect(shorter.problems[0]).toMatchObject({ field: "termEndDate", code: "term.notLater" });
    await act(id, "renew", { renewedDate: "2024-12-20", termEndDate: "2028-03-31" });
    expect((await getRecord(context, type, clerk, id)).values).toMatchObject({
      termEndDate: "2028-03-31",
      renewedDate: "2024-12-20",
    });
    const noReason = await errorOf(act(id, "leave", { leftDate: "2024-12-30" }));
    expect(noReason.problems).toEqual([
      expect.objectContaining({ field: "leavingReason", code: "field.required" }),
    ]);
    await act(id, "leave", { leftDate: "2024-12-30", leavingReason: "resigned" });
    const view = await getRecord(context, type, clerk, id);
    expect(view).toMatchObject({ state: "left", isFinal: true, actions: [] });
    const frozen = await errorOf(
      updateRecord(context, type, clerk, id, { version: view.version, values: { name: "李四" } }),
    );
    expect(frozen.kind).toBe("invalidTransition");
  });

  it("lists the contract reviews it assisted with on its page, through their read rule", async () => {
    const { id } = await createRecord(context, type, clerk, adviser({ name: "郝丽华" }));
    const review = await createRecord(context, contractReview, clerk, {
      contractTitle: "城区公共停车场特许经营协议",
      contractKind: "concession",
      reviewingOrg: orgs.justice,
      requestingOrg: orgs.market,
      counterpartyName: "王建国",
      counterpartyKind: "person",
      receivedDate: "2024-06-03",
    });
    const current = await getRecord(context, contractReview, clerk, review.id);
    await takeAction(context, contractReview, clerk, {
      id: review.id,
      actionId: "conclude",
      version: current.version,
      values: {
        adviser: `legalAdviser:${String(id)}`,
        opinion: "经审查，同意签订",
        conclusion: "approve",
        reviewedDate: "2024-06-05",
      },
    });
    const linked = await linkingRecords(context, type, clerk, id);
    expect(linked).toEqual([
      expect.objectContaining({
        recordType: "contractReview",
        field: "adviser",
        id: review.id,
        title: "城区公共停车场特许经营协议",
        state: "concluded",
      }),
    ]);
    // The roster is the justice bureau's: a department does not open it.
    expect((await errorOf(linkingRecords(context, type, marketClerk, id))).kind).toBe("notFound");
  });

  it("counts advisers and public lawyers on the roster at the period's end", async () => {
    await createRecord(
      context,
      type,
      clerk,
      adviser({
        name: "贾文斌",
        kind: "publicLawyer",
        employer: "侯马市司法局",
        appointedDate: "2023-03-01",
        termEndDate: "2028-02-29",
      }),
    );
    const [end2023, end2026] = await computeIndicators(test.db, {
      types: [type],
      actor: clerk,
      orgId: orgs.city,
      periods: [
        { from: "2023-01-01", to: "2023-12-31" },
        { from: "2026-01-01", to: "2026-12-31" },
      ],
    });
    // Every adviser above was appointed in 2022 or 2023; the one who left in December 2024 is gone by the end of 2026.
    const [row] = await test.db.query<{ all2023: number; all2026: number; lawyers: number }>(
      `SELECT (count(*) FILTER (WHERE appointed_date <= '2023-12-31'))::int AS all2023,
         (count(*) FILTER (WHERE left_date IS NULL OR left_date > '2026-12-31'))::int AS all2026,
         (count(*) FILTER (WHERE kind = 'publicLawyer'))::int AS lawyers FROM r_legal_adviser`,
    );
    expect(end2023?.get("legalAdviser.advisers")?.value).toBe(row?.all2023);
    expect(end2026?.get("legalAdviser.advisers")?.value).toBe(row?.all2026);
    expect(row?.all2026).toBe((row?.all2023 ?? 0) - 1);
    expect(end2023?.get("legalAdviser.publicLawyers")?.value).toBe(1);
    expect(row?.lawyers).toBe(1);
  });
});
