// Generating a stored report, and publishing it: a report with missing or unreadable figures or an
// empty required part is refused, naming them; a published report keeps the text and figures it
// was published with (what the public saw stays what it saw), and is no longer edited.
import type { Sql } from "../db/client.js";
import { actorId, type Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { staleVersion, validationError, type FieldProblem } from "../engine/errors.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { audit, runOnDraft, sha256 } from "./write-support.js";
import {
  generateReport,
  UNREGISTERED_FIGURE,
  type FormatProblem,
  type GeneratedReport,
} from "./generate.js";
import { reportParagraphs, reportRow, type ReportRow } from "./store.js";
import { findPart } from "./structure.js";

export async function generateStoredReport(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  reportId: number,
): Promise<GeneratedReport> {
  return generateForRow(db, types, actor, await reportRow(db, actor, reportId));
}

/** The published content of a published report; a draft generated from its paragraphs now. */
async function generateForRow(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  report: ReportRow,
): Promise<GeneratedReport> {
  const reportId = report.id;
  if (report.status === "published") {
    const [row] = await db.query<{ content: GeneratedReport }>(
      "SELECT published_content AS content FROM annual_report WHERE id = $1",
      [reportId],
    );
    if (row) return row.content;
  }
  return generateReport(db, types, actor, {
    reportId: report.id,
    orgId: report.orgId,
    orgName: report.orgName,
    year: report.year,
    title: report.title,
    issuers: report.issuers,
    issuedOn: report.issuedOn,
    paragraphs: await reportParagraphs(db, reportId),
  });
}

/** A cited figure as people read it; its key goes in the problem's detail for programs. */
const labelOf = (report: GeneratedReport, key: string): string =>
  report.figures[key]?.label ?? UNREGISTERED_FIGURE;

/** A placeholder problem naming the paragraph and the placeholder: "“…”第2段“{{a|cn}}”：…". */
export const formatProblemText = (problem: FormatProblem): string =>
  `${problem.paragraph}“${problem.placeholder}”：${problem.message}`;

/** Why a generated report may not be published yet; empty when it may. */
export function publicationProblems(report: GeneratedReport): FieldProblem[] {
  return [
    ...report.missing.map(({ key, label }) => ({
      field: "figures",
      code: "report.missingFigure",
      message: `缺少数据来源的指标：${label ?? UNREGISTERED_FIGURE}`,
      detail: { key },
    })),
    ...report.unreadable.map((key) => ({
      field: "figures",
      code: "report.unreadableFigure",
      message: `无权统计的指标：${labelOf(report, key)}`,
      detail: { key },
    })),
    ...report.noValue.map((key) => ({
      field: "figures",
      code: "report.noValue",
      message: `指标无法计算（如分母为零或未下达目标）：${labelOf(report, key)}`,
      detail: { key },
    })),
    ...report.formatProblems.map((problem) => ({
      field: "figures",
      code: "report.formatProblem",
      message: formatProblemText(problem),
      detail: {
        key: problem.key,
        placeholder: problem.placeholder,
        paragraphId: problem.paragraphId,
      },
    })),
    ...report.emptyParts.map((part) => ({
      field: "parts",
      code: "report.emptyPart",
      message: `必备部分“${findPart(part)?.label ?? part}”尚无内容`,
      detail: { part },
    })),
    ...(report.issuedOn === null
      ? [{ field: "issuedOn", code: "report.noDate", message: "请填写成文日期" }]
      : []),
  ];
}

export async function publishReport(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  reportId: number,
  version: unknown,
): Promise<void> {
  // A stale version is told first: the user's view of the report is out of date.
  const current = await reportRow(context.db, actor, reportId, "write");
  if (current.version !== version) throw staleVersion();
  const generated = await generateForRow(context.db, types, actor, current);
  const problems = publicationProblems(generated);
  if (problems.length > 0) throw validationError(problems);
  const content = JSON.stringify({ ...generated, isDraft: false });
  await runOnDraft(context.db, actor, reportId, version, async (tx) => {
    await tx.query(
      `UPDATE annual_report SET status = 'published', published_at = $1, published_by = $2,
         published_content = $3::text::jsonb, version = version + 1, updated_at = $1, updated_by = $2 WHERE id = $4`,
      [context.now(), actorId(actor), content, reportId],
    );
    await audit(tx, context, actor, reportId, "publish", null, {
      // The hash chains what the portal serves into the audit log: an altered copy shows.
      contentSha256: sha256(content),
      figures: Object.fromEntries(
        Object.values(generated.figures).map((f) => [f.key, f.formatted]),
      ),
    });
  });
}
