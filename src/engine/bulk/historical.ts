// Records that arrive in a later state (closed cases of past years): what the state needs filled,
// the actions their dates say happened, and the clocks those dates give, worked out in memory
// from the declaration, without taking the actions one by one.
import type { IsoDate } from "../../calendar/dates.js";
import type {
  ActionDeclaration,
  ClockDeclaration,
  RecordTypeDeclaration,
  RecordValues,
} from "../../kernel/declaration.js";
import { applyClockEffects, type ClockState } from "../clocks.js";
import type { EngineContext } from "../context.js";
import { EngineError, type FieldProblem } from "../errors.js";

const isFilled = (value: unknown): boolean =>
  value !== null &&
  value !== undefined &&
  value !== "" &&
  !(Array.isArray(value) && value.length === 0);

const setsMatch = (action: ActionDeclaration, values: RecordValues): boolean =>
  Object.entries(action.sets ?? {}).every(([name, value]) => values[name] === value);

const labelOf = (type: RecordTypeDeclaration, name: string): string =>
  type.fields.find((field) => field.name === name)?.label ?? name;

/**
 * A record in `state` must hold what the actions into that state require (of one of them, when
 * several lead there: the one whose fixed values the record carries). The initial state needs
 * nothing beyond the create form.
 */
export function stateProblems(
  type: RecordTypeDeclaration,
  state: string,
  values: RecordValues,
): FieldProblem[] {
  if (state === type.workflow.initial) return [];
  const stateLabel = type.workflow.states.find((item) => item.id === state)?.label ?? state;
  const into = type.workflow.actions.filter((action) => action.to === state);
  const candidates = into.filter((action) => setsMatch(action, values));
  if (candidates.length === 0) {
    const sets = into.flatMap((action) => Object.keys(action.sets ?? {}));
    const field = sets[0] ?? "state";
    return [
      {
        field,
        code: "import.stateValues",
        message: `状态为“${stateLabel}”的记录，${sets.length > 0 ? `${labelOf(type, field)}的取值与该状态不符` : "无法由任何办理环节到达"}`,
      },
    ];
  }
  const missingOf = (action: ActionDeclaration) =>
    (action.requires ?? []).filter((name) => !isFilled(values[name]));
  const best = [...candidates].sort((a, b) => missingOf(a).length - missingOf(b).length)[0];
  const missing = best ? missingOf(best) : [];
  return missing.map((name) => ({
    field: name,
    code: "import.stateNeeds",
    message: `状态为“${stateLabel}”的记录须填写${labelOf(type, name)}`,
  }));
}

export interface HistoricalEvent {
  /** "create" or an action id. */
  readonly event: string;
  readonly date: IsoDate;
  /** The field that dated it, named in errors. */
  readonly dateField: string;
  /** The record's values as they stood after the event. */
  readonly values: RecordValues;
}

const clockActions = (clock: ClockDeclaration): string[] => [
  ...clock.startOn,
  ...clock.stopOn,
  ...(clock.pauseOn ?? []).map((pause) => pause.action),
  ...(clock.resumeOn ?? []),
  ...(clock.restartOn ? [clock.restartOn.action, clock.restartOn.waitFrom.action] : []),
  ...(clock.extendOn ? [clock.extendOn.action] : []),
];

interface WorkflowFacts {
  /** States reachable from each state by the workflow's actions (itself included). */
  readonly reach: ReadonlyMap<string, ReadonlySet<string>>;
  /** Actions that move one of the type's clocks. */
  readonly moving: ReadonlySet<string>;
}

const facts = new WeakMap<RecordTypeDeclaration, WorkflowFacts>();

/** What the walk needs of the workflow, worked out once per type, not once per record. */
function workflowFacts(type: RecordTypeDeclaration): WorkflowFacts {
  const known = facts.get(type);
  if (known) return known;
  const next = new Map<string, Set<string>>();
  for (const action of type.workflow.actions)
    for (const from of action.from) {
      const targets = next.get(from) ?? new Set<string>();
      targets.add(action.to ?? from);
      next.set(from, targets);
    }
  const reach = new Map<string, Set<string>>();
  for (const { id } of type.workflow.states) {
    const seen = new Set([id]);
    const queue = [id];
    for (let state = queue.pop(); state !== undefined; state = queue.pop())
      for (const target of next.get(state) ?? [])
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
    reach.set(id, seen);
  }
  const found = { reach, moving: new Set(type.clocks.flatMap(clockActions)) };
  facts.set(type, found);
  return found;
}

/**
 * Whether the record's values show the action was taken: the record's state can follow it, it
 * carries the action's fixed values, and the action's own check accepts them (judged against the
 * record without what the action wrote, as the check was when the action was taken).
 */
function wasTaken(
  action: ActionDeclaration,
  values: RecordValues,
  state: string,
  reach: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  // An action that changes the state must lead towards the record's state; one that keeps it
  // (an extension) must be takeable in a state that does.
  const leadsOn =
    action.to !== undefined
      ? reach.get(action.to)?.has(state) === true
      : action.from.some((from) => reach.get(from)?.has(state));
  if (!leadsOn) return false;
  if (!setsMatch(action, values)) return false;
  if (!action.check) return true;
  const written = new Set([...(action.fields ?? []), ...Object.keys(action.sets ?? {})]);
  const before = Object.fromEntries(Object.entries(values).filter(([name]) => !written.has(name)));
  return action.check(values, before) === null;
}

/**
 * The clock events a record's values show: every action that moves a clock, was taken (above) and
 * whose date field is filled. Undated actions (an extension) count when their required fields are
 * filled, placed before the first event that stops the clock they affect.
 */
export function eventsFromValues(
  type: RecordTypeDeclaration,
  values: RecordValues,
  state: string,
  anchor: IsoDate,
): HistoricalEvent[] {
  const { reach, moving } = workflowFacts(type);
  const undated: ActionDeclaration[] = [];
  // Actions that share a date field (closing a case in one of several ways) are told apart by the
  // state the record had reached on that date: the walk below follows the workflow in date order.
  const groups = new Map<
    string,
    { date: IsoDate; order: number; candidates: ActionDeclaration[] }
  >();
  type.workflow.actions.forEach((action, order) => {
    if (!wasTaken(action, values, state, reach)) return;
    if (action.dateField === undefined) {
      const requires = action.requires ?? [];
      if (
        moving.has(action.id) &&
        requires.length > 0 &&
        requires.every((name) => isFilled(values[name]))
      )
        undated.push(action);
      return;
    }
    const date = values[action.dateField];
    if (typeof date !== "string") return;
    const group = groups.get(action.dateField) ?? { date: date as IsoDate, order, candidates: [] };
    group.candidates.push(action);
    groups.set(action.dateField, group);
  });
  const ordered = [...groups.entries()].sort(([, a], [, b]) =>
    a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1,
  );
  const events: HistoricalEvent[] = [
    { event: "create", date: anchor, dateField: type.numbering.dateField, values },
  ];
  let current = type.workflow.initial;
  for (const [dateField, group] of ordered) {
    const action =
      group.candidates.find((candidate) => candidate.from.includes(current)) ?? group.candidates[0];
    if (!action) continue;
    current = action.to ?? current;
    if (moving.has(action.id))
      events.push({ event: action.id, date: group.date, dateField, values });
  }
  for (const action of undated) {
    const stops = new Set(
      type.clocks
        .filter((clock) => clockActions(clock).includes(action.id))
        .flatMap((clock) => clock.stopOn),
    );
    const at = events.findIndex((event) => stops.has(event.event));
    const position = at === -1 ? events.length : at;
    const before = events[position - 1] ?? events[0];
    const date = before?.date ?? anchor;
    events.splice(position, 0, {
      event: action.id,
      date,
      dateField: type.numbering.dateField,
      values,
    });
  }
  return events;
}

/** The clocks after the events, in order; a date that contradicts a clock is the record's problem. */
export function clocksFromEvents(input: {
  readonly type: RecordTypeDeclaration;
  readonly events: readonly HistoricalEvent[];
  readonly context: EngineContext;
}): { readonly clocks: ClockState[] } | { readonly problems: readonly FieldProblem[] } {
  const current = new Map<string, ClockState>();
  try {
    for (const event of input.events) {
      const changed = applyClockEffects({
        type: input.type,
        event: event.event,
        date: event.date,
        dateField: event.dateField,
        values: event.values,
        current,
        context: input.context,
      });
      for (const clock of changed) current.set(clock.clockId, clock);
    }
  } catch (error) {
    if (error instanceof EngineError && error.problems.length > 0)
      return { problems: error.problems };
    throw error;
  }
  return { clocks: [...current.values()] };
}
