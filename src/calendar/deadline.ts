// Computes a statutory due date from a rule, a start date, pauses and an extension, with its explanation.
import { addDays, addMonths, daysBetween, yearOf, type IsoDate } from "./dates.js";
import { countBackward, countForward, type CountEvent, type DayInterval } from "./count.js";
import { texts, periodText, startText } from "./explain.js";
import { dayInfo, isWorkingDay } from "./holidays.js";
import { fail, ok, type FieldError, type Result } from "./result.js";
import type { PauseKind, Period, RuleId, StatutoryRule } from "./rules/types.js";
import { stepsFromEvents, type DeadlineStep } from "./steps.js";
import { validatePauses, validateExtension } from "./validate.js";

export interface PauseInput extends DayInterval {
  /** Defaults to the rule's first pause ground. */
  readonly kind?: PauseKind;
}

/** Choices the law leaves to practice; configurable per deployment. */
export interface CalendarPolicy {
  /**
   * UNVERIFIED convention (statutory-rules.md, engine note 3): a calendar-day period that
   * ends on a Saturday or Sunday moves to the next working day, as on a 法定休假日.
   */
  readonly weekendExtendsCalendarPeriod: boolean;
}

export const defaultCalendarPolicy: CalendarPolicy = { weekendExtendsCalendarPeriod: true };

export interface DeadlineInput {
  readonly rule: StatutoryRule;
  readonly start: IsoDate;
  readonly pauses?: readonly PauseInput[];
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

function lengthInDays(start: IsoDate, period: Period): number {
  if (period.unit === "day") return period.amount;
  const monthCount = period.unit === "year" ? period.amount * 12 : period.amount;
  return daysBetween(start, addMonths(start, monthCount));
}

/** A calendar-day period ending on a rest day ends on the next working day (民事诉讼法 第85条). */
function shiftOffRestDay(
  end: IsoDate,
  policy: CalendarPolicy,
): { readonly due: IsoDate; readonly step: DeadlineStep | null } {
  const info = dayInfo(end);
  const isRest =
    info.kind === "holiday" || (info.kind === "weekend" && policy.weekendExtendsCalendarPeriod);
  if (!isRest) return { due: end, step: null };
  let due = end;
  while (
    dayInfo(due).kind === "holiday" ||
    (policy.weekendExtendsCalendarPeriod && !isWorkingDay(due))
  ) {
    due = addDays(due, 1);
  }
  const text = texts.restDayShift(info, due, info.kind === "weekend");
  return { due, step: { date: end, kind: "restDayShift", text } };
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
    ...stepsFromEvents(counted.events, period.dayType, () => "obstacle"),
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
  const errors: FieldError[] = [
    ...validatePauses(rule, start, pauses),
    ...validateExtension(rule, input.extension),
  ];
  if (errors.length > 0) return fail(...errors);
  if (rule.direction === "before") return ok(computeBefore(input, period));

  const dayType = period.unit === "day" ? period.dayType : "calendar";
  const main = countForward({ start, amount: lengthInDays(start, period), dayType, pauses });
  const events: CountEvent[] = [...main.events];
  const tail: DeadlineStep[] = [
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
    const extension: Period = { ...rule.extension.period, amount: input.extension };
    tail.push({
      date: due,
      kind: "extension",
      text: texts.extension(extension, rule.extension.approvedBy, rule.extension.article),
    });
    const extensionDayType = extension.unit === "day" ? extension.dayType : "calendar";
    const extended = countForward({
      start: due,
      amount: lengthInDays(due, extension),
      dayType: extensionDayType,
      pauses,
    });
    events.push(...extended.events);
    isProvisional ||= extended.isProvisional;
    due = extended.end;
    tail.push({ date: due, kind: "periodEnd", text: texts.periodEnd(due) });
    if (extensionDayType === "calendar") {
      const shifted = shiftOffRestDay(due, policy);
      if (shifted.step) tail.push(shifted.step);
      due = shifted.due;
    }
  }
  const outside = pauses.findIndex((pause) => pause.from > due);
  if (outside >= 0) {
    return fail({
      field: `pauses[${outside}]`,
      code: "pause.outsidePeriod",
      message: `暂停区间开始于期间届满日（${due}）之后，不在期间之内。`,
    });
  }
  const pauseKindOf = (from: IsoDate): PauseKind =>
    pauses.find((pause) => pause.from === from)?.kind ?? rule.pausedBy[0] ?? "obstacle";
  const steps: DeadlineStep[] = [
    { date: start, kind: "start", text: startText(rule, start) },
    { date: start, kind: "period", text: periodText(rule, period, input.period !== undefined) },
    ...byDate([...stepsFromEvents(events, dayType, pauseKindOf), ...tail]),
  ];
  return ok(finish({ rule, start, due, steps, isProvisional }));
}

/** Stable sort by date: steps of the same day keep the order they were produced in. */
function byDate(steps: readonly DeadlineStep[]): DeadlineStep[] {
  return [...steps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
