// Taking a workflow action: state check, roles, required fields, no self-approval, clock effects, audit.
import type { IsoDate } from "../calendar/dates.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldValue } from "../kernel/values.js";
import { hasAnyRole, type Actor } from "./actor.js";
import { appendAudit } from "./audit.js";
import { blockedReason } from "./action-view.js";
import { applyClockEffects, clocksOf, saveClocks } from "./clocks.js";
import { todayOf, type EngineContext } from "./context.js";
import { EngineError, forbidden, validationError } from "./errors.js";
import { checkEventDate } from "./event-dates.js";
import { parseValues } from "./input.js";
import { restoreMaskedValues } from "./rows-text.js";
import { withdrawOnAction } from "./publication/withdraw.js";
import { refreshOnAction } from "./publication/refresh.js";
import { checkChecklist, isBlank } from "./checklist.js";
import { nextInSeries } from "./number-series.js";
import { checkRequiredFiles } from "./files/required-files.js";
import { checkReferences, lockForWrite, valuesBefore, writeRecord } from "./records-write.js";
import type { RecordRow } from "./select.js";
import type { Sql } from "../db/client.js";

/**
 * The work a service action does in the action's transaction, after the action's own values are
 * checked and before they are written: it may write its own tables and returns further values for
 * the record (the material's hash, the seed). `context` is bound to the transaction.
 */
export type ActionEffect = (input: {
  readonly tx: Sql;
  readonly context: EngineContext;
  readonly record: RecordRow;
  readonly after: Readonly<Record<string, FieldValue>>;
}) => Promise<Readonly<Record<string, FieldValue>>>;

/** A database whose every query and nested transaction runs in the transaction `tx`. */
export function boundTo(context: EngineContext, tx: Sql): EngineContext {
  return {
    ...context,
    db: {
      kind: context.db.kind,
      query: (text, params) => tx.query(text, params),
      transaction: (work) => work(tx),
      close: () => Promise.reject(new Error("a transaction's database is not closed")),
    },
  };
}

export async function takeAction(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  input: {
    readonly id: number;
    readonly actionId: string;
    readonly version?: unknown;
    readonly values?: unknown;
  },
  effect?: ActionEffect,
): Promise<RecordRow> {
  const action = type.workflow.actions.find((candidate) => candidate.id === input.actionId);
  if (!action) throw new EngineError("notFound", `没有名为“${input.actionId}”的操作`);
  if (action.service === true && effect === undefined)
    throw new EngineError("invalidTransition", `“${action.label}”须由其专门功能办理`);
  if (!hasAnyRole(actor, action.roles)) throw forbidden(`无权执行“${action.label}”`);
  const allowed = new Set(action.fields ?? []);
  return context.db.transaction(async (tx) => {
    const record = await lockForWrite(tx, type, actor, input.id, input.version);
    if (!action.from.includes(record.state)) {
      const state = type.workflow.states.find((candidate) => candidate.id === record.state);
      throw new EngineError(
        "invalidTransition",
        `当前状态（${state?.label ?? record.state}）不能执行“${action.label}”`,
      );
    }
    const blocked = blockedReason(action, actor, record.values);
    if (blocked) throw forbidden(blocked);
    await checkRequiredFiles(tx, type, action, input.id);
    const given = parseValues({
      type,
      // An action form shows the record's rows masked, as the edit form does.
      raw: restoreMaskedValues(type.fields, input.values, record.values),
      allowed,
      required: action.requires ?? [],
    });
    await checkReferences(tx, type, actor, given, record.values);
    const changes: Record<string, FieldValue> = { ...given, ...(action.sets ?? {}) };
    if (action.recordsActorIn && actor.kind === "user") changes[action.recordsActorIn] = actor.id;
    const proposed = { ...record.values, ...changes };
    const problem = action.check?.(proposed, record.values) ?? null;
    if (problem) throw validationError([problem]);
    await checkChecklist(tx, context, action, { type, id: input.id, values: proposed });
    // Once: a record that already holds its number (registered before, or imported) keeps it.
    const series = action.assignsNumber;
    if (series && isBlank(proposed[series.field]))
      changes[series.field] = await nextInSeries(tx, type, series, proposed, todayOf(context));
    if (effect) {
      const context_ = boundTo(context, tx);
      const after_ = { ...record.values, ...changes } as Record<string, FieldValue>;
      Object.assign(changes, await effect({ tx, context: context_, record, after: after_ }));
    }
    const after = { ...record.values, ...changes };
    const dated = action.dateField ? after[action.dateField] : null;
    const date = (typeof dated === "string" ? dated : todayOf(context)) as IsoDate;
    if (action.dateField)
      checkEventDate(type, action.dateField, date, record.values, todayOf(context));
    const clocks = applyClockEffects({
      type,
      event: action.id,
      date,
      dateField: action.dateField ?? "values",
      values: after,
      current: await clocksOf(tx, type.id, input.id),
      context,
    });
    const updated = await writeRecord({
      tx,
      type,
      actor,
      record,
      changes,
      state: action.to ?? record.state,
      at: context.now(),
    });
    await saveClocks(tx, type.id, input.id, clocks);
    const before = valuesBefore(record, changes);
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: input.id,
      action: `action:${action.id}`,
      before: { state: record.state, ...before },
      after: { state: updated.state, ...changes },
      at: context.now(),
    });
    await withdrawOnAction(tx, { context, type, action, recordId: input.id });
    await refreshOnAction(tx, { context, type, action, record: updated });
    return updated;
  });
}
