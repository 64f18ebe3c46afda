// A scheme's life: drafted → scoring (the tree is locked; hand scores and objections are taken) →
// published (the ranking and every scorecard are frozen as they were, and the portal shows the
// ranking). Each step is refused, naming what is missing, until the scheme is ready for it.
import { createHash } from "node:crypto";
import { actorId, type Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { validationError, type FieldProblem } from "../engine/errors.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { computeScorecards, type Scorecard } from "./scorecards.js";
import { assessedOrgs, schemeItems } from "./store.js";
import { buildTree, leaves } from "./tree.js";
import type { SchemeRow } from "./types.js";
import { auditScheme, runOnScheme } from "./write-support.js";

export interface PublishedResults {
  readonly schemeId: number;
  readonly year: number;
  readonly title: string;
  readonly orgName: string;
  readonly publishedAt: string;
  readonly scorecards: readonly Scorecard[];
}

export async function startScoring(
  context: EngineContext,
  actor: Actor,
  input: { schemeId: number; version: unknown },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const tree = buildTree(await schemeItems(tx, scheme.id));
    const problems: FieldProblem[] = [];
    if (tree.length === 0)
      problems.push({ field: "items", code: "scheme.empty", message: "考核方案还没有考核项目" });
    for (const { node } of leaves(tree))
      if (node.item.method === null || node.item.points === null)
        problems.push({
          field: "items",
          code: "scheme.itemIncomplete",
          message: `项目“${node.number} ${node.item.label}”尚未设置分值和计分方式`,
          detail: { itemId: node.item.id },
        });
    if ((await assessedOrgs(tx, scheme.id)).length === 0)
      problems.push({
        field: "orgIds",
        code: "scheme.noOrgs",
        message: "请至少选择一个被考核单位",
      });
    if (problems.length > 0) throw validationError(problems);
    await tx.query("UPDATE assessment_scheme SET status = 'scoring' WHERE id = $1", [scheme.id]);
    await auditScheme(
      tx,
      context,
      actor,
      scheme.id,
      "startScoring",
      { status: "draft" },
      { status: "scoring" },
    );
  });
}

/** Why the scheme's results may not be published yet; empty when they may. */
export function publicationProblems(cards: readonly Scorecard[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const card of cards)
    for (const item of card.items) {
      const where = `${card.orgName}“${item.number} ${item.label}”`;
      if (item.objections.some((objection) => objection.state === "submitted"))
        problems.push({
          field: "objections",
          code: "assessment.pendingObjection",
          message: `${where}有待处理的异议`,
          detail: { orgId: card.orgId, itemId: item.itemId },
        });
      if (item.method === "hand" && item.handScore === null && item.status !== "adjusted")
        problems.push({
          field: "handScores",
          code: "assessment.unscored",
          message: `${where}尚未评分`,
          detail: { orgId: card.orgId, itemId: item.itemId },
        });
      else if (item.handScore !== null && item.handScore.files === 0)
        problems.push({
          field: "handScores",
          code: "assessment.noEvidenceFile",
          message: `${where}的评分未附佐证材料文件`,
          detail: { orgId: card.orgId, itemId: item.itemId },
        });
    }
  return problems;
}

export async function publishResults(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  input: { schemeId: number; version: unknown },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["scoring"] }, async (tx, scheme) => {
    const cards = await computeScorecards(tx, types, scheme);
    const problems = publicationProblems(cards);
    if (problems.length > 0) throw validationError(problems.slice(0, 50));
    const publishedAt = context.now().toISOString();
    const content: PublishedResults = {
      schemeId: scheme.id,
      year: scheme.year,
      title: scheme.title,
      orgName: scheme.orgName,
      publishedAt,
      scorecards: cards,
    };
    const json = JSON.stringify(content);
    await tx.query(
      `UPDATE assessment_scheme SET status = 'published', published_at = $1, published_by = $2,
         published_content = $3::text::jsonb WHERE id = $4`,
      [publishedAt, actorId(actor), json, scheme.id],
    );
    await auditScheme(
      tx,
      context,
      actor,
      scheme.id,
      "publish",
      { status: "scoring" },
      {
        status: "published",
        // The hash chains what the portal serves into the audit log: an altered copy shows.
        contentSha256: createHash("sha256").update(json).digest("hex"),
        ranking: cards.map((card) => ({ org: card.orgId, total: card.total, rank: card.rank })),
      },
    );
  });
}

/** The scorecards of a scheme: frozen ones once published, computed from the records before. */
export async function resultsOf(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  scheme: SchemeRow,
): Promise<readonly Scorecard[]> {
  if (scheme.status === "published") {
    const [row] = await context.db.query<{ content: PublishedResults }>(
      "SELECT published_content AS content FROM assessment_scheme WHERE id = $1",
      [scheme.id],
    );
    if (row) return row.content.scorecards;
  }
  return computeScorecards(context.db, types, scheme);
}

export async function publishedSchemes(context: EngineContext) {
  const rows = await context.db.query<{ id: number; content: PublishedResults }>(
    "SELECT id, published_content AS content FROM assessment_scheme WHERE status = 'published' ORDER BY year DESC, id",
  );
  return rows;
}
