// A demo record's script of actions folded into the record it leaves: its final state and values,
// and the dated events its clocks went through, for the bulk import (no action is taken one by one).
import type { IsoDate } from "../calendar/dates.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldValue } from "../kernel/values.js";
import type { HistoricalEvent } from "../engine/bulk/historical.js";
import type { ImportRecord } from "../engine/bulk/validate.js";
import type { DemoRecord } from "./types.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The latest date among a step's values: the day the step was taken when no field dates it. */
export function dayOfStep(values: Readonly<Record<string, unknown>>, fallback: string): string {
  const dates = Object.values(values).filter(
    (value): value is string => typeof value === "string" && ISO_DAY.test(value),
  );
  return dates.sort().at(-1) ?? fallback;
}

/** The demo's story time of a day: half past nine in the morning, Beijing time. */
export const storyTime = (day: string): Date => new Date(`${day}T09:30:00+08:00`);

export function foldDemoRecord(
  type: RecordTypeDeclaration,
  record: DemoRecord,
  userId: (username: string) => number,
  today: string,
): ImportRecord {
  const anchor = record.values[type.numbering.dateField];
  let day = typeof anchor === "string" ? anchor : today;
  const created = day;
  let values: Record<string, FieldValue> = { ...record.values };
  let state = type.workflow.initial;
  const events: HistoricalEvent[] = [
    { event: "create", date: day as IsoDate, dateField: "values", values },
  ];
  for (const step of record.steps) {
    const action = type.workflow.actions.find((candidate) => candidate.id === step.action);
    if (!action) throw new Error(`demo ${type.id}: unknown action ${step.action}`);
    if (!action.from.includes(state))
      throw new Error(`demo ${type.id}: ${step.action} cannot be taken in state ${state}`);
    day = dayOfStep(step.values ?? {}, day);
    const changes: Record<string, FieldValue> = { ...(step.values ?? {}), ...(action.sets ?? {}) };
    if (action.recordsActorIn) changes[action.recordsActorIn] = userId(step.by);
    values = { ...values, ...changes };
    state = action.to ?? state;
    const dated = action.dateField ? values[action.dateField] : null;
    events.push({
      event: action.id,
      date: (typeof dated === "string" ? dated : day) as IsoDate,
      dateField: action.dateField ?? "values",
      values,
    });
  }
  return { state, values, events, createdBy: userId(record.by), at: storyTime(created) };
}
