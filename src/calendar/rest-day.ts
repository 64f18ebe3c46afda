// Moving the last day of a calendar-day period off a rest day, and the length of a period in days.
import { addDays, addMonths, daysBetween, type IsoDate } from "./dates.js";
import { texts } from "./explain.js";
import { dayInfo, isWorkingDay } from "./holidays.js";
import type { CalendarPolicy } from "./policy.js";
import type { Period } from "./rules/types.js";
import type { DeadlineStep } from "./steps.js";

export function lengthInDays(start: IsoDate, period: Period): number {
  if (period.unit === "day") return period.amount;
  const monthCount = period.unit === "year" ? period.amount * 12 : period.amount;
  return daysBetween(start, addMonths(start, monthCount));
}

/** A calendar-day period ending on a rest day ends on the next working day (民事诉讼法 第85条). */
export function shiftOffRestDay(
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
