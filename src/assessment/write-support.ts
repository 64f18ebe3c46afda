// What every scheme write shares: the locked scheme at the version the user edited, in the status
// the write needs, and the audit event in the same transaction.
import type { Database, Sql } from "../db/client.js";
import { actorId, type Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, forbidden, staleVersion } from "../engine/errors.js";
import { mayOnScheme, schemeRow } from "./store.js";
import { SCHEME_STATUS_LABELS, type SchemeRow, type SchemeStatus } from "./types.js";

export const SCHEME_AUDIT_TYPE = "assessmentScheme";

export async function auditScheme(
  tx: Sql,
  context: EngineContext,
  actor: Actor,
  schemeId: number,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  await appendAudit(tx, {
    actor,
    recordType: SCHEME_AUDIT_TYPE,
    recordId: schemeId,
    action,
    before,
    after,
    at: context.now(),
  });
}

export function wrongStatus(scheme: SchemeRow, allowed: readonly SchemeStatus[]): EngineError {
  const wanted = allowed.map((status) => SCHEME_STATUS_LABELS[status]).join("或");
  return new EngineError(
    "conflict",
    `考核方案${SCHEME_STATUS_LABELS[scheme.status]}，此操作须在${wanted}阶段进行`,
    [
      {
        field: "status",
        code: "assessment.status",
        message: `考核方案${SCHEME_STATUS_LABELS[scheme.status]}`,
      },
    ],
  );
}

/**
 * Runs `work` on the scheme locked for writing, after checking the writer's right, the version the
 * user edited and the status; bumps the version.
 */
export async function runOnScheme(
  context: EngineContext,
  actor: Actor,
  input: { schemeId: number; version: unknown; allowed: readonly SchemeStatus[] },
  work: (tx: Sql, scheme: SchemeRow) => Promise<void>,
) {
  const db: Database = context.db;
  await db.transaction(async (tx) => {
    const scheme = await schemeRow(tx, actor, input.schemeId, true);
    if (!(await mayOnScheme(tx, actor, scheme.id, "write"))) throw forbidden("无权修改考核方案");
    if (scheme.version !== input.version) throw staleVersion();
    if (!input.allowed.includes(scheme.status)) throw wrongStatus(scheme, input.allowed);
    await work(tx, scheme);
    await tx.query(
      "UPDATE assessment_scheme SET version = version + 1, updated_at = $1, updated_by = $2 WHERE id = $3",
      [context.now(), actorId(actor), scheme.id],
    );
  });
}
