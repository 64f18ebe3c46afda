// Computes a statutory due date from a rule, a start date, pauses and an extension, with its explanation.
import { addDays, yearOf, type IsoDate } from "./dates.js";
import { countBackward, countForward, type CountEvent, type DayInterval } from "./count.js";
import { PAUSE_LABELS, pauseCitation, texts, periodText, startText } from "./explain.js";
import { dayInfo, isWorkingDay } from "./holidays.js";
import { extend } from "./extension.js";
import { defaultCalendarPolicy, type CalendarPolicy } from "./policy.js";
import { lengthInDays, shiftOffRestDay } from "./rest-day.js";
import { fail, ok, type FieldError, type Result } from "./result.js";
import type { PauseKind, Period, RuleId, StatutoryRule } from "./rules/types.js";
import { stepsFromEvents, type DeadlineStep } from "./steps.js";
import { validatePauses, validateExtension, validateRestarts } from "./validate.js";

export interface PauseInput extends DayInterval {
  /** Defaults to the rule's first pause ground. */
  readonly kind?: PauseKind;
}

export { defaultCalendarPolicy, type CalendarPolicy };

export interface DeadlineInput {
  readonly rule: StatutoryRule;
  readonly start: IsoDate;
  readonly pauses?: readonly PauseInput[];
  /**
   * Days on which the period started again from zero (the rule's restartsOn, e.g. receipt of the
   * correction materials); the last one is where counting begins, and pauses lie after it.
   */
  readonly restarts?: readonly IsoDate[];
  /** Extension length in the unit of the rule's extension (e.g. 30 calendar days). */
  readonly extension?: number;
  /** Replaces the rule's period when the deployment configured its own value. */
  readonly period?: Period;
  readonly policy?: CalendarPolicy;
}

export interface Deadline {
  readonly rule: RuleId;
  readonly from: IsoDate;
  readonly due: IsoDate;
  readonly provisional: boolean;
  readonly steps: readonly DeadlineStep[];
}

function computeBefore(input: DeadlineInput, period: Period): Deadline {
  const { rule, start } = input;
  const counted = countBackward({
    reference: start,
    amount: period.amount,
    dayType: period.dayType,
  });
  let due = counted.end;
  const steps: DeadlineStep[] = [
    { date: start, kind: "start", text: startText(rule, start) },
    { date: start, kind: "period", text: periodText(rule, period, input.period !== undefined) },
    ...stepsFromEvents(counted.events, period.dayType, () => ""),
  ];
  if (!isWorkingDay(due)) {
    let earlier = due;
    while (!isWorkingDay(earlier)) earlier = addDays(earlier, -1);
    steps.push({
      date: due,
      kind: "restDayShift",
      text: texts.earlierWorkingDay(dayInfo(due), earlier),
    });
    due = earlier;
  }
  return finish({ rule, start, due, steps, isProvisional: counted.isProvisional });
}

function finish(input: {
  readonly rule: StatutoryRule;
  readonly start: IsoDate;
  readonly due: IsoDate;
  readonly steps: DeadlineStep[];
  readonly isProvisional: boolean;
}): Deadline {
  const { rule, start, due, steps } = input;
  const [first, last] = start < due ? [start, due] : [due, start];
  const missingYears: number[] = [];
  for (let year = yearOf(first); year <= yearOf(last); year += 1) {
    if (dayInfo(`${year}-07-01` as IsoDate).isProvisional) missingYears.push(year);
  }
  const provisional = input.isProvisional || missingYears.length > 0;
  if (provisional)
    steps.push({ date: due, kind: "provisional", text: texts.provisional(missingYears) });
  steps.push({ date: due, kind: "due", text: texts.due(due, rule) });
  return { rule: rule.id, from: start, due, provisional, steps };
}

export function computeDeadline(input: DeadlineInput): Result<Deadline> {
  const { rule, start } = input;
  const policy = input.policy ?? defaultCalendarPolicy;
  const period = input.period ?? rule.period;
  const pauses = input.pauses ?? [];
  const restarts = input.restarts ?? [];
  const countFrom = restarts.at(-1) ?? start;
  const errors: FieldError[] = [
    ...validateRestarts(rule, start, restarts),
    ...validatePauses(rule, countFrom, pauses),
    ...validateExtension(rule, input.extension),
  ];
  if (errors.length > 0) return fail(...errors);
  if (rule.direction === "before") return ok(computeBefore(input, period));

  const dayType = period.unit === "day" ? period.dayType : "calendar";
  const main = countForward({
    start: countFrom,
    amount: lengthInDays(countFrom, period),
    dayType,
    pauses,
  });
  const events: CountEvent[] = [...main.events];
  const tail: DeadlineStep[] = [
    ...restarts.map((day) => restartStep(rule, day)),
    { date: main.end, kind: "periodEnd", text: texts.periodEnd(main.end) },
  ];
  let isProvisional = main.isProvisional;
  let due = main.end;
  if (dayType === "calendar") {
    const shifted = shiftOffRestDay(due, policy);
    if (shifted.step) tail.push(shifted.step);
    due = shifted.due;
  }
  if (input.extension !== undefined && rule.extension !== null) {
    const extended = extend({
      rule,
      amount: input.extension,
      periodEnd: main.end,
      due,
      pauses,
      policy,
    });
    events.push(...extended.events);
    tail.push(...extended.steps);
    isProvisional ||= extended.isProvisional;
    due = extended.due;
  }
  const outside = pauses.findIndex((pause) => pause.from > due);
  if (outside >= 0) {
    return fail({
      field: `pauses[${outside}]`,
      code: "pause.outsidePeriod",
      message: `暂停区间开始于期间届满日（${due}）之后，不在期间之内。`,
    });
  }
  const pauseLabelOf = (from: IsoDate): string => {
    const kind =
      pauses.find((pause) => pause.from === from)?.kind ?? rule.pausedBy[0] ?? "obstacle";
    return `${PAUSE_LABELS[kind]}期间${pauseCitation(rule, kind)}`;
  };
  const steps: DeadlineStep[] = [
    { date: start, kind: "start", text: startText(rule, start) },
    { date: start, kind: "period", text: periodText(rule, period, input.period !== undefined) },
    ...byDate([...stepsFromEvents(events, dayType, pauseLabelOf), ...tail]),
  ];
  return ok(finish({ rule, start, due, steps, isProvisional }));
}

function restartStep(rule: StatutoryRule, day: IsoDate): DeadlineStep {
  const basis = rule.restartsOn;
  const text = basis
    ? texts.restart({ day, rule, event: basis.event, article: basis.article })
    : texts.periodEnd(day);
  return { date: day, kind: "restart", text };
}

/** Stable sort by date: steps of the same day keep the order they were produced in. */
function byDate(steps: readonly DeadlineStep[]): DeadlineStep[] {
  return [...steps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
