// The audit log: append-only, hash-chained; written in the same transaction as the change it records.
import { createHash } from "node:crypto";
import type { Database, Sql } from "../db/client.js";
import { actorId, actorName, type Actor } from "./actor.js";
import { canonicalJson } from "./canonical-json.js";

export interface AuditEventInput {
  readonly actor: Actor;
  readonly recordType: string;
  readonly recordId: number | null;
  readonly action: string;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
  readonly at: Date;
}

export interface AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly actorId: number | null;
  readonly actorName: string;
  readonly recordType: string;
  readonly recordId: number | null;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export const GENESIS_HASH = "0".repeat(64);
// Serialises appends across connections: each event needs its predecessor's hash.
const AUDIT_LOCK_KEY = 7_106_217;

export function hashOf(event: Omit<AuditEvent, "hash">): string {
  return createHash("sha256").update(canonicalJson(event)).digest("hex");
}

/** Takes the chain's lock for the transaction and returns the last event's seq and hash. */
export async function lockAuditChain(tx: Sql): Promise<{ seq: number; hash: string } | undefined> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [AUDIT_LOCK_KEY]);
  const [last] = await tx.query<{ seq: number; hash: string }>(
    "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1",
  );
  return last;
}

/** The event that follows `last` in the chain (null: the first event), its hash computed. */
export function chainedEvent(
  input: AuditEventInput,
  last: { readonly seq: number; readonly hash: string } | undefined,
): AuditEvent {
  const body: Omit<AuditEvent, "hash"> = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at.toISOString(),
    actorId: actorId(input.actor),
    actorName: actorName(input.actor),
    recordType: input.recordType,
    recordId: input.recordId,
    action: input.action,
    before: input.before,
    after: input.after,
    reason: input.actor.kind === "system" ? input.actor.reason : null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: hashOf(body) };
}

export async function appendAudit(tx: Sql, input: AuditEventInput): Promise<AuditEvent> {
  const event = chainedEvent(input, await lockAuditChain(tx));
  await tx.query(
    `INSERT INTO audit_event (seq, at, actor_id, actor_name, record_type, record_id, action, before, after, reason, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10, $11, $12)`,
    [
      event.seq,
      event.at,
      event.actorId,
      event.actorName,
      event.recordType,
      event.recordId,
      event.action,
      event.before === null ? null : JSON.stringify(event.before),
      event.after === null ? null : JSON.stringify(event.after),
      event.reason,
      event.prevHash,
      event.hash,
    ],
  );
  return event;
}

const SELECT_EVENTS = `SELECT seq, at, actor_id AS "actorId", actor_name AS "actorName", record_type AS "recordType",
  record_id AS "recordId", action, before, after, reason, prev_hash AS "prevHash", hash FROM audit_event`;

export type ChainCheck =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      readonly events: number;
      readonly brokenAt: number;
      readonly reason: string;
    };

/** Walks the chain in batches and names the first event whose link or content does not hold. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainCheck> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const rows = await db.query<AuditEvent>(
      `${SELECT_EVENTS} WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      [expectedSeq, batchSize],
    );
    for (const row of rows) {
      const { hash, ...body } = row;
      if (row.seq !== expectedSeq) return broken(expectedSeq, `缺少第${expectedSeq}条事件`);
      if (row.prevHash !== expectedPrev) return broken(row.seq, "与前一条事件的哈希链接不符");
      if (hashOf(body) !== hash) return broken(row.seq, "事件内容与其哈希不符（已被篡改）");
      expectedPrev = hash;
      expectedSeq += 1;
    }
    if (rows.length < batchSize) return { ok: true, events: expectedSeq - 1 };
  }
  function broken(seq: number, reason: string): ChainCheck {
    return { ok: false, events: expectedSeq - 1, brokenAt: seq, reason };
  }
}

export async function historyOf(
  db: Sql,
  recordType: string,
  recordId: number,
): Promise<AuditEvent[]> {
  return db.query<AuditEvent>(
    `${SELECT_EVENTS} WHERE record_type = $1 AND record_id = $2 ORDER BY seq`,
    [recordType, recordId],
  );
}
