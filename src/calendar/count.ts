// Counting a period day by day: which days count, which are skipped, and why.
import { addDays, type IsoDate } from "./dates.js";
import { dayInfo, type DayInfo } from "./holidays.js";
import type { DayType } from "./rules/types.js";

/** An inclusive interval of days that do not count toward a period. */
export interface DayInterval {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Notable days met while counting, in date order, for the explanation. */
export type CountEvent =
  | { readonly kind: "holidaySkipped"; readonly day: DayInfo }
  | { readonly kind: "makeupCounted"; readonly day: DayInfo }
  | { readonly kind: "weekendSkipped"; readonly day: DayInfo }
  | { readonly kind: "paused"; readonly day: DayInfo; readonly interval: DayInterval };

export interface CountResult {
  /** The day on which the last counted day falls. */
  readonly end: IsoDate;
  readonly events: readonly CountEvent[];
  /** True when any day walked over lies in a year without a holiday notice. */
  readonly isProvisional: boolean;
}

function pauseContaining(day: IsoDate, pauses: readonly DayInterval[]): DayInterval | undefined {
  return pauses.find((pause) => pause.from <= day && day <= pause.to);
}

/**
 * Counts `amount` days forward from `start` (the start day itself is not counted).
 * Paused days never count; for working-day periods rest days do not count either.
 */
export function countForward(input: {
  readonly start: IsoDate;
  readonly amount: number;
  readonly dayType: DayType;
  readonly pauses: readonly DayInterval[];
}): CountResult {
  const events: CountEvent[] = [];
  let isProvisional = false;
  let counted = 0;
  let day = input.start;
  while (counted < input.amount) {
    day = addDays(day, 1);
    const info = dayInfo(day);
    isProvisional ||= info.isProvisional;
    const pause = pauseContaining(day, input.pauses);
    if (pause) {
      events.push({ kind: "paused", day: info, interval: pause });
      continue;
    }
    if (input.dayType === "working") {
      if (info.kind === "holiday") events.push({ kind: "holidaySkipped", day: info });
      if (info.kind === "weekend") events.push({ kind: "weekendSkipped", day: info });
      if (info.kind === "makeupWorkday") events.push({ kind: "makeupCounted", day: info });
      if (!info.isWorkingDay) continue;
    }
    counted += 1;
  }
  return { end: day, events, isProvisional };
}

/** Counts working days backward from `reference` (itself not counted). */
export function countBackward(input: {
  readonly reference: IsoDate;
  readonly amount: number;
  readonly dayType: DayType;
}): CountResult {
  const events: CountEvent[] = [];
  let isProvisional = false;
  let counted = 0;
  let day = input.reference;
  while (counted < input.amount) {
    day = addDays(day, -1);
    const info = dayInfo(day);
    isProvisional ||= info.isProvisional;
    if (input.dayType === "working" && !info.isWorkingDay) {
      events.push({
        kind: info.kind === "holiday" ? "holidaySkipped" : "weekendSkipped",
        day: info,
      });
      continue;
    }
    if (input.dayType === "working" && info.kind === "makeupWorkday") {
      events.push({ kind: "makeupCounted", day: info });
    }
    counted += 1;
  }
  return { end: day, events: events.reverse(), isProvisional };
}

/** Days that counted toward a period from the day after `start` to the day before `until`. */
export function countedDaysBefore(input: {
  readonly start: IsoDate;
  readonly until: IsoDate;
  readonly dayType: DayType;
  readonly pauses: readonly DayInterval[];
}): number {
  let counted = 0;
  for (let day = addDays(input.start, 1); day < input.until; day = addDays(day, 1)) {
    if (pauseContaining(day, input.pauses)) continue;
    if (input.dayType === "working" && !dayInfo(day).isWorkingDay) continue;
    counted += 1;
  }
  return counted;
}
