// Statutory clocks of records: started, paused, resumed, restarted, extended and stopped by
// actions, their due dates computed by the calendar module, stored with the explanation.
import { configuredRule, findRule } from "../calendar/index.js";
import { addDays, type IsoDate } from "../calendar/dates.js";
import type { Sql } from "../db/client.js";
import {
  isSetDeadline,
  SET_DEADLINE_RULE,
  type ClockDeclaration,
  type PauseKindName,
  type RecordTypeDeclaration,
  type RecordValues,
} from "../kernel/declaration.js";
import { followDueField } from "./clock-set-deadline.js";
import { withDueDate } from "./clock-due.js";
import type { EngineContext } from "./context.js";
import { validationError } from "./errors.js";

export interface StoredPause {
  readonly from: string;
  readonly to: string;
  readonly kind: PauseKindName;
}

export interface OpenPause {
  readonly from: string;
  readonly kind: PauseKindName;
  /** A wait that ends when the period starts again (e.g. for the correction materials). */
  readonly awaitsRestart?: boolean;
}

export interface ClockState {
  readonly clockId: string;
  readonly ruleId: string;
  readonly startedOn: string;
  /** Days on which the period started again from zero (the rule's restartsOn). */
  readonly restarts: readonly string[];
  readonly pauses: readonly StoredPause[];
  readonly openPause: OpenPause | null;
  readonly extensionDays: number | null;
  readonly dueOn: string | null;
  readonly stoppedOn: string | null;
  readonly status: "running" | "paused" | "stopped";
  readonly provisional: boolean;
  readonly steps: readonly { date: string; kind: string; text: string }[];
}

/** The rule a clock runs under for these values; a choice outside its declared rules is a bug. */
export function ruleIdOf(clock: ClockDeclaration, values: RecordValues): string {
  if (typeof clock.rule === "string") return clock.rule;
  if (isSetDeadline(clock.rule)) return SET_DEADLINE_RULE;
  const chosen = clock.rule.choose(values);
  if (!clock.rule.among.includes(chosen))
    throw new Error(`clock ${clock.id}: rule ${chosen} is not among its declared rules`);
  return chosen;
}

/** Whether this deployment deducts the pause ground (a configurable rule may switch one off). */
function deducts(ruleId: string, kind: PauseKindName, context: EngineContext): boolean {
  const rule = findRule(ruleId);
  return rule !== undefined && configuredRule(rule, context.calendar).pausedBy.includes(kind);
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
  const changed: ClockState[] = [];
  for (const clock of input.type.clocks) {
    const before = input.current.get(clock.id) ?? null;
    const state = nextState(clock, before, input);
    if (state !== null && state !== before) changed.push(state);
  }
  return changed;
}

function nextState(
  clock: ClockDeclaration,
  before: ClockState | null,
  input: ClockEffectInput,
): ClockState | null {
  const { event, date, values, context } = input;
  let state = clock.startOn.includes(event) ? started(clock, values) : before;
  if (state === null || state.status === "stopped") return state;
  // A set deadline follows its field: an action that writes a new due date (升级督办) moves it.
  state = followDueField(state, clock, values, labelIn(input.type));
  // A procedure changed by this action changes the rule (simplified or ordinary, ruling or judgment).
  const ruleId = ruleIdOf(clock, values);
  if (ruleId !== state.ruleId) state = { ...state, ruleId };
  if (state.status === "running") {
    const pause = clock.pauseOn?.find((item) => item.action === event);
    if (pause && deducts(state.ruleId, pause.kind, context)) {
      state = { ...state, status: "paused", openPause: { from: date, kind: pause.kind } };
    }
    if (clock.restartOn?.waitFrom.action === event) {
      const { kind } = clock.restartOn.waitFrom;
      state = { ...state, status: "paused", openPause: { from: date, kind, awaitsRestart: true } };
    }
  }
  const isRestart = clock.restartOn?.action === event;
  const isResume = clock.resumeOn?.includes(event) ?? false;
  const isStop = clock.stopOn.includes(event);
  if (isStop && !isRestart && state.openPause?.awaitsRestart === true) {
    // Ended while the period waited to start again (e.g. withdrawn for want of a correction): the
    // period never ran out, so there is no due date to be late against.
    return { ...state, status: "stopped", stoppedOn: date, openPause: null, dueOn: null };
  }
  if ((isResume || isStop || isRestart) && state.openPause !== null) {
    if (date < state.openPause.from) {
      throw validationError([
        {
          field: input.dateField,
          code: "clock.beforePause",
          message: `${clock.label}：日期不能早于暂停开始日（${state.openPause.from}）`,
        },
      ]);
    }
    // A wait for a restart is not a deducted pause: the restart makes the days before it irrelevant.
    const closed = state.openPause.awaitsRestart
      ? []
      : [{ from: state.openPause.from, to: addDays(date, -1), kind: state.openPause.kind }];
    state = { ...state, status: "running", openPause: null, pauses: [...state.pauses, ...closed] };
  }
  if (isRestart) {
    // 行政复议法 第31条第3款 and the like: the period counts afresh from this day.
    state = { ...state, status: "running", restarts: [...state.restarts, date], pauses: [] };
  }
  if (clock.extendOn?.action === event) {
    const days = values[clock.extendOn.daysField];
    state = { ...state, extensionDays: typeof days === "number" ? days : null };
  }
  if (state === before && !isStop) return state;
  state = withDueDate(state, clock, input.dateField, context);
  return isStop ? { ...state, status: "stopped", stoppedOn: date } : state;
}

const labelIn =
  (type: RecordTypeDeclaration) =>
  (name: string): string =>
    type.fields.find((field) => field.name === name)?.label ?? name;

function started(clock: ClockDeclaration, values: RecordValues): ClockState {
  const start = values[clock.startField];
  if (typeof start !== "string") {
    throw validationError([
      { field: clock.startField, code: "clock.noStart", message: `${clock.label}期限缺少起算日` },
    ]);
  }
  return {
    clockId: clock.id,
    ruleId: ruleIdOf(clock, values),
    startedOn: start,
    restarts: [],
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
    const next = followDueField(
      { ...state, startedOn: start, ruleId: ruleIdOf(clock, input.values) },
      clock,
      input.values,
      labelIn(input.type),
    );
    return [withDueDate(next, clock, clock.startField, input.context)];
  });
}

/** The clocks of the record aliased `alias`, as one JSON array, for reading with the record itself. */
export function clocksJson(typeParam: string, alias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('clockId', c.clock_id, 'ruleId', c.rule_id,
    'startedOn', c.started_on, 'restarts', c.restarts, 'pauses', c.pauses, 'openPause', c.open_pause, 'extensionDays', c.extension_days,
    'dueOn', c.due_on, 'stoppedOn', c.stopped_on, 'status', c.status, 'provisional', c.provisional,
    'steps', c.steps) ORDER BY c.started_on, c.clock_id), '[]'::json)
    FROM record_clock c WHERE c.record_type = ${typeParam} AND c.record_id = ${alias}.id)`;
}

const SELECT_CLOCKS = `SELECT record_id AS "recordId", clock_id AS "clockId", rule_id AS "ruleId", started_on AS "startedOn",
  restarts, pauses, open_pause AS "openPause", extension_days AS "extensionDays", due_on AS "dueOn", stopped_on AS "stoppedOn",
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
         extension_days, due_on, stopped_on, status, provisional, steps, restarts)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10, $11, $12, $13::text::jsonb,
         $14::text::jsonb)
       ON CONFLICT (record_type, record_id, clock_id) DO UPDATE SET rule_id = EXCLUDED.rule_id,
         started_on = EXCLUDED.started_on, restarts = EXCLUDED.restarts, pauses = EXCLUDED.pauses, open_pause = EXCLUDED.open_pause,
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
        JSON.stringify(clock.restarts),
      ],
    );
  }
}
