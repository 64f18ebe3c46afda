// Objections (异议): staff of an assessed organisation object to the score of one of its items,
// with their reason (and evidence files on the record); the rule-of-law office upholds the
// objection with adjusted points, or rejects it with its reason — the workflow actions of the
// objection record (src/domains/assessment), which keep the trail in its history.
import { hasAnyRole, type Actor } from "../engine/actor.js";
import { takeAction } from "../engine/actions.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { forbidden, notFound, validationError } from "../engine/errors.js";
import { createRecord } from "../engine/records-write.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { assessmentObjection } from "../domains/assessment/index.js";
import { belongsTo, OBJECTORS } from "./access.js";
import { objections } from "./entries.js";
import { computeScorecards } from "./scorecards.js";
import { checkPoints, scoredItemOf } from "./scored-item.js";
import { mayOnScheme, schemeRow } from "./store.js";
import { columnOf, tableOf } from "../engine/naming.js";

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export async function raiseObjection(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  input: { schemeId: number; itemId: number; orgId: number; reason: unknown },
): Promise<{ recordId: number }> {
  const scheme = await schemeRow(context.db, actor, input.schemeId);
  const { node, org } = await scoredItemOf(context.db, scheme, input);
  if (!hasAnyRole(actor, OBJECTORS) || !belongsTo(actor, org.path))
    throw forbidden("只有被考核单位的工作人员可以对本单位得分提出异议");
  if (text(input.reason) === "")
    throw validationError([
      { field: "reason", code: "assessment.reason", message: "请填写异议理由" },
    ]);
  const pending = (await objections(context.db, [node.item.id])).some(
    (objection) => objection.orgId === org.id && objection.state === "submitted",
  );
  if (pending)
    throw validationError([
      { field: "itemId", code: "assessment.pendingObjection", message: "该项目已有待处理的异议" },
    ]);
  // Only this unit: its rank does not matter here.
  const [card] = await computeScorecards(context.db, types, scheme, org);
  const current = card?.items.find((item) => item.itemId === node.item.id);
  const record = await createRecord(context, assessmentObjection, actor, {
    year: scheme.year,
    schemeItem: node.item.id,
    itemLabel: `${node.number} ${node.item.label}`.slice(0, 300),
    itemPoints: node.points,
    assessedOrg: org.id,
    originalPoints: current?.score ?? 0,
    reason: text(input.reason),
    submittedOn: todayOf(context),
  });
  return { recordId: record.id };
}

/** Upholds (with adjusted points) or rejects an objection of a scheme that is taking scores. */
export async function resolveObjection(
  context: EngineContext,
  actor: Actor,
  input: {
    schemeId: number;
    recordId: number;
    decision: "uphold" | "reject";
    adjustedPoints?: unknown;
    resolution: unknown;
    version: unknown;
  },
) {
  const scheme = await schemeRow(context.db, actor, input.schemeId);
  if (!(await mayOnScheme(context.db, actor, scheme.id, "write"))) throw forbidden("无权处理异议");
  const [row] = await context.db.query<{ item: number; org: number }>(
    `SELECT ${columnOf("schemeItem")} AS item, ${columnOf("assessedOrg")} AS org
     FROM ${tableOf(assessmentObjection)} WHERE id = $1`,
    [input.recordId],
  );
  if (!row) throw notFound("考核异议");
  const { node } = await scoredItemOf(context.db, scheme, {
    itemId: row.item,
    orgId: row.org,
  });
  if (text(input.resolution) === "")
    throw validationError([
      { field: "resolution", code: "assessment.resolution", message: "请填写处理意见" },
    ]);
  const values =
    input.decision === "uphold"
      ? {
          adjustedPoints: checkPoints("adjustedPoints", input.adjustedPoints, node.points),
          resolution: text(input.resolution),
          resolvedOn: todayOf(context),
        }
      : { resolution: text(input.resolution), resolvedOn: todayOf(context) };
  await takeAction(context, assessmentObjection, actor, {
    id: input.recordId,
    actionId: input.decision,
    version: input.version,
    values,
  });
}
