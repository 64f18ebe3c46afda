// The assessment end to end on the engine: schemes created from the national default and copied,
// the tree edited with bad input refused naming the field (and nothing changed) and every change
// audited; scorecards computed from real litigation records of several organisations, with the
// ranking; hand scores with their evidence; objections upheld with adjusted points; publication
// refused until complete, then frozen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { pdfBytes } from "../../test/support/files.js";
import { assessmentObjection, assessmentScore } from "../domains/assessment/index.js";
import { litigation } from "../domains/litigation/index.js";
import { recordTypes } from "../domains/registry.js";
import { takeAction } from "../engine/actions.js";
import { verifyAuditChain } from "../engine/audit.js";
import { EngineError } from "../engine/errors.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../engine/files/limits.js";
import { uploadAttachment } from "../engine/files/attachments.js";
import { createRecord } from "../engine/records-write.js";
import { getRecord } from "../engine/records-read.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { createScheme } from "./create.js";
import { addItem, moveItem, removeItem, setAssessedOrgs, updateItem } from "./edit.js";
import { giveHandScore } from "./hand-scores.js";
import { publishResults, resultsOf, startScoring } from "./lifecycle.js";
import { raiseObjection, resolveObjection } from "./objections.js";
import { schemeRow } from "./store.js";
import { rankingView, schemeView, scorecardView } from "./view.js";

let test: TestDatabase;
let orgs: TestOrgs;
let context: ReturnType<typeof testContext>;
let office: SignedInUser;
let leader: SignedInUser;
let marketClerk: SignedInUser;
let townshipClerk: SignedInUser;
let schemeId: number;

const errorOf = async (promise: Promise<unknown>): Promise<EngineError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected an EngineError");
};
const fieldsOf = (error: EngineError) => error.problems.map((problem) => problem.field);
const version = async () => (await schemeRow(test.db, office, schemeId)).version;
const view = () => schemeView(context, office, schemeId);
const auditActions = async () =>
  (
    await test.db.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE record_type = 'assessmentScheme' AND record_id = $1 ORDER BY seq",
      [schemeId],
    )
  ).map((row) => row.action);

/** A first-instance hearing in 2024 of a suit against `defendant`, the leader present or not. */
async function hearing(defendant: number, leaderAppeared: boolean, n: number) {
  const record = await createRecord(context, litigation, office, {
    courtCaseNumber: `（2024）晋1081行初${String(n)}号`,
    court: "侯马市人民法院",
    plaintiffName: "王建国",
    plaintiffKind: "person",
    defendantOrg: defendant,
    coordinatingOrg: orgs.justice,
    actCategory: "penalty",
    actDescription: "罚款",
    complaintReceivedDate: "2024-03-01",
  });
  const act = async (actionId: string, values: Record<string, unknown>) => {
    const current = await getRecord(context, litigation, office, record.id);
    await takeAction(context, litigation, office, {
      id: record.id,
      actionId,
      version: current.version,
      values,
    });
  };
  await act("submitDefence", { defenceSubmittedDate: "2024-03-10" });
  await act("recordFirstHearing", {
    firstHearingDate: "2024-05-16",
    firstAppearedStaff: "法规股李明",
    firstLeaderAppeared: leaderAppeared,
    ...(leaderAppeared
      ? { firstLeaderName: "赵国强", firstLeaderPost: "副局长" }
      : { firstLeaderAbsenceReason: "出差，已提交书面说明" }),
  });
}

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db, "2025-01-10T02:00:00Z");
  office = await createTestUser(test.db, {
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
  marketClerk = await createTestUser(test.db, {
    username: "scj",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  townshipClerk = await createTestUser(test.db, {
    username: "ld",
    orgId: orgs.townshipA,
    roles: ["clerk"],
    scope: "own",
  });
  // market: two hearings, the leader at both (100 %); township A: one, without the leader (0 %);
  // township B: none (no value). The justice bureau coordinates all three, so its subtree counts
  // them all (2 of 3).
  await hearing(orgs.market, true, 1);
  await hearing(orgs.market, true, 2);
  await hearing(orgs.townshipA, false, 3);
}, 60_000);
afterAll(() => test.drop());

describe("schemes", () => {
  it("creates the year's scheme from the national 2021 default, assessing departments and townships", async () => {
    schemeId = await createScheme(context, office, {
      orgId: orgs.city,
      year: 2024,
      source: "national-2021",
    });
    const current = await view();
    expect(current.scheme).toMatchObject({ status: "draft", basedOn: "national-2021", year: 2024 });
    expect(current.items).toHaveLength(10);
    expect(current.items[0]).toMatchObject({ number: "一", label: "政府职能依法全面履行" });
    expect(current.totalPoints).toBe(100);
    expect(current.orgs.map((org) => org.id).sort()).toEqual(
      [orgs.justice, orgs.market, orgs.townshipA, orgs.townshipB].sort(),
    );
    expect(await auditActions()).toEqual(["create"]);
    const twice = await errorOf(
      createScheme(context, office, { orgId: orgs.city, year: 2024, source: "national-2021" }),
    );
    expect(twice.kind).toBe("conflict");
    expect(
      (
        await errorOf(
          createScheme(context, marketClerk, {
            orgId: orgs.city,
            year: 2030,
            source: "national-2021",
          }),
        )
      ).kind,
    ).toBe("forbidden");
  });

  it("copies the previous year's scheme into a new year", async () => {
    const noPrevious = await errorOf(
      createScheme(context, office, { orgId: orgs.city, year: 2023, source: "previous" }),
    );
    expect(fieldsOf(noPrevious)).toEqual(["source"]);
    const copy = await createScheme(context, office, {
      orgId: orgs.city,
      year: 2025,
      source: "previous",
    });
    const copied = await schemeView(context, office, copy);
    const original = await view();
    expect(copied.scheme.basedOn).toBe("copy:2024");
    expect(JSON.stringify(copied.items.map((item) => [item.label, item.points]))).toBe(
      JSON.stringify(original.items.map((item) => [item.label, item.points])),
    );
    expect(copied.items[0]?.id).not.toBe(original.items[0]?.id);
    expect(copied.orgs).toEqual(original.orgs);
  });

  it("refuses a bad item naming its fields, and changes nothing", async () => {
    const before = await view();
    const bad = await errorOf(
      addItem(context, recordTypes, office, {
        schemeId,
        version: before.scheme.version,
        parentId: before.items[0]?.id ?? null,
        isHeading: false,
        item: {
          label: " ",
          points: -1,
          method: {
            kind: "formula",
            formula: {
              indicator: "no.such",
              comparison: "atLeast",
              threshold: 0.8,
              rule: "allOrNothing",
              whenNoValue: "full",
            },
          },
        },
      }),
    );
    expect(bad.kind).toBe("validation");
    expect(fieldsOf(bad)).toEqual(["label", "points", "method.formula.indicator"]);
    expect(bad.problems[0]?.message).toBe("请填写项目名称");
    const hand = await errorOf(
      addItem(context, recordTypes, office, {
        schemeId,
        version: before.scheme.version,
        parentId: null,
        isHeading: false,
        item: { label: "新项目", points: 2, method: { kind: "hand", evidence: "" } },
      }),
    );
    expect(fieldsOf(hand)).toEqual(["method.evidence"]);
    const rate = await errorOf(
      addItem(context, recordTypes, office, {
        schemeId,
        version: before.scheme.version,
        parentId: null,
        isHeading: false,
        item: {
          label: "出庭率",
          points: 2,
          method: {
            kind: "formula",
            formula: {
              indicator: "litigation.leaderAppearanceRate",
              comparison: "atLeast",
              threshold: 80,
              rule: "allOrNothing",
              whenNoValue: "full",
            },
          },
        },
      }),
    );
    expect(rate.problems[0]?.message).toContain("80%填0.8");
    const after = await view();
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(await auditActions()).toEqual(["create"]);
  });

  it("adds, changes, moves and removes items, auditing each; a stale version is refused", async () => {
    const top = (await view()).items;
    const first = top[0];
    if (!first) throw new Error("no items");
    const added = await addItem(context, recordTypes, office, {
      schemeId,
      version: await version(),
      parentId: first.id,
      position: 0,
      isHeading: false,
      item: {
        label: "推行证明事项告知承诺制",
        points: 2,
        method: { kind: "hand", evidence: "告知承诺事项清单" },
      },
    });
    let current = await view();
    expect(current.items[0]?.children[0]).toMatchObject({ id: added, number: "一.1", points: 2 });
    expect(current.totalPoints).toBe(102);
    const stale = await errorOf(
      updateItem(context, recordTypes, office, {
        schemeId,
        version: 1,
        itemId: added,
        item: { label: "x", points: 1, method: { kind: "hand", evidence: "x" } },
      }),
    );
    expect(stale.problems[0]?.field).toBe("version");
    await updateItem(context, recordTypes, office, {
      schemeId,
      version: await version(),
      itemId: added,
      item: {
        label: "全面推行证明事项告知承诺制",
        points: 3,
        method: { kind: "hand", evidence: "告知承诺事项清单及公开网址" },
      },
    });
    await moveItem(context, office, {
      schemeId,
      version: await version(),
      itemId: added,
      parentId: top[1]?.id ?? null,
      position: 5,
    });
    current = await view();
    expect(current.items[1]?.children.at(-1)).toMatchObject({
      id: added,
      label: "全面推行证明事项告知承诺制",
      points: 3,
    });
    const cycle = await errorOf(
      moveItem(context, office, {
        schemeId,
        version: await version(),
        itemId: top[1]?.id ?? 0,
        parentId: added,
        position: 0,
      }),
    );
    expect(fieldsOf(cycle)).toEqual(["parentId"]);
    await removeItem(context, office, { schemeId, version: await version(), itemId: added });
    expect((await view()).totalPoints).toBe(100);
    const outside = await errorOf(
      setAssessedOrgs(context, office, { schemeId, version: await version(), orgIds: [orgs.city] }),
    );
    expect(fieldsOf(outside)).toEqual(["orgIds"]);
    expect(await auditActions()).toEqual([
      "create",
      "item.add",
      "item.update",
      "item.move",
      "item.remove",
    ]);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it("keeps only the disputes heading and one hand item, then locks the tree when scoring starts", async () => {
    let current = await view();
    for (const item of current.items.slice(1))
      if (item.label !== "社会矛盾纠纷依法有效预防化解")
        await removeItem(context, office, { schemeId, version: await version(), itemId: item.id });
    current = await view();
    const functions = current.items[0];
    const keep = functions?.children[0]?.children[0];
    for (const item of functions?.children[0]?.children.slice(1) ?? [])
      await removeItem(context, office, { schemeId, version: await version(), itemId: item.id });
    // An empty heading is a leaf with no method: scoring cannot start until it is filled in.
    const empty = await addItem(context, recordTypes, office, {
      schemeId,
      version: await version(),
      parentId: null,
      isHeading: true,
      item: { label: "空项目" },
    });
    const refused = await errorOf(
      startScoring(context, office, { schemeId, version: await version() }),
    );
    expect(refused.problems.map((problem) => problem.code)).toEqual(["scheme.itemIncomplete"]);
    await removeItem(context, office, { schemeId, version: await version(), itemId: empty });
    await startScoring(context, office, { schemeId, version: await version() });
    current = await view();
    expect(current.scheme.status).toBe("scoring");
    expect(current.totalPoints).toBe(24);
    expect(current.items[0]?.children[0]?.children.map((item) => item.id)).toEqual([keep?.id]);
    const locked = await errorOf(
      removeItem(context, office, { schemeId, version: await version(), itemId: keep?.id ?? 0 }),
    );
    expect(locked.kind).toBe("conflict");
  });
});

describe("scorecards", () => {
  it("computes the leader appearance item from each organisation's records, and ranks", async () => {
    const ranking = await rankingView(context, recordTypes, leader, schemeId);
    const byOrg = new Map(ranking.items.map((row) => [row.orgId, row]));
    const card = async (orgId: number) =>
      (await scorecardView(context, recordTypes, office, schemeId, orgId)).scorecard;
    const appearance = async (orgId: number) =>
      (await card(orgId)).items.find(
        (item) => item.indicator?.key === "litigation.leaderAppearanceRate",
      );
    expect(await appearance(orgs.market)).toMatchObject({
      value: 1,
      valueText: "100%",
      thresholdText: "≥ 80%",
      score: 5,
      isMet: true,
      status: "computed",
    });
    expect(await appearance(orgs.townshipA)).toMatchObject({ value: 0, score: 0, isMet: false });
    expect(await appearance(orgs.townshipB)).toMatchObject({
      value: null,
      valueText: "无数据",
      score: 5,
      isMet: null,
    });
    expect((await appearance(orgs.justice))?.value).toBeCloseTo(2 / 3);
    // Formula items only so far (the hand item is unscored): 5 + 5 + 4 + 3 + 3 with appearance.
    expect(byOrg.get(orgs.market)).toMatchObject({ total: 20, rank: 1, points: 24 });
    expect(byOrg.get(orgs.townshipB)).toMatchObject({ total: 20, rank: 1 });
    expect(byOrg.get(orgs.townshipA)).toMatchObject({ total: 15, rank: 3 });
    expect(byOrg.get(orgs.justice)).toMatchObject({ total: 15, rank: 3 });
    expect(ranking.items[0]?.subtotals.map((subtotal) => subtotal.points)).toEqual([4, 20]);
  });

  it("shows a department its own scorecard only; the ranking only to supervisors", async () => {
    expect(
      (await scorecardView(context, recordTypes, marketClerk, schemeId, orgs.market)).scorecard
        .total,
    ).toBe(20);
    expect(
      (await errorOf(scorecardView(context, recordTypes, marketClerk, schemeId, orgs.townshipA)))
        .kind,
    ).toBe("notFound");
    expect((await errorOf(rankingView(context, recordTypes, marketClerk, schemeId))).kind).toBe(
      "notFound",
    );
  });
});

describe("hand scores, objections and publication", () => {
  const handItem = async () => {
    const item = (await view()).items[0]?.children[0]?.children[0];
    if (!item) throw new Error("no hand item");
    return item;
  };

  it("requires points within the item, a reason and the evidence, from the rule-of-law office", async () => {
    const item = await handItem();
    const input = {
      schemeId,
      itemId: item.id,
      orgId: orgs.market,
      points: 5,
      reason: "按时办结",
      evidenceNote: "",
    };
    const bad = await errorOf(giveHandScore(context, office, input));
    expect(fieldsOf(bad)).toEqual(["points"]);
    const noEvidence = await errorOf(giveHandScore(context, office, { ...input, points: 3.5 }));
    expect(fieldsOf(noEvidence)).toEqual(["evidenceNote"]);
    expect(noEvidence.problems[0]?.message).toContain("政务服务事项清单");
    expect(
      (
        await errorOf(
          giveHandScore(context, marketClerk, { ...input, points: 3.5, evidenceNote: "清单" }),
        )
      ).kind,
    ).toBe("forbidden");
    const [row] = await test.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM r_assessment_score",
    );
    expect(row?.count).toBe(0);
    const { recordId } = await giveHandScore(context, office, {
      ...input,
      points: 3.5,
      evidenceNote: "政务服务事项清单（2024年版）",
    });
    const card = (await scorecardView(context, recordTypes, office, schemeId, orgs.market))
      .scorecard;
    expect(card.items.find((entry) => entry.itemId === item.id)).toMatchObject({
      score: 3.5,
      status: "scored",
      handScore: { recordId, files: 0 },
    });
    expect(card.total).toBe(23.5);
  });

  it("refuses publication while items are unscored or a hand score has no evidence file", async () => {
    const refused = await errorOf(
      publishResults(context, recordTypes, office, { schemeId, version: await version() }),
    );
    const codes = new Set(refused.problems.map((problem) => problem.code));
    expect(codes).toEqual(new Set(["assessment.unscored", "assessment.noEvidenceFile"]));
    expect((await schemeRow(test.db, office, schemeId)).status).toBe("scoring");
  });

  it("takes a department's objection and the office's resolution, showing the adjusted points", async () => {
    const item = (
      await scorecardView(context, recordTypes, office, schemeId, orgs.townshipA)
    ).scorecard.items.find((entry) => entry.indicator?.key === "litigation.leaderAppearanceRate");
    if (!item) throw new Error("no appearance item");
    const input = {
      schemeId,
      itemId: item.itemId,
      orgId: orgs.townshipA,
      reason: "负责人因公出差，已按规定提交书面说明",
    };
    expect((await errorOf(raiseObjection(context, recordTypes, marketClerk, input))).kind).toBe(
      "forbidden",
    );
    expect(
      fieldsOf(
        await errorOf(
          raiseObjection(context, recordTypes, townshipClerk, { ...input, reason: "" }),
        ),
      ),
    ).toEqual(["reason"]);
    const { recordId } = await raiseObjection(context, recordTypes, townshipClerk, input);
    expect(
      fieldsOf(await errorOf(raiseObjection(context, recordTypes, townshipClerk, input))),
    ).toEqual(["itemId"]);
    const record = await getRecord(context, assessmentObjection, office, recordId);
    expect(record.values).toMatchObject({
      originalPoints: 0,
      itemPoints: 5,
      assessedOrg: orgs.townshipA,
    });
    const tooMany = await errorOf(
      resolveObjection(context, office, {
        schemeId,
        recordId,
        decision: "uphold",
        adjustedPoints: 6,
        resolution: "理由成立",
        version: record.version,
      }),
    );
    expect(fieldsOf(tooMany)).toEqual(["adjustedPoints"]);
    await resolveObjection(context, office, {
      schemeId,
      recordId,
      decision: "uphold",
      adjustedPoints: 4,
      resolution: "理由成立，酌情给分",
      version: record.version,
    });
    const card = (
      await scorecardView(context, recordTypes, townshipClerk, schemeId, orgs.townshipA)
    ).scorecard;
    const adjusted = card.items.find((entry) => entry.itemId === item.itemId);
    expect(adjusted).toMatchObject({ computedScore: 0, score: 4, status: "adjusted" });
    expect(adjusted?.objections).toEqual([
      expect.objectContaining({
        recordId,
        state: "upheld",
        adjustedPoints: 4,
        resolution: "理由成立，酌情给分",
      }),
    ]);
    expect(card.total).toBe(19);
  });

  it("publishes once complete, then serves the frozen results whatever the records say", async () => {
    const item = await handItem();
    for (const orgId of [orgs.market, orgs.justice, orgs.townshipA, orgs.townshipB]) {
      const existing = (
        await scorecardView(context, recordTypes, office, schemeId, orgId)
      ).scorecard.items.find((entry) => entry.itemId === item.id)?.handScore;
      const { recordId } = await giveHandScore(context, office, {
        schemeId,
        itemId: item.id,
        orgId,
        points: orgId === orgs.market ? 4 : 2,
        reason: "已推行",
        evidenceNote: "政务服务事项清单",
        version: existing?.version,
      });
      await uploadAttachment(
        context,
        assessmentScore,
        office,
        recordId,
        { field: "evidence", fileName: "清单.pdf", bytes: pdfBytes() },
        DEFAULT_ATTACHMENT_LIMITS,
      );
    }
    await publishResults(context, recordTypes, office, { schemeId, version: await version() });
    const scheme = await schemeRow(test.db, office, schemeId);
    expect(scheme.status).toBe("published");
    const frozen = (await resultsOf(context, recordTypes, scheme)).map((card) => [
      card.orgId,
      card.total,
      card.rank,
    ]);
    expect(frozen).toEqual([
      [orgs.market, 24, 1],
      [orgs.townshipB, 22, 2],
      [orgs.townshipA, 21, 3],
      [orgs.justice, 17, 4],
    ]);
    // A new record after publication changes nothing published; scoring is closed.
    await hearing(orgs.townshipB, false, 9);
    expect(
      (await resultsOf(context, recordTypes, scheme)).map((card) => [
        card.orgId,
        card.total,
        card.rank,
      ]),
    ).toEqual(frozen);
    const late = await errorOf(
      giveHandScore(context, office, {
        schemeId,
        itemId: item.id,
        orgId: orgs.market,
        points: 1,
        reason: "x",
        evidenceNote: "x",
      }),
    );
    expect(late.kind).toBe("conflict");
    expect(await auditActions()).toContain("publish");
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});
