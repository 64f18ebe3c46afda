// A clock's due date and explanation from its stored state: the calendar module counts, this file
// says which days count (pauses after the last restart) and explains a clock that is paused now.
import {
  configuredRule,
  deadlineFor,
  findRule,
  remainingAt,
  type StatutoryRule,
} from "../calendar/index.js";
import { addDays, parseIsoDate, type IsoDate } from "../calendar/dates.js";
import { PAUSE_LABELS, texts } from "../calendar/explain.js";
import type { ClockDeclaration, PauseKindName } from "../kernel/declaration.js";
import type { ClockState, StoredPause } from "./clocks.js";
import { explainSetDeadline, setDeadlineOf } from "./clock-set-deadline.js";
import type { EngineContext } from "./context.js";
import { validationError, type FieldProblem } from "./errors.js";

/** Pauses as the calendar wants them: after the day counting began, in order, overlaps merged. */
function normalisedPauses(pauses: readonly StoredPause[], countFrom: IsoDate) {
  const sorted = pauses
    // A pause that begins on the start day itself only counts from the next day.
    .map((pause) => ({
      ...pause,
      from: pause.from <= countFrom ? addDays(countFrom, 1) : (pause.from as IsoDate),
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

const isoOf = (value: string, what: string): IsoDate => {
  const day = parseIsoDate(value);
  if (day === null) throw new Error(`clock: bad ${what} ${value}`);
  return day;
};

/**
 * Recomputes the due date and explanation. A paused clock has no due date until it resumes (unless
 * its period had already run out); its explanation says how much is left, or what restarts it.
 * A calendar error names the field the user gave (the action's date).
 */
export function withDueDate(
  state: ClockState,
  clock: ClockDeclaration,
  dateField: string,
  context: EngineContext,
): ClockState {
  // Set in the record, not counted: the due date is already in the state (see followDueField).
  const deadline = setDeadlineOf(clock);
  if (deadline) return explainSetDeadline(state, deadline);
  const start = isoOf(state.startedOn, "start");
  const restarts = state.restarts.map((day) => isoOf(day, "restart"));
  const countFrom = restarts.at(-1) ?? start;
  // Only grounds the rule deducts here count: a deployment may have switched one off since.
  const statutory = findRule(state.ruleId);
  const rule = statutory ? configuredRule(statutory, context.calendar) : undefined;
  let pauses = normalisedPauses(
    state.pauses.filter((pause) => rule?.pausedBy.includes(pause.kind) ?? false),
    countFrom,
  );
  for (;;) {
    const result = deadlineFor({
      ruleId: state.ruleId,
      start,
      pauses,
      restarts,
      config: context.calendar,
      ...(state.extensionDays !== null ? { extension: state.extensionDays } : {}),
    });
    if (result.ok) {
      const computed = {
        ...state,
        dueOn: result.value.due,
        provisional: result.value.provisional,
        steps: result.value.steps,
      };
      return state.openPause === null ? computed : whilePaused(computed, rule, countFrom, pauses);
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

/** The explanation up to the open pause, then what happens next; no due date while it lasts. */
function whilePaused(
  state: ClockState,
  rule: StatutoryRule | undefined,
  countFrom: IsoDate,
  pauses: readonly { from: IsoDate; to: IsoDate }[],
): ClockState {
  const open = state.openPause;
  if (open === null || !rule) return state;
  const from = isoOf(open.from, "pause");
  const label = open.awaitsRestart ? `等待${PAUSE_LABELS[open.kind]}` : PAUSE_LABELS[open.kind];
  // What was counted before the pause; the end of the period is not known until it resumes.
  const before = state.steps.filter(
    (step) =>
      (step.kind === "start" || step.kind === "period" || step.date < from) &&
      step.kind !== "due" &&
      step.kind !== "periodEnd",
  );
  if (open.awaitsRestart && rule.restartsOn) {
    const text = texts.awaitingRestart({
      from,
      label,
      restart: rule.restartsOn.event,
      article: `《${rule.law.title}》${rule.restartsOn.article}`,
    });
    return {
      ...state,
      dueOn: null,
      steps: [...before, { date: from, kind: "awaitingRestart", text }],
    };
  }
  const left = remainingAt({
    rule,
    countFrom,
    pauses,
    at: from,
    ...(state.extensionDays !== null ? { extension: state.extensionDays } : {}),
  });
  const text = texts.suspended({ from, label, ...left });
  const step = { date: from, kind: "suspended", text };
  // A period that had run out before the pause stays overdue: keep its due date.
  if (left.remaining === 0) return { ...state, steps: [...state.steps, step] };
  return { ...state, dueOn: null, steps: [...before, step] };
}
