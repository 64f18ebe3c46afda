// The record a publication concerns, read through the type's write rule (publishing is a write on
// the record's public face) and locked, so two publishers cannot both publish it.
import type { Sql } from "../../db/client.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { PublicationDeclaration } from "../../kernel/publication.js";
import { accessPredicate } from "../access.js";
import { hasAnyRole, type Actor } from "../actor.js";
import { EngineError, forbidden, notFound } from "../errors.js";
import { tableOf } from "../naming.js";
import { Params } from "../params.js";
import { selectColumns, toRecordRow, type RecordRow } from "../select.js";

export function declaredPublication(type: RecordTypeDeclaration): PublicationDeclaration {
  if (!type.publication) throw new EngineError("notFound", `${type.label}没有公开栏目`);
  return type.publication;
}

/** The declared roles may publish and withdraw; others are refused before anything is read. */
export function checkPublisherRole(
  type: RecordTypeDeclaration,
  publication: PublicationDeclaration,
  actor: Actor,
  verb: "公开" | "撤回公开",
): void {
  if (!hasAnyRole(actor, publication.roles))
    throw forbidden(`无权${verb}${publication.column.label}（${type.label}）`);
}

export async function lockRecordForPublication(
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
