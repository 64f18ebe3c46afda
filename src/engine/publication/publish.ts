// Publishing a record to its portal column: refused, naming why, unless the declared role, state
// and check allow it; stores the public snapshot, stops the publication clock, audits it.
import { addMonths, type IsoDate } from "../../calendar/dates.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { PUBLICATION_CLOCK_ID } from "../../kernel/publication.js";
import { actorId, actorName, type Actor } from "../actor.js";
import { appendAudit } from "../audit.js";
import { clocksOf, saveClocks } from "../clocks.js";
import { todayOf, type EngineContext } from "../context.js";
import { EngineError, validationError } from "../errors.js";
import { bumpVersion } from "../versions.js";
import {
  checkPublisherRole,
  declaredPublication,
  lockRecordForPublication,
} from "./record-access.js";
import { publicSnapshot } from "./snapshot.js";
import { latestPublication } from "./store.js";

/** The audit actions of publication; the history shows them as 公开 and 撤回公开. */
export const PUBLISH_ACTION = "publish";
export const WITHDRAW_ACTION = "withdrawPublication";

export async function publishRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<number> {
  const publication = declaredPublication(type);
  checkPublisherRole(type, publication, actor, "公开");
  return context.db.transaction(async (tx) => {
    const record = await lockRecordForPublication(tx, type, actor, id);
    if (!publication.publishableIn.includes(record.state)) {
      const label = type.workflow.states.find((state) => state.id === record.state)?.label;
      const message = `当前状态（${label ?? record.state}）不能公开${publication.column.label}`;
      throw new EngineError("invalidTransition", message, [
        { field: "state", code: "publication.state", message },
      ]);
    }
    const verdict = publication.isPublishable?.(record.values) ?? true;
    if (verdict !== true) throw validationError([verdict]);
    if ((await latestPublication(tx, type.id, id))?.state === "published") {
      throw new EngineError("conflict", "该记录已公开", [
        { field: "publication", code: "publication.alreadyPublished", message: "该记录已公开" },
      ]);
    }
    const snapshot = publicSnapshot(type, publication, record);
    const today = todayOf(context);
    const expiresOn =
      publication.staysYears === undefined ? null : addMonths(today, 12 * publication.staysYears);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO record_publication (record_type, record_id, state, record_number, title, fields,
         search_text, published_on, published_at, published_by, published_by_name, expires_on)
       VALUES ($1, $2, 'published', $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10, $11) RETURNING id::int AS id`,
      [
        type.id,
        id,
        record.recordNumber,
        snapshot.title,
        JSON.stringify(snapshot.fields),
        snapshot.searchText,
        today,
        context.now(),
        actorId(actor),
        actorName(actor),
        expiresOn,
      ],
    );
    await stopPublicationClock(tx, type, id, today);
    // Lists show the next deadline; the publication clock just stopped.
    await bumpVersion(tx, type.id);
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: id,
      action: PUBLISH_ACTION,
      before: null,
      // Keyed as people read it in the record's history (办理记录).
      after: {
        公开编号: row?.id ?? null,
        公开栏目: publication.column.label,
        标题: snapshot.title,
        ...Object.fromEntries(snapshot.fields.map((field) => [field.label, field.text])),
        公开至: expiresOn,
      },
      at: context.now(),
    });
    return row?.id ?? 0;
  });
}

/** Published: the publication clock has met its purpose on this day. */
async function stopPublicationClock(
  tx: Parameters<typeof clocksOf>[0],
  type: RecordTypeDeclaration,
  id: number,
  today: IsoDate,
): Promise<void> {
  const clock = (await clocksOf(tx, type.id, id)).get(PUBLICATION_CLOCK_ID);
  if (!clock || clock.status === "stopped") return;
  await saveClocks(tx, type.id, id, [
    { ...clock, status: "stopped", stoppedOn: today, openPause: null },
  ]);
}
