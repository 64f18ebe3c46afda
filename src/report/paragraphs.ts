// Writing paragraphs: add, revise and delete, each revision kept with who and when, in one
// transaction with the audit event. A typed number equal to an indicator's value is refused with
// the indicator to insert instead.
import type { Sql } from "../db/client.js";
import { actorId, type Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, staleVersion, validationError } from "../engine/errors.js";
import { indicatorIndex } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { isStorableText } from "../kernel/values.js";
import { REPORT_FIGURES } from "./catalog.js";
import { computeFigures, yearPeriod } from "./figures.js";
import { paragraphPlaceholderProblems } from "../kernel/placeholder-problems.js";
import { bareNumbers, citedKeys, segmentsOf } from "./placeholders.js";
import { reportRow, type ReportRow } from "./store.js";
import { findPart } from "./structure.js";
import { audit, draftForWrite, insertParagraph, touch } from "./write-support.js";

const MAX_TEXT = 5000;

/**
 * Checks a paragraph's text: length, known indicator keys, placeholder formats that read and fit
 * (with the unit typed after them), no typed number an indicator gives.
 */
export async function checkParagraphText(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  report: Pick<ReportRow, "orgId" | "year">,
  text: unknown,
): Promise<string> {
  if (
    typeof text !== "string" ||
    text.trim() === "" ||
    text.length > MAX_TEXT ||
    !isStorableText(text)
  )
    throw validationError([
      {
        field: "text",
        code: "field.invalid",
        message: `段落内容不能为空，且不超过${String(MAX_TEXT)}字`,
      },
    ]);
  const declared = indicatorIndex(types);
  const unknown = citedKeys(text).filter(
    (key) => !declared.has(key) && !REPORT_FIGURES.some((figure) => figure.key === key),
  );
  if (unknown.length > 0)
    throw validationError(
      unknown.map((key) => ({
        field: "text",
        code: "report.unknownIndicator",
        message: `未知指标：${key}`,
      })),
    );
  const placeholderProblems = paragraphPlaceholderProblems(
    segmentsOf(text),
    (key) => declared.get(key)?.indicator,
  );
  if (placeholderProblems.length > 0)
    throw validationError(
      placeholderProblems.map((problem) => ({
        field: "text",
        code: "report.formatProblem",
        message: `“${problem.placeholder}”：${problem.message}`,
        detail: { key: problem.key, placeholder: problem.placeholder },
      })),
    );
  const [figures] = await computeFigures(db, {
    types,
    actor,
    orgId: report.orgId,
    periods: [yearPeriod(report.year)],
  });
  const offers = bareNumbers(
    text,
    [...(figures?.values() ?? [])].filter((figure) => figure.readable && !figure.isAuxiliary),
  );
  if (offers.length > 0) {
    throw validationError(
      offers.map((offer) => ({
        field: "text",
        code: "report.bareNumber",
        message: `数字“${offer.number}”是指标“${offer.keys.map((key) => figures?.get(key)?.label ?? key).join("”或“")}”的值，请插入指标，不要直接填写数字`,
        detail: { number: offer.number, keys: offer.keys, replacements: offer.replacements },
      })),
    );
  }
  return text;
}

export async function addParagraph(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  reportId: number,
  input: { readonly part: unknown; readonly text: unknown },
) {
  const part = typeof input.part === "string" ? findPart(input.part) : undefined;
  if (!part)
    throw validationError([
      { field: "part", code: "report.unknownPart", message: "报告部分不存在" },
    ]);
  const report = await reportRow(context.db, actor, reportId, "write");
  const text = await checkParagraphText(context.db, types, actor, report, input.text);
  return context.db.transaction(async (tx) => {
    await draftForWrite(tx, actor, reportId);
    const [last] = await tx.query<{ position: number | null }>(
      "SELECT max(position) AS position FROM report_paragraph WHERE report_id = $1 AND part = $2",
      [reportId, part.id],
    );
    const id = await insertParagraph(
      tx,
      context,
      actor,
      reportId,
      part.id,
      (last?.position ?? -1) + 1,
      text,
    );
    await touch(tx, context, actor, reportId);
    await audit(tx, context, actor, reportId, "addParagraph", null, {
      paragraphId: id,
      part: part.id,
      text,
    });
    return id;
  });
}

export async function reviseParagraph(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  reportId: number,
  paragraphId: number,
  input: { readonly version: unknown; readonly text: unknown; readonly deleted?: boolean },
) {
  const report = await reportRow(context.db, actor, reportId, "write");
  const text =
    input.deleted === true
      ? null
      : await checkParagraphText(context.db, types, actor, report, input.text);
  await context.db.transaction(async (tx) => {
    await draftForWrite(tx, actor, reportId);
    const [current] = await tx.query<{ text: string; version: number }>(
      "SELECT text, version FROM report_paragraph WHERE id = $1 AND report_id = $2 AND NOT deleted FOR UPDATE",
      [paragraphId, reportId],
    );
    if (!current) throw new EngineError("notFound", "段落不存在");
    if (current.version !== input.version) throw staleVersion();
    const version = current.version + 1;
    const after = text ?? current.text;
    await tx.query(
      `UPDATE report_paragraph SET text = $1, version = $2, deleted = $3, updated_by = $4, updated_at = $5 WHERE id = $6`,
      [after, version, text === null, actorId(actor), context.now(), paragraphId],
    );
    await tx.query(
      `INSERT INTO report_paragraph_version (paragraph_id, version, text, deleted, changed_at, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [paragraphId, version, after, text === null, context.now(), actorId(actor)],
    );
    await touch(tx, context, actor, reportId);
    await audit(
      tx,
      context,
      actor,
      reportId,
      text === null ? "deleteParagraph" : "reviseParagraph",
      { paragraphId, text: current.text },
      text === null ? null : { paragraphId, text },
    );
  });
}
