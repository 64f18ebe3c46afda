// The record a publication concerns, read through the type's write rule (publishing is a write on
// the record's public face) and locked, so two publishers cannot both publish it.
import type { Sql } from "../../db/client.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { PublicationDeclaration } from "../../kernel/publication.js";
import { hasAnyRole, type Actor } from "../actor.js";
import { EngineError, forbidden } from "../errors.js";
import { type RecordRow } from "../select.js";
import { lockWritableRecord } from "../record-lock.js";

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
  return lockWritableRecord(tx, type, actor, id);
}
