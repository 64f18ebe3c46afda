// Bringing a published item up to date after a declared action (refreshedOn): a repealed normative
// document stays on the portal's register, its published text marked 已废止. The row keeps its
// publication date; the change is audited like a publication, so the history shows what changed.
import type { Sql } from "../../db/client.js";
import type { ActionDeclaration, RecordTypeDeclaration } from "../../kernel/declaration.js";
import { asSystem } from "../actor.js";
import { appendAudit } from "../audit.js";
import type { EngineContext } from "../context.js";
import type { RecordRow } from "../select.js";
import { PUBLISH_ACTION } from "./publish.js";
import { publicSnapshot } from "./snapshot.js";
import { latestPublication } from "./store.js";

export async function refreshOnAction(
  tx: Sql,
  input: {
    readonly context: EngineContext;
    readonly type: RecordTypeDeclaration;
    readonly action: ActionDeclaration;
    readonly record: RecordRow;
  },
): Promise<void> {
  const { type, action, record, context } = input;
  const publication = type.publication;
  if (!publication?.refreshedOn?.includes(action.id)) return;
  const row = await latestPublication(tx, type.id, record.id);
  if (row?.state !== "published") return;
  const snapshot = publicSnapshot(type, publication, record);
  await tx.query(
    `UPDATE record_publication SET title = $1, fields = $2::text::jsonb, search_text = $3,
       record_number = $4 WHERE id = $5`,
    [
      snapshot.title,
      JSON.stringify(snapshot.fields),
      snapshot.searchText,
      record.recordNumber,
      row.id,
    ],
  );
  const before = new Map(row.fields.map((field) => [field.label, field.text]));
  const changed = snapshot.fields.filter((field) => before.get(field.label) !== field.text);
  await appendAudit(tx, {
    actor: asSystem(`${action.label}，更新公开内容`),
    recordType: type.id,
    recordId: record.id,
    action: PUBLISH_ACTION,
    before: {
      公开编号: row.id,
      ...Object.fromEntries(changed.map((f) => [f.label, before.get(f.label) ?? ""])),
    },
    after: {
      公开编号: row.id,
      公开栏目: publication.column.label,
      标题: snapshot.title,
      ...Object.fromEntries(changed.map((field) => [field.label, field.text])),
    },
    at: context.now(),
  });
}
