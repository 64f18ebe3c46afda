// Record link fields (kind "record"): a link must name a record of an allowed type that the user
// may read; it is shown as the record number and, to a user who may read the record, its title.
// The engine reads the registry here, and only here: a link may point at any declared type.
import type { Sql } from "../db/client.js";
import { findRecordType, recordTypes } from "../domains/registry.js";
import { parseRecordNumber } from "./bulk/numbers.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { RecordLinkFieldDeclaration } from "../kernel/fields.js";
import { parseRecordLink } from "../kernel/values.js";
import { accessPredicate } from "./access.js";
import type { Actor } from "./actor.js";
import { displayLabels } from "./display.js";
import type { FieldProblem } from "./errors.js";
import { tableOf } from "./naming.js";
import { Params } from "./params.js";
import { selectColumns, toRecordRow } from "./select.js";

export const linkFieldsOf = (type: RecordTypeDeclaration): RecordLinkFieldDeclaration[] =>
  type.fields.filter((field): field is RecordLinkFieldDeclaration => field.kind === "record");

/** Whether the field may point at records of this type. */
export const mayLinkTo = (field: RecordLinkFieldDeclaration, typeId: string): boolean =>
  field.types === undefined || field.types.includes(typeId);

/** The type a stored link names, if it is a declared one. */
export function linkTargetType(value: unknown) {
  const link = parseRecordLink(value);
  const type = link ? findRecordType(link.type) : undefined;
  return link && type ? { type, id: link.id } : null;
}

/** The labels of the declared types a field may point at: 领导批示、行政复议案件. */
const allowedLabels = (field: RecordLinkFieldDeclaration): string =>
  (field.types ?? []).map((id) => findRecordType(id)?.label ?? id).join("、");

/**
 * Problems of the links in `values`. A link the record already holds in the same field stays
 * acceptable (its reader may have lost access since); a new one must be readable to this actor.
 */
export async function linkProblems(
  sql: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  values: Readonly<Record<string, unknown>>,
  existing: Readonly<Record<string, unknown>> = {},
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const field of linkFieldsOf(type)) {
    const value = values[field.name];
    if (typeof value !== "string" || value === existing[field.name]) continue;
    const target = linkTargetType(value);
    if (!target || !mayLinkTo(field, target.type.id)) {
      const only = field.types ? `，只能关联${allowedLabels(field)}` : "";
      problems.push({
        field: field.name,
        code: "field.invalidRecordType",
        message: `${field.label}所关联的记录类型无效${only}`,
      });
      continue;
    }
    const params = new Params();
    const read = accessPredicate({ type: target.type, actor, params, purpose: "read", alias: "r" });
    const rows = await sql.query(
      `SELECT 1 FROM ${tableOf(target.type)} r WHERE r.id = ${params.add(target.id)} AND ${read}`,
      params.values,
    );
    // Not there and not readable read the same: a link must not reveal what exists.
    if (rows.length === 0)
      problems.push({
        field: field.name,
        code: "field.invalidReference",
        message: `${field.label}所关联的${target.type.label}不存在或无权查看`,
      });
  }
  return problems;
}

/** A linked record as shown: its number, and its title only where the reader may read it. */
export interface LinkLabel {
  readonly recordNumber: string | null;
  readonly title: string | null;
}

/** Labels of every link these values hold, read per target type in one query each. */
export async function linkLabels(
  sql: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  rows: readonly { readonly values: Readonly<Record<string, unknown>> }[],
): Promise<Map<string, LinkLabel>> {
  const byType = new Map<string, { type: RecordTypeDeclaration; ids: Set<number> }>();
  for (const field of linkFieldsOf(type))
    for (const row of rows) {
      const target = linkTargetType(row.values[field.name]);
      if (!target) continue;
      const group = byType.get(target.type.id) ?? { type: target.type, ids: new Set<number>() };
      group.ids.add(target.id);
      byType.set(target.type.id, group);
    }
  const labels = new Map<string, LinkLabel>();
  for (const { type: target, ids } of byType.values()) {
    const params = new Params();
    const read = accessPredicate({ type: target, actor, params, purpose: "read", alias: "r" });
    const found = await sql.query(
      `SELECT ${selectColumns(target, "r", new Set([target.titleField]))}, (${read}) AS "isReadable"
       FROM ${tableOf(target)} r WHERE r.id = ANY(${params.add([...ids])}::bigint[])`,
      params.values,
    );
    for (const { isReadable, ...columns } of found) {
      const row = toRecordRow(columns);
      const raw = row.values[target.titleField];
      const title =
        displayLabels(target, row)[target.titleField] ??
        (typeof raw === "string" || typeof raw === "number" ? String(raw) : null);
      labels.set(`${target.id}:${row.id}`, {
        recordNumber: row.recordNumber,
        title: isReadable === true ? title : null,
      });
    }
  }
  return labels;
}

/** The text a link reads as: 侯复〔2023〕12号 张某诉某局, or the number alone. */
export const linkText = (label: LinkLabel | undefined): string =>
  label === undefined
    ? "（记录已不存在）"
    : [label.recordNumber ?? "（无编号）", label.title].filter((part) => part !== null).join(" ");

/**
 * Sets the display text of each link field on these rows: number and title for lists and the
 * record view; the number alone for exports, so that the file imports back.
 */
export async function showLinks(
  sql: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  rows: readonly {
    readonly values: Readonly<Record<string, unknown>>;
    readonly display: Record<string, string>;
  }[],
  form: "full" | "number" = "full",
): Promise<void> {
  const fields = linkFieldsOf(type);
  if (fields.length === 0) return;
  const labels = await linkLabels(sql, type, actor, rows);
  for (const row of rows)
    for (const field of fields) {
      const value = row.values[field.name];
      if (typeof value !== "string") continue;
      const label = labels.get(value);
      row.display[field.name] =
        form === "number" && label?.recordNumber ? label.recordNumber : linkText(label);
    }
}

/** The declared type whose record numbers look like this one (侯复〔2023〕12号 → reconsideration). */
export function typeOfRecordNumber(text: string): RecordTypeDeclaration | undefined {
  return recordTypes.find((type) => parseRecordNumber(type, text) !== null);
}

/** `type:id` of each of these record numbers that a record holds (one query per type). */
export async function recordsByNumber(
  sql: Sql,
  numbers: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const byType = new Map<RecordTypeDeclaration, string[]>();
  for (const number of numbers) {
    const type = typeOfRecordNumber(number);
    if (type) byType.set(type, [...(byType.get(type) ?? []), number]);
  }
  const found = new Map<string, string>();
  for (const [type, list] of byType) {
    const rows = await sql.query<{ id: number; number: string }>(
      `SELECT id, record_number AS number FROM ${tableOf(type)} WHERE record_number = ANY($1::text[])`,
      [list],
    );
    for (const row of rows) found.set(row.number, `${type.id}:${row.id}`);
  }
  return found;
}
