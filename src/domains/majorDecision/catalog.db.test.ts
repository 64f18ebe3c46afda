// The annual catalog on a real database: agreed by the Party committee before it is published,
// its text naming every item, on the portal under 政府信息公开; adjusted with reasons item by item
// (nothing deleted, new items marked) and the portal item refreshed; the year's figure counts the
// items it holds now; who may read and compile it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { takeAction } from "../../engine/actions.js";
import { computeIndicators } from "../../engine/indicators.js";
import { publishRecord } from "../../engine/publication/publish.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { decisionCatalog as type } from "./index.js";

let test: TestDatabase;
let orgs: Awaited<ReturnType<typeof createTestOrgs>>;
let office: SignedInUser;
let marketClerk: SignedInUser;
let justiceClerk: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  office = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  marketClerk = await createTestUser(test.db, {
    username: "sc_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  justiceClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db, "2024-12-31T02:00:00Z");
});
afterAll(() => test.drop());

const item = (title: string, status = "listed", changeReason?: string) => ({
  title,
  category: "publicService",
  leadUnit: "侯马市教育局",
  plannedTime: "2024年6月",
  status,
  ...(changeReason === undefined ? {} : { changeReason }),
});
const ITEMS = [item("侯马市学前教育第五期行动计划"), item("侯马市义务教育学校布局调整规划")];
const textOf = (titles: readonly string[]) =>
  titles.map((t, i) => `${String(i + 1)}. ${t}`).join("\n");

async function act(id: number, actionId: string, values: Record<string, unknown>, actor = office) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}

async function figure(year: number): Promise<number | null | undefined> {
  const [values] = await computeIndicators(test.db, {
    types: [type],
    actor: office,
    orgId: orgs.city,
    periods: [{ from: `${String(year)}-01-01`, to: `${String(year)}-12-31` }],
  });
  return values?.get("decision.catalogPublished")?.value;
}

describe("a year's catalog", () => {
  let id = 0;

  it("is published only after the Party committee agreed, its text naming every item", async () => {
    const created = await createRecord(context, type, office, {
      title: "侯马市人民政府2024年度重大行政决策事项目录",
      year: 2024,
      government: orgs.city,
      compilingOrg: orgs.justice,
      compiledOn: "2024-01-08",
      items: ITEMS,
    });
    id = created.id;
    expect(created.recordNumber).toBe("侯决策目录〔2024〕1号");
    const early = await errorOf(
      act(id, "agreeByParty", { partyAgreedOn: "2024-01-05", partyAgreementRef: "市委常委会会议" }),
    );
    expect(early.problems).toEqual([expect.objectContaining({ field: "partyAgreedOn" })]);
    const notAgreed = await errorOf(
      act(id, "publish", {
        publishedOn: "2024-02-10",
        publishedChannel: "政府网站",
        publicText: "x",
      }),
    );
    expect(notAgreed.kind).toBe("invalidTransition");
    await act(id, "agreeByParty", {
      partyAgreedOn: "2024-02-06",
      partyAgreementRef: "市委常委会会议",
    });
    // Agreed: the items are fixed; only an adjustment changes them.
    expect((await getRecord(context, type, office, id)).canEdit).toBe(false);
    const short = await errorOf(
      act(id, "publish", {
        publishedOn: "2024-02-09",
        publishedChannel: "市政府门户网站",
        publicText: textOf(["侯马市学前教育第五期行动计划"]),
      }),
    );
    expect(short.problems).toEqual([
      expect.objectContaining({ field: "publicText", code: "catalog.textMissingItem" }),
    ]);
    expect(await figure(2024)).toBe(0);
    await act(id, "publish", {
      publishedOn: "2024-02-09",
      publishedChannel: "市政府门户网站",
      publicText: textOf(ITEMS.map((row) => row.title)),
    });
    expect(await figure(2024)).toBe(2);
    context.setNow("2024-02-09T02:00:00Z");
    const publicationId = await publishRecord(context, type, office, id);
    const [published] = await test.db.query<{ title: string; fields: Record<string, unknown> }>(
      "SELECT title, fields FROM record_publication WHERE id = $1",
      [publicationId],
    );
    expect(published?.title).toBe("侯马市人民政府2024年度重大行政决策事项目录");
    expect(JSON.stringify(published?.fields)).toContain("侯马市义务教育学校布局调整规划");
  });

  it("is adjusted with reasons item by item, and the portal item follows", async () => {
    const adjustment = {
      adjustmentAgreedOn: "2024-07-09",
      adjustedOn: "2024-07-12",
      adjustmentReason: "根据上级部署移出1项、增列1项",
    };
    const added = "侯马市城市生命线安全工程建设方案";
    const kept = ITEMS[0]?.title ?? "";
    const deleted = await errorOf(
      act(id, "adjust", { ...adjustment, items: [ITEMS[0]], publicText: textOf([kept]) }),
    );
    expect(deleted.problems).toEqual([
      expect.objectContaining({ field: "items", code: "catalog.adjustment" }),
    ]);
    const unmarked = await errorOf(
      act(id, "adjust", {
        ...adjustment,
        items: [...ITEMS, item(added)],
        publicText: textOf([...ITEMS.map((row) => row.title), added]),
      }),
    );
    expect(unmarked.problems[0]?.message).toContain("调整增列");
    const noReason = await errorOf(
      act(id, "adjust", {
        ...adjustment,
        items: [ITEMS[0], { ...ITEMS[1], status: "removed" }, item(added, "added")],
        publicText: textOf([kept, added]),
      }),
    );
    // The removed item, row 2, names no reason.
    expect(noReason.problems[0]).toMatchObject({ field: "items[2].changeReason" });
    expect(noReason.problems[0]?.message).toContain("调整理由");
    context.setNow("2024-07-12T02:00:00Z");
    await act(id, "adjust", {
      ...adjustment,
      items: [
        ITEMS[0],
        { ...ITEMS[1], status: "removed", changeReason: "改由上级组织实施" },
        item(added, "added", "按照上级部署增列"),
      ],
      publicText: textOf([kept, added]),
    });
    const view = await getRecord(context, type, office, id);
    expect(view.state).toBe("adjusted");
    // Two items held: the one taken out is kept in the record but not counted.
    expect(await figure(2024)).toBe(2);
    const [portal] = await test.db.query<{ fields: Record<string, unknown> }>(
      "SELECT fields FROM record_publication WHERE record_type = 'decisionCatalog' AND record_id = $1 AND state = 'published'",
      [id],
    );
    // refreshedOn: the adjustment is on the portal.
    expect(JSON.stringify(portal?.fields)).toContain(added);
    expect(JSON.stringify(portal?.fields)).toContain("2024-07-12");
  });

  it("is read by the units it names and compiled by no other department", async () => {
    expect((await getRecord(context, type, justiceClerk, id)).values.year).toBe(2024);
    expect((await errorOf(getRecord(context, type, marketClerk, id))).kind).toBe("notFound");
    const other = await errorOf(
      createRecord(context, type, marketClerk, {
        title: "侯马市人民政府2025年度重大行政决策事项目录",
        year: 2025,
        government: orgs.city,
        compiledOn: "2025-01-08",
        items: ITEMS,
      }),
    );
    expect(["forbidden", "validation"]).toContain(other.kind);
  });
});
