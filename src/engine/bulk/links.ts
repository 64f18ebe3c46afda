// Record links of an import batch: each must name a record of an allowed type that the importing
// user may read, checked with one query per target type (as createRecord checks one record).
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { accessPredicate } from "../access.js";
import type { Actor } from "../actor.js";
import type { EngineContext } from "../context.js";
import { tableOf } from "../naming.js";
import { Params } from "../params.js";
import { linkFieldsOf, linkTargetType, mayLinkTo } from "../record-links.js";
import type { RecordProblem } from "./import.js";
import type { ValidRecord } from "./validate.js";

export async function linkProblemsOfBatch(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  records: readonly (ValidRecord | null)[],
): Promise<RecordProblem[]> {
  const fields = linkFieldsOf(type);
  if (fields.length === 0) return [];
  const problems: RecordProblem[] = [];
  const wanted = new Map<
    string,
    {
      type: RecordTypeDeclaration;
      uses: { index: number; field: string; label: string; id: number }[];
    }
  >();
  records.forEach((record, index) => {
    for (const field of fields) {
      const value = record?.values[field.name];
      if (typeof value !== "string") continue;
      const target = linkTargetType(value);
      if (!target || !mayLinkTo(field, target.type.id)) {
        problems.push({
          index,
          field: field.name,
          code: "field.invalidRecordType",
          message: `${field.label}所关联的记录类型无效`,
        });
        continue;
      }
      const group = wanted.get(target.type.id) ?? { type: target.type, uses: [] };
      group.uses.push({ index, field: field.name, label: field.label, id: target.id });
      wanted.set(target.type.id, group);
    }
  });
  for (const { type: target, uses } of wanted.values()) {
    const params = new Params();
    const read = accessPredicate({ type: target, actor, params, purpose: "read", alias: "r" });
    const ids = [...new Set(uses.map((use) => use.id))];
    const rows = await context.db.query<{ id: unknown }>(
      `SELECT r.id FROM ${tableOf(target)} r WHERE r.id = ANY(${params.add(ids)}::bigint[]) AND ${read}`,
      params.values,
    );
    const found = new Set(rows.map((row) => Number(row.id)));
    for (const use of uses.filter((candidate) => !found.has(candidate.id)))
      problems.push({
        index: use.index,
        field: use.field,
        code: "field.invalidReference",
        message: `${use.label}所关联的${target.label}不存在或无权查看`,
      });
  }
  return problems;
}
