// Hand scoring: the rule-of-law office gives an organisation points on a hand-scored item, with
// its reason and the evidence it rests on (a hand-score record, whose files are attached to it).
// A second score for the same item and organisation revises the record, so its history shows
// every change.
import { hasAnyRole, type Actor } from "../engine/actor.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { forbidden, validationError } from "../engine/errors.js";
import { createRecord, updateRecord } from "../engine/records-write.js";
import { assessmentScore } from "../domains/assessment/index.js";
import { SCHEME_WRITERS } from "./access.js";
import { handScores } from "./entries.js";
import { checkPoints, scoredItemOf } from "./scored-item.js";
import { mayOnScheme, schemeRow } from "./store.js";

export interface HandScoreInput {
  readonly schemeId: number;
  readonly itemId: number;
  readonly orgId: number;
  readonly points: unknown;
  readonly reason: unknown;
  readonly evidenceNote: unknown;
  /** The version of the existing hand score being revised; absent for the first score. */
  readonly version?: unknown;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export async function giveHandScore(
  context: EngineContext,
  actor: Actor,
  input: HandScoreInput,
): Promise<{ recordId: number }> {
  const scheme = await schemeRow(context.db, actor, input.schemeId);
  if (
    !hasAnyRole(actor, SCHEME_WRITERS) ||
    !(await mayOnScheme(context.db, actor, scheme.id, "write"))
  )
    throw forbidden("无权评分");
  const { node, org } = await scoredItemOf(context.db, scheme, input);
  if (node.item.method?.kind !== "hand")
    throw validationError([
      {
        field: "itemId",
        code: "assessment.notHand",
        message: "该项目按公式自动计分，不能人工评分",
      },
    ]);
  const points = checkPoints("points", input.points, node.points);
  const problems = [
    ...(text(input.reason) === ""
      ? [{ field: "reason", code: "assessment.reason", message: "请填写评分理由" }]
      : []),
    ...(text(input.evidenceNote) === ""
      ? [
          {
            field: "evidenceNote",
            code: "assessment.evidence",
            message: `请写明佐证材料（${node.item.method.evidence}）`,
          },
        ]
      : []),
  ];
  if (problems.length > 0) throw validationError(problems);
  const values = {
    year: scheme.year,
    schemeItem: node.item.id,
    itemLabel: `${node.number} ${node.item.label}`.slice(0, 300),
    itemPoints: node.points,
    assessedOrg: org.id,
    points,
    reason: text(input.reason),
    evidenceNote: text(input.evidenceNote),
    scoredOn: todayOf(context),
  };
  const existing = (await handScores(context.db, [node.item.id])).find(
    (entry) => entry.orgId === org.id,
  );
  if (existing) {
    await updateRecord(context, assessmentScore, actor, existing.recordId, {
      version: input.version,
      values,
    });
    return { recordId: existing.recordId };
  }
  const record = await createRecord(context, assessmentScore, actor, values);
  return { recordId: record.id };
}
