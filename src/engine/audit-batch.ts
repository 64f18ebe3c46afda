// Audit events of a bulk write: the same hash chain as appendAudit, linked in memory and inserted
// in one statement per few thousand events.
import type { Sql } from "../db/client.js";
import { insertRows } from "../db/bulk-insert.js";
import { actorId, actorName } from "./actor.js";
import {
  GENESIS_HASH,
  hashOf,
  lockAuditChain,
  type AuditEvent,
  type AuditEventInput,
} from "./audit.js";

const COLUMNS = [
  { name: "seq", type: "bigint" },
  { name: "at", type: "timestamptz" },
  { name: "actor_id", type: "bigint" },
  { name: "actor_name", type: "text" },
  { name: "record_type", type: "text" },
  { name: "record_id", type: "bigint" },
  { name: "action", type: "text" },
  { name: "before", type: "jsonb" },
  { name: "after", type: "jsonb" },
  { name: "reason", type: "text" },
  { name: "prev_hash", type: "text" },
  { name: "hash", type: "text" },
] as const;

/** The end of the chain, locked for the transaction: take it first, link the events later. */
export const lockChainEnd = lockAuditChain;

/**
 * Appends the events in order, chained to `last` (the chain's end, locked by lockChainEnd in the
 * same transaction); returns their seqs.
 */
export async function appendAuditBatch(
  tx: Sql,
  last: { readonly seq: number; readonly hash: string } | undefined,
  inputs: readonly AuditEventInput[],
): Promise<{ readonly firstSeq: number; readonly lastSeq: number }> {
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows: unknown[][] = [];
  for (const input of inputs) {
    seq += 1;
    const body: Omit<AuditEvent, "hash"> = {
      seq,
      at: input.at.toISOString(),
      actorId: actorId(input.actor),
      actorName: actorName(input.actor),
      recordType: input.recordType,
      recordId: input.recordId,
      action: input.action,
      before: input.before,
      after: input.after,
      reason: input.actor.kind === "system" ? input.actor.reason : null,
      prevHash,
    };
    const hash = hashOf(body);
    rows.push([
      body.seq,
      body.at,
      body.actorId,
      body.actorName,
      body.recordType,
      body.recordId,
      body.action,
      body.before,
      body.after,
      body.reason,
      body.prevHash,
      hash,
    ]);
    prevHash = hash;
  }
  await insertRows(tx, "audit_event", COLUMNS, rows);
  return { firstSeq: (last?.seq ?? 0) + 1, lastSeq: seq };
}
