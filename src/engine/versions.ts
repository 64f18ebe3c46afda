// Change counters of record types: bumped by every write, read by the list cache to stay correct
// across app instances (the database, not the process, says whether a cached page is current).
import type { Sql } from "../db/client.js";

/** Names shown in lists come from orgs and users: their changes invalidate every type. */
export const DIRECTORY = "*";

export async function bumpVersion(tx: Sql, recordType: string): Promise<void> {
  await tx.query(
    `INSERT INTO record_type_version (record_type, version) VALUES ($1, 1)
     ON CONFLICT (record_type) DO UPDATE SET version = record_type_version.version + 1`,
    [recordType],
  );
}

/** Versions of every type as read at one moment, e.g. with the session at the start of a request. */
export type VersionSnapshot = Readonly<Record<string, number>>;

/** SQL for a snapshot of all versions as one JSON object, to read alongside another query. */
export const VERSIONS_JSON =
  "(SELECT coalesce(json_object_agg(record_type, version), '{}'::json) FROM record_type_version)";

export function stampOf(snapshot: VersionSnapshot, recordType: string): string {
  return `${snapshot[recordType] ?? 0}.${snapshot[DIRECTORY] ?? 0}`;
}

/** "typeVersion.directoryVersion", e.g. "41.3". */
export async function versionStamp(sql: Sql, recordType: string): Promise<string> {
  const rows = await sql.query<{ recordType: string; version: number }>(
    `SELECT record_type AS "recordType", version FROM record_type_version WHERE record_type IN ($1, $2)`,
    [recordType, DIRECTORY],
  );
  const of = (type: string) => rows.find((row) => row.recordType === type)?.version ?? 0;
  return `${of(recordType)}.${of(DIRECTORY)}`;
}
