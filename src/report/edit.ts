// Writing annual reports: create (from the draft template), edit the title block, add, revise and
// delete paragraphs (each revision kept with who and when), all in one transaction with the audit
// event. A typed number equal to an indicator's value is refused with the indicator to use instead.
import type { Database, Sql } from "../db/client.js";
import { orgInScopePredicate } from "../engine/access.js";
import { hasAnyRole, type Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, forbidden, staleVersion, validationError } from "../engine/errors.js";
import { indicatorIndex } from "../engine/indicators.js";
import { Params } from "../engine/params.js";
import { isStorableText, parseFieldValue } from "../kernel/values.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_WRITERS } from "./access.js";
import { REPORT_FIGURES } from "./catalog.js";
import { computeFigures, yearPeriod } from "./figures.js";
import { bareNumbers, citedKeys } from "./placeholders.js";
import { reportRow, type ReportRow } from "./store.js";
import { findPart } from "./structure.js";
import { draftParagraphs, type DraftParagraph } from "./template.js";

export const REPORT_AUDIT_TYPE = "annualReport";
const MAX_TEXT = 5000;
const ISSUED_ON: FieldDeclaration = { name: "issuedOn", label: "成文日期", kind: "date" };

const actorId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

async function audit(
  tx: Sql,
  context: EngineContext,
  actor: Actor,
  reportId: number,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  await appendAudit(tx, {
    actor,
    recordType: REPORT_AUDIT_TYPE,
    recordId: reportId,
    action,
    before,
    after,
    at: context.now(),
  });
}

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
    `SELECT id, name FROM org WHERE id = ${params.add(input.orgId)} AND ${orgInScopePredicate(actor, params, "id")}`,
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

async function insertParagraph(
  tx: Sql,
  context: EngineContext,
  actor: Actor,
  reportId: number,
  part: string,
  position: number,
  text: string,
) {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO report_paragraph (report_id, part, position, text, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [reportId, part, position, text, actorId(actor), context.now()],
  );
  const id = row?.id ?? 0;
  await tx.query(
    `INSERT INTO report_paragraph_version (paragraph_id, version, text, changed_at, changed_by)
     VALUES ($1, 1, $2, $3, $4)`,
    [id, text, context.now(), actorId(actor)],
  );
  return id;
}

/** The report, locked for writing, still a draft and at the version the user edited. */
async function draftForWrite(tx: Sql, actor: Actor, reportId: number): Promise<ReportRow> {
  const report = await reportRow(tx, actor, reportId, "write", true);
  if (report.status === "published")
    throw new EngineError("conflict", "已发布的报告不能修改", [
      { field: "status", code: "report.published", message: "报告已发布" },
    ]);
  return report;
}

/** Checks a paragraph's text: length, known indicator keys, no typed number an indicator gives. */
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
        detail: { number: offer.number, keys: offer.keys },
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

async function touch(tx: Sql, context: EngineContext, actor: Actor, reportId: number) {
  await tx.query(
    "UPDATE annual_report SET version = version + 1, updated_at = $1, updated_by = $2 WHERE id = $3",
    [context.now(), actorId(actor), reportId],
  );
}

export async function updateReportHeader(
  context: EngineContext,
  actor: Actor,
  reportId: number,
  input: {
    readonly version: unknown;
    readonly title?: unknown;
    readonly issuers?: unknown;
    readonly issuedOn?: unknown;
  },
) {
  const problems = [];
  const text = (field: string, label: string, value: unknown) => {
    if (value === undefined) return undefined;
    if (
      typeof value !== "string" ||
      value.trim() === "" ||
      value.length > 200 ||
      !isStorableText(value)
    ) {
      problems.push({ field, code: "field.invalid", message: `${label}不能为空，且不超过200字` });
      return undefined;
    }
    return value.trim();
  };
  const title = text("title", "标题", input.title);
  const issuers = text("issuers", "发文机关", input.issuers);
  let issuedOn: string | null | undefined;
  if (input.issuedOn === null) issuedOn = null;
  else if (input.issuedOn !== undefined) {
    const parsed = parseFieldValue(ISSUED_ON, input.issuedOn);
    if (parsed.ok && typeof parsed.value === "string") issuedOn = parsed.value;
    else
      problems.push({
        field: "issuedOn",
        code: "field.invalidDate",
        message: "成文日期不是有效日期（YYYY-MM-DD）",
      });
  }
  if (problems.length > 0) throw validationError(problems);
  await runOnDraft(context.db, actor, reportId, input.version, async (tx, before) => {
    await tx.query(
      `UPDATE annual_report SET title = coalesce($1, title), issuers = coalesce($2, issuers),
         issued_on = CASE WHEN $3::boolean THEN $4::date ELSE issued_on END WHERE id = $5`,
      [title ?? null, issuers ?? null, issuedOn !== undefined, issuedOn ?? null, reportId],
    );
    await touch(tx, context, actor, reportId);
    await audit(
      tx,
      context,
      actor,
      reportId,
      "updateHeader",
      { title: before.title, issuers: before.issuers, issuedOn: before.issuedOn },
      {
        title: title ?? before.title,
        issuers: issuers ?? before.issuers,
        issuedOn: issuedOn === undefined ? before.issuedOn : issuedOn,
      },
    );
  });
}

/** Runs `work` on the locked draft after checking the version the user edited. */
export async function runOnDraft(
  db: Database,
  actor: Actor,
  reportId: number,
  version: unknown,
  work: (tx: Sql, report: ReportRow) => Promise<void>,
) {
  await reportRow(db, actor, reportId, "write");
  await db.transaction(async (tx) => {
    const report = await draftForWrite(tx, actor, reportId);
    if (report.version !== version) throw staleVersion();
    await work(tx, report);
  });
}
