// Withdrawing a publication: by a publisher with a reason, by a declared action (e.g. the decision
// revoked), or on expiry by the sweep. The row stays as history; the portal no longer shows it.
import type { Sql } from "../../db/client.js";
import type { ActionDeclaration, RecordTypeDeclaration } from "../../kernel/declaration.js";
import { isStorableText } from "../../kernel/values.js";
import { actorId, actorName, asSystem, type Actor } from "../actor.js";
import { appendAudit } from "../audit.js";
import { todayOf, type EngineContext } from "../context.js";
import { EngineError, validationError } from "../errors.js";
import { WITHDRAW_ACTION } from "./publish.js";
import {
  checkPublisherRole,
  declaredPublication,
  lockRecordForPublication,
} from "./record-access.js";
import { latestPublication, type PublicationRow } from "./store.js";

const WITHDRAWAL_LABELS = {
  manual: "人工撤回",
  action: "依办理操作撤回",
  expired: "公开期限届满",
} as const;

async function markWithdrawn(
  tx: Sql,
  input: {
    readonly context: EngineContext;
    readonly row: PublicationRow;
    readonly actor: Actor;
    readonly kind: "manual" | "action" | "expired";
    readonly reason: string;
  },
): Promise<void> {
  const { context, row, actor } = input;
  // Only a row still published: a withdrawal that lost a race to another one changes nothing.
  const changed = await tx.query(
    `UPDATE record_publication SET state = 'withdrawn', withdrawn_at = $1, withdrawn_by = $2,
       withdrawn_by_name = $3, withdrawal_kind = $4, withdrawal_reason = $5
     WHERE id = $6 AND state = 'published' RETURNING id`,
    [context.now(), actorId(actor), actorName(actor), input.kind, input.reason, row.id],
  );
  if (changed.length === 0) return;
  await appendAudit(tx, {
    actor,
    recordType: row.recordType,
    recordId: row.recordId,
    action: WITHDRAW_ACTION,
    before: { 公开编号: row.id, 标题: row.title, 公开日期: row.publishedOn },
    after: { 公开编号: row.id, 撤回方式: WITHDRAWAL_LABELS[input.kind], 撤回原因: input.reason },
    at: context.now(),
  });
}

export async function withdrawPublication(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
  rawReason: unknown,
): Promise<void> {
  const publication = declaredPublication(type);
  checkPublisherRole(type, publication, actor, "撤回公开");
  const reason = typeof rawReason === "string" ? rawReason.trim() : "";
  if (reason.length < 2 || reason.length > 500 || !isStorableText(reason))
    throw validationError([
      { field: "reason", code: "field.invalid", message: "请填写撤回公开的原因（2至500字）" },
    ]);
  await context.db.transaction(async (tx) => {
    await lockRecordForPublication(tx, type, actor, id);
    const row = await latestPublication(tx, type.id, id);
    if (row?.state !== "published")
      throw new EngineError("conflict", "该记录未公开，无需撤回", [
        { field: "publication", code: "publication.notPublished", message: "该记录未公开" },
      ]);
    await markWithdrawn(tx, { context, row, actor, kind: "manual", reason });
  });
}

/** Inside the action's transaction: a declared withdrawing action takes the record off the portal. */
export async function withdrawOnAction(
  tx: Sql,
  input: {
    readonly context: EngineContext;
    readonly type: RecordTypeDeclaration;
    readonly action: ActionDeclaration;
    readonly recordId: number;
  },
): Promise<void> {
  const { type, action } = input;
  if (!type.publication?.withdrawnOn?.includes(action.id)) return;
  const row = await latestPublication(tx, type.id, input.recordId);
  if (row?.state !== "published") return;
  const reason = `${action.label}，依法撤回公开`;
  await markWithdrawn(tx, { ...input, row, actor: asSystem(reason), kind: "action", reason });
}

export interface ExpiryResult {
  readonly expired: number;
  readonly failures: readonly { recordType: string; id: number; error: unknown }[];
}

/** Publications past their declared time on the portal are withdrawn, each audited. */
export async function expirePublications(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
): Promise<ExpiryResult> {
  const today = todayOf(context);
  let expired = 0;
  const failures: { recordType: string; id: number; error: unknown }[] = [];
  for (const type of types) {
    const years = type.publication?.staysYears;
    if (years === undefined) continue;
    const due = await context.db.query<{ recordId: number }>(
      `SELECT record_id::int AS "recordId" FROM record_publication
        WHERE record_type = $1 AND state = 'published' AND expires_on <= $2::date ORDER BY id`,
      [type.id, today],
    );
    const reason = `公开期限（${String(years)}年）届满，撤回公开`;
    for (const { recordId } of due) {
      try {
        await context.db.transaction(async (tx) => {
          const row = await latestPublication(tx, type.id, recordId);
          if (row?.state !== "published") return;
          await markWithdrawn(tx, {
            context,
            row,
            actor: asSystem(reason),
            kind: "expired",
            reason,
          });
        });
        expired += 1;
      } catch (error) {
        failures.push({ recordType: type.id, id: recordId, error });
      }
    }
  }
  return { expired, failures };
}
