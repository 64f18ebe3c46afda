// Withdrawing a published report, the explicit action through which a published report is
// corrected: it leaves the portal and becomes a draft again, with the reason and the hash of what
// had been published in the audit log. Publishing the corrected text is the usual publish.
import { actorId, type Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, staleVersion, validationError } from "../engine/errors.js";
import { isStorableText } from "../kernel/values.js";
import { reportRow } from "./store.js";
import { audit, sha256 } from "./write-support.js";

export async function withdrawReport(
  context: EngineContext,
  actor: Actor,
  reportId: number,
  input: { readonly version: unknown; readonly reason: unknown },
): Promise<void> {
  const reason = typeof input.reason === "string" ? input.reason.trim() : "";
  if (reason.length < 2 || reason.length > 500 || !isStorableText(reason))
    throw validationError([
      { field: "reason", code: "field.invalid", message: "请填写撤回原因（2至500字）" },
    ]);
  await context.db.transaction(async (tx) => {
    const report = await reportRow(tx, actor, reportId, "write", true);
    if (report.status !== "published")
      throw new EngineError("conflict", "报告尚未发布，无需撤回", [
        { field: "status", code: "report.notPublished", message: "报告尚未发布" },
      ]);
    if (report.version !== input.version) throw staleVersion();
    const [published] = await tx.query<{ content: string }>(
      "SELECT published_content::text AS content FROM annual_report WHERE id = $1",
      [reportId],
    );
    await tx.query(
      `UPDATE annual_report SET status = 'draft', published_at = NULL, published_by = NULL,
         published_content = NULL, version = version + 1, updated_at = $1, updated_by = $2
       WHERE id = $3`,
      [context.now(), actorId(actor), reportId],
    );
    await audit(
      tx,
      context,
      actor,
      reportId,
      "withdraw",
      {
        publishedAt: report.publishedAt,
        contentSha256: sha256(published?.content ?? ""),
      },
      { reason },
    );
  });
}
