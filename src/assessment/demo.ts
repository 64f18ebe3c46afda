// The demo city's 2023 assessment: the scheme from the national default, the city's departments
// and townships assessed, a hand score with its evidence file for every hand-scored item, one
// objection upheld and one rejected, and the ranking published. Formula items score themselves
// from the demo records; hand scores and objections load through the bulk import path, like every
// other demo record. Deterministic (seeded random).
import type { UserActor } from "../engine/actor.js";
import { asSystem } from "../engine/actor.js";
import { importRecords } from "../engine/bulk/import.js";
import type { EngineContext } from "../engine/context.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../engine/files/limits.js";
import { uploadAttachment } from "../engine/files/attachments.js";
import { assessmentObjection, assessmentScore } from "../domains/assessment/index.js";
import { recordTypes } from "../domains/registry.js";
import { foldDemoRecord, storyTime } from "../seed/fold.js";
import { seededRandom } from "../seed/random.js";
import type { DemoRecord } from "../seed/types.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { createScheme } from "./create.js";
import { publishResults, startScoring } from "./lifecycle.js";
import { computeScorecards } from "./scorecards.js";
import { assessedOrgs, schemeItems, schemeRow } from "./store.js";
import { buildTree, leaves } from "./tree.js";

const YEAR = 2023;
const at = (context: EngineContext, day: string): EngineContext => {
  const instant = storyTime(day);
  return { ...context, now: () => instant };
};

/** A one-page PDF standing in for the scanned evidence (the demo has no real documents). */
const evidencePdf = (title: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${encodeURIComponent(title)}\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
  );

async function importDemo(
  context: EngineContext,
  type: RecordTypeDeclaration,
  records: readonly DemoRecord[],
  userId: (name: string) => number,
) {
  const outcome = await importRecords(
    context,
    type,
    asSystem("载入演示数据"),
    records.map((record) => foldDemoRecord(type, record, userId, "2024-02-29")),
    { source: { file: null, note: "演示数据" } },
  );
  if (!outcome.ok)
    throw new Error(
      `demo ${type.id} does not import: ${outcome.problems
        .slice(0, 3)
        .map((p) => `${p.field}: ${p.message}`)
        .join("; ")}`,
    );
  return outcome.ids;
}

export async function seedDemoAssessment(
  context: EngineContext,
  users: ReadonlyMap<string, UserActor>,
  codes: ReadonlyMap<string, number>,
) {
  const office = users.get("fzb");
  const city = codes.get("141081");
  if (!office || city === undefined)
    throw new Error("demo assessment needs user fzb and org 141081");
  const userId = (name: string) => {
    const user = users.get(name);
    if (!user) throw new Error(`demo assessment names unknown user ${name}`);
    return user.id;
  };
  const schemeId = await createScheme(at(context, "2024-01-08"), office, {
    orgId: city,
    year: YEAR,
    source: "national-2021",
  });
  await startScoring(at(context, "2024-01-15"), office, { schemeId, version: 1 });
  const tree = buildTree(await schemeItems(context.db, schemeId));
  const handItems = leaves(tree)
    .filter(({ node }) => node.item.method?.kind === "hand")
    .map(({ node }) => node);
  const orgs = await assessedOrgs(context.db, schemeId);
  const random = seededRandom(20_240_115);
  const scores: DemoRecord[] = [];
  for (const org of orgs)
    for (const node of handItems) {
      // Most units do most of the work: 60–100 % of the item's points, in half points.
      const points = Math.round(node.points * (0.6 + 0.4 * random()) * 2) / 2;
      const evidence = node.item.method?.kind === "hand" ? node.item.method.evidence : "";
      scores.push({
        by: "fzb",
        values: {
          year: YEAR,
          schemeItem: node.item.id,
          itemLabel: `${node.number} ${node.item.label}`.slice(0, 300),
          itemPoints: node.points,
          assessedOrg: org.id,
          points,
          reason:
            points === node.points
              ? "材料齐全，工作落实到位"
              : "材料基本齐全，个别环节落实不到位，酌情扣分",
          evidenceNote: `${org.name}报送：${evidence}`,
          scoredOn: "2024-01-26",
        },
        steps: [],
      });
    }
  const scoreIds = await importDemo(context, assessmentScore, scores, userId);
  for (const [index, recordId] of scoreIds.entries()) {
    const itemLabel = scores[index]?.values.itemLabel;
    const label = typeof itemLabel === "string" ? itemLabel : "佐证材料";
    await uploadAttachment(
      at(context, "2024-01-26"),
      assessmentScore,
      office,
      recordId,
      {
        field: "evidence",
        fileName: `佐证材料-${String(index + 1)}.pdf`,
        bytes: evidencePdf(label),
      },
      DEFAULT_ATTACHMENT_LIMITS,
    );
  }
  // The market bureau objects to its leader appearance score and to one hand score.
  const market = orgs.find((org) => org.name === "侯马市市场监督管理局");
  const scheme = await schemeRow(context.db, office, schemeId);
  const card = market
    ? (await computeScorecards(context.db, recordTypes, scheme)).find((c) => c.orgId === market.id)
    : undefined;
  const appearance = card?.items.find(
    (item) => item.indicator?.key === "litigation.leaderAppearanceRate",
  );
  const hand = card?.items.find((item) => item.method === "hand" && item.score < item.points);
  if (market && appearance && hand) {
    const objection = (
      item: typeof hand,
      reason: string,
      steps: DemoRecord["steps"],
    ): DemoRecord => ({
      by: "scj_clerk",
      values: {
        year: YEAR,
        schemeItem: item.itemId,
        itemLabel: `${item.number} ${item.label}`.slice(0, 300),
        itemPoints: item.points,
        assessedOrg: market.id,
        originalPoints: item.score,
        reason,
        submittedOn: "2024-02-02",
      },
      steps,
    });
    await importDemo(
      context,
      assessmentObjection,
      [
        objection(hand, "本局已按要求报送全部材料，请求复核", [
          {
            action: "uphold",
            by: "fzb",
            values: {
              adjustedPoints: hand.points,
              resolution: "经复核，补充材料齐全，异议成立，按满分计",
              resolvedOn: "2024-02-06",
            },
          },
        ]),
        ...(appearance.score < appearance.points
          ? [
              objection(appearance, "部分案件负责人因公出差未能出庭，已提交书面说明", [
                {
                  action: "reject",
                  by: "fzb",
                  values: {
                    resolution: "出差不属于法释〔2020〕3号规定的正当理由，异议不成立",
                    resolvedOn: "2024-02-06",
                  },
                },
              ]),
            ]
          : []),
      ],
      userId,
    );
  }
  const current = await schemeRow(context.db, office, schemeId);
  await publishResults(at(context, "2024-02-20"), recordTypes, office, {
    schemeId,
    version: current.version,
  });
}
