// How much of a period is left on a day: what a suspended clock shows until it resumes.
import { countedDaysBefore, type DayInterval } from "./count.js";
import type { IsoDate } from "./dates.js";
import { lengthInDays } from "./rest-day.js";
import type { StatutoryRule } from "./rules/types.js";

export interface Remaining {
  /** Days that had counted before `at`, in the period's own kind of day. */
  readonly elapsed: number;
  /** Days still to run once counting goes on (0 when the period had run out). */
  readonly remaining: number;
  /** 日 or 个工作日. */
  readonly unit: string;
}

/**
 * Counted and remaining days of a period interrupted on `at` (the first day that does not count).
 * Month periods are taken at their length in calendar days from the start; an approved extension
 * adds its days.
 */
export function remainingAt(input: {
  readonly rule: StatutoryRule;
  /** The day counting began: the start, or the last restart. */
  readonly countFrom: IsoDate;
  readonly pauses: readonly DayInterval[];
  readonly extension?: number;
  readonly at: IsoDate;
}): Remaining {
  const { rule } = input;
  const dayType = rule.period.unit === "day" ? rule.period.dayType : "calendar";
  const extension = input.extension !== undefined && rule.extension !== null ? input.extension : 0;
  const total = lengthInDays(input.countFrom, rule.period) + extension;
  const elapsed = countedDaysBefore({
    start: input.countFrom,
    until: input.at,
    dayType,
    pauses: input.pauses,
  });
  return {
    elapsed,
    remaining: Math.max(0, total - elapsed),
    unit: dayType === "working" ? "个工作日" : "日",
  };
}
