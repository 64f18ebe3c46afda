// The one way a change reads the record it changes: locked, and through the write rule on the locked
// row (the record may have moved out of the actor's scope since the page was opened).
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { accessPredicate } from "./access.js";
import type { Actor } from "./actor.js";
import { notFound } from "./errors.js";
import { tableOf } from "./naming.js";
import { Params } from "./params.js";
import { selectColumns, toRecordRow, type RecordRow } from "./select.js";

/** The record locked for update if the actor may write it; 404 otherwise, as for reads. */
export async function lockWritableRecord(
  tx: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<RecordRow> {
  const params = new Params();
  const writable = accessPredicate({ type, actor, params, purpose: "write", alias: "r" });
  const [raw] = await tx.query(
    `SELECT ${selectColumns(type, "r")} FROM ${tableOf(type)} r WHERE r.id = ${params.add(id)} AND ${writable} FOR UPDATE OF r`,
    params.values,
  );
  if (!raw) throw notFound();
  return toRecordRow(raw);
}
