// Statutory clocks of records: started, paused, resumed, extended and stopped by actions,
// their due dates computed by the calendar module, stored with the explanation.
import { deadlineFor } from "../calendar/index.js";
import { addDays, parseIsoDate, type IsoDate } from "../calendar/dates.js";
import type { Sql } from "../db/client.js";
import type {
  ClockDeclaration,
  PauseKindName,
  RecordTypeDeclaration,
  RecordValues,
} from "../kernel/declaration.js";
import type { EngineContext } from "./context.js";
import { validationError, type FieldProblem } from "./errors.js";

export interface StoredPause {
  readonly from: string;
  readonly to: string;
  readonly kind: PauseKindName;
}

export interface ClockState {
  readonly clockId: string;
  readonly ruleId: string;
  readonly startedOn: string;
  readonly pauses: readonly StoredPause[];
  readonly openPause: { readonly from: string; readonly kind: PauseKindName } | null;
  readonly extensionDays: number | null;
  readonly dueOn: string | null;
  readonly stoppedOn: string | null;
  readonly status: "running" | "paused" | "stopped";
  readonly provisional: boolean;
  readonly steps: readonly { date: string; kind: string; text: string }[];
}

export const ruleIdOf = (clock: ClockDeclaration, values: RecordValues): string =>
  typeof clock.rule === "string" ? clock.rule : clock.rule(values);

/** Pauses as the calendar wants them: after the start day, in order, overlapping ones merged. */
function normalisedPauses(pauses: readonly StoredPause[], start: IsoDate) {
  const sorted = pauses
    // A pause that begins on the start day itself only counts from the next day.
    .map((pause) => ({
      ...pause,
      from: pause.from <= start ? addDays(start, 1) : (pause.from as IsoDate),
    }))
    .filter((pause) => pause.from <= pause.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: IsoDate; to: IsoDate; kind: PauseKindName }[] = [];
  for (const pause of sorted) {
    const last = merged.at(-1);
    if (last && pause.from <= addDays(last.to, 1)) {
      if (pause.to > last.to) last.to = pause.to as IsoDate;
    } else merged.push({ from: pause.from, to: pause.to as IsoDate, kind: pause.kind });
  }
  return merged;
}

/** Recomputes the due date; a calendar error names the field the user gave (the action's date). */
function withDueDate(
  state: ClockState,
  clock: ClockDeclaration,
  dateField: string,
  context: EngineContext,
): ClockState {
  const start = parseIsoDate(state.startedOn);
  if (start === null) throw new Error(`clock ${clock.id}: bad start ${state.startedOn}`);
  let pauses = normalisedPauses(state.pauses, start);
  for (;;) {
    const result = deadlineFor({
      ruleId: state.ruleId,
      start,
      pauses,
      config: context.calendar,
      ...(state.extensionDays !== null ? { extension: state.extensionDays } : {}),
    });
    if (result.ok) {
      return {
        ...state,
        dueOn: result.value.due,
        provisional: result.value.provisional,
        steps: result.value.steps,
      };
    }
    // A suspension that began after the period had already run out cannot extend it: the case was
    // overdue when it was suspended. Drop such pauses and count without them.
    const outside = result.errors.find((error) => error.code === "pause.outsidePeriod");
    const index = outside ? Number(/\[(\d+)\]/.exec(outside.field)?.[1]) : NaN;
    if (Number.isInteger(index) && index < pauses.length) {
      pauses = pauses.slice(0, index);
      continue;
    }
    const problems: FieldProblem[] = result.errors.map((error) => ({
      field: dateField,
      code: error.code,
      message: `${clock.label}期限：${error.message}`,
    }));
    throw validationError(problems);
  }
}

export interface ClockEffectInput {
  readonly type: RecordTypeDeclaration;
  /** "create" or an action id. */
  readonly event: string;
  /** The day the event takes effect. */
  readonly date: IsoDate;
  /** The field that carried that day, named in errors. */
  readonly dateField: string;
  readonly values: RecordValues;
  readonly current: ReadonlyMap<string, ClockState>;
  readonly context: EngineContext;
}

/** The clocks that change because of an event; unchanged clocks are not returned. */
export function applyClockEffects(input: ClockEffectInput): ClockState[] {
  const { type, event, date, values, context } = input;
  const changed: ClockState[] = [];
  for (const clock of type.clocks) {
    let state = input.current.get(clock.id) ?? null;
    const before = state;
    if (clock.startOn.includes(event)) {
      const start = values[clock.startField];
      if (typeof start !== "string") {
        throw validationError([
          {
            field: clock.startField,
            code: "clock.noStart",
            message: `${clock.label}期限缺少起算日`,
          },
        ]);
      }
      state = {
        clockId: clock.id,
        ruleId: ruleIdOf(clock, values),
        startedOn: start,
        pauses: [],
        openPause: null,
        extensionDays: null,
        dueOn: null,
        stoppedOn: null,
        status: "running",
        provisional: false,
        steps: [],
      };
    }
    if (state === null) continue;
    const pause = clock.pauseOn?.find((item) => item.action === event);
    if (pause && state.status === "running") {
      state = { ...state, status: "paused", openPause: { from: date, kind: pause.kind } };
    }
    const isResume = clock.resumeOn?.includes(event) ?? false;
    const isStop = clock.stopOn.includes(event);
    if ((isResume || isStop) && state.openPause !== null && date < state.openPause.from) {
      throw validationError([
        {
          field: input.dateField,
          code: "clock.beforePause",
          message: `${clock.label}：日期不能早于暂停开始日（${state.openPause.from}）`,
        },
      ]);
    }
    if ((isResume || isStop) && state.openPause !== null) {
      const closed = {
        from: state.openPause.from,
        to: addDays(date, -1),
        kind: state.openPause.kind,
      };
      state = { ...state, status: "running", openPause: null, pauses: [...state.pauses, closed] };
    }
    if (clock.extendOn?.action === event) {
      const days = values[clock.extendOn.daysField];
      state = { ...state, extensionDays: typeof days === "number" ? days : null };
    }
    if (state.status !== "stopped") state = withDueDate(state, clock, input.dateField, context);
    if (isStop && state.status !== "stopped")
      state = { ...state, status: "stopped", stoppedOn: date };
    if (state !== before) changed.push(state);
  }
  return changed;
}

/**
 * After an edit, running and paused clocks follow the record: a corrected start date or a
 * changed procedure (which picks the rule) gives a new due date. Stopped clocks are history.
 */
export function recomputeClocks(input: {
  readonly type: RecordTypeDeclaration;
  readonly current: ReadonlyMap<string, ClockState>;
  readonly values: RecordValues;
  readonly context: EngineContext;
}): ClockState[] {
  return input.type.clocks.flatMap((clock) => {
    const state = input.current.get(clock.id);
    const start = input.values[clock.startField];
    if (!state || state.status === "stopped" || typeof start !== "string") return [];
    const next = { ...state, startedOn: start, ruleId: ruleIdOf(clock, input.values) };
    return [withDueDate(next, clock, clock.startField, input.context)];
  });
}

/** The clocks of the record aliased `alias`, as one JSON array, for reading with the record itself. */
export function clocksJson(typeParam: string, alias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('clockId', c.clock_id, 'ruleId', c.rule_id,
    'startedOn', c.started_on, 'pauses', c.pauses, 'openPause', c.open_pause, 'extensionDays', c.extension_days,
    'dueOn', c.due_on, 'stoppedOn', c.stopped_on, 'status', c.status, 'provisional', c.provisional,
    'steps', c.steps) ORDER BY c.started_on, c.clock_id), '[]'::json)
    FROM record_clock c WHERE c.record_type = ${typeParam} AND c.record_id = ${alias}.id)`;
}

const SELECT_CLOCKS = `SELECT record_id AS "recordId", clock_id AS "clockId", rule_id AS "ruleId", started_on AS "startedOn",
  pauses, open_pause AS "openPause", extension_days AS "extensionDays", due_on AS "dueOn", stopped_on AS "stoppedOn",
  status, provisional, steps FROM record_clock`;

export async function clocksOf(
  sql: Sql,
  recordType: string,
  recordId: number,
): Promise<Map<string, ClockState>> {
  const rows = await sql.query<ClockState>(
    `${SELECT_CLOCKS} WHERE record_type = $1 AND record_id = $2`,
    [recordType, recordId],
  );
  return new Map(rows.map((row) => [row.clockId, row]));
}

export async function saveClocks(
  sql: Sql,
  recordType: string,
  recordId: number,
  clocks: readonly ClockState[],
) {
  for (const clock of clocks) {
    await sql.query(
      `INSERT INTO record_clock (record_type, record_id, clock_id, rule_id, started_on, pauses, open_pause,
         extension_days, due_on, stopped_on, status, provisional, steps)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10, $11, $12, $13::text::jsonb)
       ON CONFLICT (record_type, record_id, clock_id) DO UPDATE SET rule_id = EXCLUDED.rule_id,
         started_on = EXCLUDED.started_on, pauses = EXCLUDED.pauses, open_pause = EXCLUDED.open_pause,
         extension_days = EXCLUDED.extension_days, due_on = EXCLUDED.due_on, stopped_on = EXCLUDED.stopped_on,
         status = EXCLUDED.status, provisional = EXCLUDED.provisional, steps = EXCLUDED.steps`,
      [
        recordType,
        recordId,
        clock.clockId,
        clock.ruleId,
        clock.startedOn,
        JSON.stringify(clock.pauses),
        clock.openPause === null ? null : JSON.stringify(clock.openPause),
        clock.extensionDays,
        clock.dueOn,
        clock.stoppedOn,
        clock.status,
        clock.provisional,
        JSON.stringify(clock.steps),
      ],
    );
  }
}
