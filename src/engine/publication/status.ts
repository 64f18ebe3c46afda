// A record's publication as its detail page shows it: 未公开, 已公开 with the portal link, or 已撤回
// with the reason; and whether this user may publish or withdraw it now.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { hasAnyRole, type Actor } from "../actor.js";
import type { EngineContext } from "../context.js";
import { accessPredicate } from "../access.js";
import { notFound } from "../errors.js";
import { tableOf } from "../naming.js";
import { Params } from "../params.js";
import { selectColumns, toRecordRow } from "../select.js";
import { declaredPublication } from "./record-access.js";
import { latestPublication } from "./store.js";

export interface PublicationStatus {
  readonly status: "unpublished" | "published" | "withdrawn";
  readonly column: string;
  readonly publicationId: number | null;
  /** Where the public reads it (while published). */
  readonly portalUrl: string | null;
  readonly publishedOn: string | null;
  readonly publishedBy: string | null;
  readonly expiresOn: string | null;
  readonly withdrawnAt: string | null;
  readonly withdrawnBy: string | null;
  readonly withdrawalReason: string | null;
  readonly canPublish: boolean;
  readonly canWithdraw: boolean;
  /** Why it cannot be published now (state or declared check), for a publisher. */
  readonly notPublishableReason: string | null;
}

/** The audit names users "王晓东（sfj_clerk）"; the page shows the name alone. */
const personOf = (name: string | null | undefined): string | null =>
  name === null || name === undefined ? null : name.replace(/（[^（）]*）$/, "");

export const portalItemUrl = (recordType: string, publicationId: number): string =>
  `/portal/columns/${encodeURIComponent(recordType)}/${String(publicationId)}`;

export async function publicationStatus(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<PublicationStatus> {
  const publication = declaredPublication(type);
  const params = new Params();
  const readable = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
  const writable = accessPredicate({ type, actor, params, purpose: "write", alias: "r" });
  const [raw] = await context.db.query(
    `SELECT ${selectColumns(type, "r")}, (${writable}) AS "isWritable" FROM ${tableOf(type)} r
      WHERE r.id = ${params.add(id)} AND ${readable}`,
    params.values,
  );
  if (!raw) throw notFound();
  const { isWritable, ...columns } = raw;
  const record = toRecordRow(columns);
  const row = await latestPublication(context.db, type.id, id);
  const isPublisher = isWritable === true && hasAnyRole(actor, publication.roles);
  const isPublished = row?.state === "published";
  const verdict = publication.isPublishable?.(record.values) ?? true;
  const stateLabel = type.workflow.states.find((state) => state.id === record.state)?.label;
  const notPublishableReason = !publication.publishableIn.includes(record.state)
    ? `当前状态（${stateLabel ?? record.state}）不能公开`
    : verdict === true
      ? null
      : verdict.message;
  return {
    status: row === null ? "unpublished" : row.state,
    column: publication.column.label,
    publicationId: row?.id ?? null,
    portalUrl: row !== null && isPublished ? portalItemUrl(type.id, row.id) : null,
    publishedOn: row?.publishedOn ?? null,
    publishedBy: personOf(row?.publishedByName),
    expiresOn: row?.expiresOn ?? null,
    withdrawnAt: row?.withdrawnAt ?? null,
    withdrawnBy: personOf(row?.withdrawnByName),
    withdrawalReason: row?.withdrawalReason ?? null,
    canPublish: isPublisher && !isPublished && notPublishableReason === null,
    canWithdraw: isPublisher && isPublished,
    notPublishableReason: isPublished ? null : notPublishableReason,
  };
}
