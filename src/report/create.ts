// Creating an annual report for an organisation and year: the rule-of-law office, an organisation in
// its scope, once per year; the paragraphs start from the draft template (or given ones).
import { coversSubtreePredicate } from "../engine/access.js";
import { hasAnyRole, actorId, type Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, forbidden, validationError } from "../engine/errors.js";
import { Params } from "../engine/params.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_WRITERS } from "./access.js";
import { draftParagraphs, type DraftParagraph } from "./template.js";
import { audit, insertParagraph } from "./write-support.js";

export async function createReport(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  input: { readonly orgId: number; readonly year: number },
  /** The paragraphs to start from; the draft template when omitted. */
  paragraphs?: readonly DraftParagraph[],
): Promise<number> {
  if (!hasAnyRole(actor, REPORT_WRITERS)) throw forbidden("只有依法治市办可以编制年度报告");
  const problems = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    problems.push({ field: "year", code: "field.range", message: "年度应为2000至2100之间的整数" });
  const params = new Params();
  const [org] = await context.db.query<{ id: number; name: string }>(
    `SELECT id, name FROM org WHERE id = ${params.add(input.orgId)} AND ${coversSubtreePredicate(actor, params, "id")}`,
    params.values,
  );
  if (!org)
    problems.push({ field: "org", code: "org.unknown", message: "单位不存在或不在本人管辖范围内" });
  if (problems.length > 0 || !org) throw validationError(problems);
  const [existing] = await context.db.query(
    "SELECT id FROM annual_report WHERE org_id = $1 AND year = $2",
    [org.id, input.year],
  );
  if (existing)
    throw new EngineError("conflict", `${org.name}${String(input.year)}年度报告已存在`, [
      { field: "year", code: "report.exists", message: "该单位该年度的报告已存在" },
    ]);
  return context.db.transaction(async (tx) => {
    const title = `${org.name}${String(input.year)}年法治政府建设年度报告`;
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO annual_report (org_id, year, title, issuers, status, created_by, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'draft', $5, $5, $6, $6) RETURNING id`,
      [org.id, input.year, title, org.name, actorId(actor), context.now()],
    );
    const id = row?.id ?? 0;
    const drafts = paragraphs ?? draftParagraphs(types, org, input.year);
    for (const [position, draft] of drafts.entries())
      await insertParagraph(tx, context, actor, id, draft.part, position, draft.text);
    await audit(tx, context, actor, id, "create", null, { orgId: org.id, year: input.year, title });
    return id;
  });
}
