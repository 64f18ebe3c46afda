// Audit events of a bulk write: the same hash chain as appendAudit, linked in memory and inserted
// in one statement per few thousand events.
import type { Sql } from "../db/client.js";
import { insertRows } from "../db/bulk-insert.js";
import { chainedEvent, type AuditEventInput } from "./audit.js";

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

/**
 * Appends the events in order, chained to `last` (the chain's end, as lockAuditChain returned it
 * earlier in the same transaction: the caller links the events while its other writes run).
 */
export async function appendAuditBatch(
  tx: Sql,
  last: { readonly seq: number; readonly hash: string } | undefined,
  inputs: readonly AuditEventInput[],
): Promise<{ readonly firstSeq: number; readonly lastSeq: number }> {
  let previous = last;
  const rows: unknown[][] = [];
  for (const input of inputs) {
    const event = chainedEvent(input, previous);
    rows.push([
      event.seq,
      event.at,
      event.actorId,
      event.actorName,
      event.recordType,
      event.recordId,
      event.action,
      event.before,
      event.after,
      event.reason,
      event.prevHash,
      event.hash,
    ]);
    previous = event;
  }
  await insertRows(tx, "audit_event", COLUMNS, rows);
  return { firstSeq: (last?.seq ?? 0) + 1, lastSeq: previous?.seq ?? 0 };
}
