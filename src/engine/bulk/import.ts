// Importing records in bulk, all or nothing: every record is checked first and every problem
// reported; only a batch without problems is written, in one transaction.
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { findCatalogue } from "../../domains/catalogues/index.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { Actor } from "../actor.js";
import { codeUses } from "../catalogue-check.js";
import { unselectableCodes } from "../catalogues.js";
import type { EngineContext } from "../context.js";
import { hasCreateRole, ownerOrgChoices } from "../create-access.js";
import { forbidden, type FieldProblem } from "../errors.js";
import { tableOf } from "../naming.js";
import {
  importRulesOf,
  validateRecord,
  type Checks,
  type ImportRecord,
  type ValidRecord,
} from "./validate.js";
import { writeRecords, type BatchSource } from "./write.js";
import { linkProblemsOfBatch } from "./links.js";
import {
  keyOf,
  mergedRecord,
  storedByKey,
  uniqueBatchProblems,
  updateProblems,
  type StoredRecord,
} from "./keyed.js";
import { changesAnything, type KeyedUpdate } from "./update.js";

/** A problem of one record of the batch, by its position and the field path (`parties[2].name`). */
export interface RecordProblem extends FieldProblem {
  readonly index: number;
}

export type ImportPhase = "checking" | "writing";

export interface ImportOptions {
  /** Check everything, write nothing. */
  readonly dryRun?: boolean;
  /** Number every record afresh, ignoring numbers the records carry (a copy of records). */
  readonly renumber?: boolean;
  readonly source: BatchSource;
  readonly onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      /** New records. */
      readonly imported: number;
      /** Stored records changed by rows carrying their importKey. */
      readonly updated: number;
      /** Rows carrying a stored record's importKey that change nothing. */
      readonly unchanged: number;
      readonly dryRun: boolean;
      readonly batchSeq: number | null;
      /** Ids of the new records, in the batch's order (none on a dry run). */
      readonly ids: readonly number[];
    }
  | { readonly ok: false; readonly problems: readonly RecordProblem[] };

const PROGRESS_EVERY = 2000;

async function checksOf(context: EngineContext, actor: Actor): Promise<Checks> {
  const orgs = await context.db.query<{ id: number }>("SELECT id FROM org WHERE active");
  const users = await context.db.query<{ id: number }>("SELECT id FROM app_user WHERE active");
  const scope = await ownerOrgChoices(context.db, actor);
  return {
    orgIds: new Set(orgs.map((row) => row.id)),
    userIds: new Set(users.map((row) => row.id)),
    ownerScope: scope === null ? null : new Set(scope),
  };
}

/** Catalogue codes of the whole batch, checked with one query per catalogue. */
async function catalogueProblems(
  context: EngineContext,
  type: RecordTypeDeclaration,
  records: readonly (ValidRecord | null)[],
): Promise<RecordProblem[]> {
  const uses = records.flatMap((record, index) =>
    record ? codeUses(type, record.values).map((use) => ({ ...use, index })) : [],
  );
  const problems: RecordProblem[] = [];
  for (const id of new Set(uses.map((use) => use.field.catalogue))) {
    const catalogue = findCatalogue(id);
    if (!catalogue) continue;
    const group = uses.filter((use) => use.field.catalogue === id);
    const refused = new Set(
      await unselectableCodes(context.db, catalogue, [...new Set(group.map((use) => use.code))]),
    );
    for (const use of group.filter((candidate) => refused.has(candidate.code)))
      problems.push({
        index: use.index,
        field: use.path,
        code: "field.unknownCode",
        message: `${use.field.label}：编码“${use.code}”不是《${catalogue.label}》中可选的条目`,
      });
  }
  return problems;
}

/** Numbers carried twice in the batch, or already held by a record of the type. */
async function numberProblems(
  context: EngineContext,
  type: RecordTypeDeclaration,
  records: readonly (ValidRecord | null)[],
): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  const first = new Map<string, number>();
  records.forEach((record, index) => {
    const number = record?.recordNumber;
    if (!number) return;
    const earlier = first.get(number);
    if (earlier === undefined) first.set(number, index);
    else
      problems.push({
        index,
        field: "recordNumber",
        code: "import.duplicateNumber",
        message: `编号“${number}”与本批第${earlier + 1}条记录重复`,
      });
  });
  if (first.size === 0) return problems;
  const taken = await context.db.query<{ number: string }>(
    `SELECT record_number AS number FROM ${tableOf(type)} WHERE record_number = ANY($1::text[])`,
    [[...first.keys()]],
  );
  for (const { number } of taken)
    problems.push({
      index: first.get(number) ?? 0,
      field: "recordNumber",
      code: "import.numberTaken",
      message: `编号“${number}”已被已有记录使用（如需作为新记录导入，请清空编号或选择重新编号）`,
    });
  return problems;
}

export async function importRecords(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  records: readonly ImportRecord[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  if (!hasCreateRole(type, actor)) throw forbidden(`无权导入${type.label}`);
  const checks = await checksOf(context, actor);
  const rules = importRulesOf(type);
  const problems: RecordProblem[] = [];
  const valid: (ValidRecord | null)[] = [];
  const stored = await storedByKey(context.db, type, records);
  /** The stored record each row updates, by the row's index; null: a new record. */
  const targets: (StoredRecord | null)[] = [];
  for (const [index, raw] of records.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      options.onProgress?.("checking", index, records.length);
      // Checking is pure computation: without a turn of the event loop the progress just
      // reported would reach nobody (and every other request would wait) until all is checked.
      if (index > 0) await yieldToLoop();
    }
    const key = keyOf(type, raw);
    const target = key === null ? null : (stored.get(key) ?? null);
    targets.push(target);
    if (target) {
      const refused = updateProblems(type, actor, target, checks);
      if (refused.length > 0) {
        problems.push(...refused.map((problem) => ({ ...problem, index })));
        valid.push(null);
        continue;
      }
    }
    const record = target
      ? mergedRecord(target, raw)
      : options.renumber
        ? { ...raw, recordNumber: null }
        : raw;
    const result = validateRecord(context, type, record, checks, rules);
    if ("record" in result) {
      valid.push(result.record);
      continue;
    }
    problems.push(...result.problems.map((problem) => ({ ...problem, index })));
    valid.push(null);
  }
  problems.push(...(await catalogueProblems(context, type, valid)));
  problems.push(...(await numberProblems(context, type, valid)));
  problems.push(...(await linkProblemsOfBatch(context, type, actor, valid)));
  problems.push(
    ...(await uniqueBatchProblems(
      context.db,
      type,
      valid,
      targets.map((target) => target?.id ?? null),
    )),
  );
  options.onProgress?.("checking", records.length, records.length);
  if (problems.length > 0)
    return { ok: false, problems: problems.sort((a, b) => a.index - b.index) };
  const ready: ValidRecord[] = [];
  const updates: KeyedUpdate[] = [];
  valid.forEach((record, index) => {
    if (!record) return;
    const target = targets[index];
    if (target) updates.push({ stored: target, record });
    else ready.push(record);
  });
  if (options.dryRun === true) {
    const changed = updates.filter((update) => changesAnything(type, update)).length;
    return {
      ok: true,
      imported: ready.length,
      updated: changed,
      unchanged: updates.length - changed,
      dryRun: true,
      batchSeq: null,
      ids: [],
    };
  }
  options.onProgress?.("writing", 0, ready.length);
  await yieldToLoop();
  const { batchSeq, ids, updated } = await context.db.transaction((tx) =>
    writeRecords({
      tx,
      type,
      actor,
      records: ready,
      now: context.now(),
      source: options.source,
      onWritten: (rows) => options.onProgress?.("writing", rows, ready.length),
      ...(type.importKey === undefined ? {} : { updates }),
    }),
  );
  return {
    ok: true,
    imported: ready.length,
    updated,
    unchanged: updates.length - updated,
    dryRun: false,
    batchSeq,
    ids,
  };
}
