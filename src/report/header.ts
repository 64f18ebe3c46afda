// The title block of a report: title, issuing bodies and the date under them (成文日期).
import type { Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { validationError } from "../engine/errors.js";
import type { RowFieldDeclaration } from "../kernel/fields.js";
import { isStorableText, parseFieldValue } from "../kernel/values.js";
import { audit, runOnDraft, touch } from "./write-support.js";

const ISSUED_ON: RowFieldDeclaration = { name: "issuedOn", label: "成文日期", kind: "date" };

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
