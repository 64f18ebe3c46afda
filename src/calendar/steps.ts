// Turns the days met while counting into explanation steps: grouped, dated, in Chinese.
import type { IsoDate } from "./dates.js";
import type { CountEvent } from "./count.js";
import { texts } from "./explain.js";
import type { DayType } from "./rules/types.js";

export type StepKind =
  | "start"
  | "period"
  | "holidaySkipped"
  | "weekendsSkipped"
  | "makeupCounted"
  | "paused"
  | "restart"
  | "suspended"
  | "awaitingRestart"
  | "pauseNotCounted"
  | "periodEnd"
  | "restDayShift"
  | "extension"
  | "provisional"
  | "due";

export interface DeadlineStep {
  readonly date: IsoDate;
  readonly kind: StepKind;
  readonly text: string;
}

/** Consecutive events of one kind and holiday collapse into one step. */
export function stepsFromEvents(
  events: readonly CountEvent[],
  dayType: DayType,
  /** How the pause that begins on a day is named, e.g. 补正期间 with its citation. */
  pauseLabelOf: (from: IsoDate) => string,
): DeadlineStep[] {
  const steps: DeadlineStep[] = [];
  const weekends = events.filter((event) => event.kind === "weekendSkipped");
  let i = 0;
  while (i < events.length) {
    const event = events[i];
    if (event === undefined) break;
    let j = i + 1;
    const sameGroup = (next: CountEvent | undefined): boolean =>
      next !== undefined &&
      next.kind === event.kind &&
      (event.kind === "paused"
        ? next.kind === "paused" && next.interval === event.interval
        : next.day.holidayName === event.day.holidayName);
    if (event.kind === "holidaySkipped" || event.kind === "paused") {
      while (sameGroup(events[j])) j += 1;
    }
    const group = events.slice(i, j);
    const first = event.day.date;
    const last = group[group.length - 1]?.day.date ?? first;
    if (event.kind === "holidaySkipped") {
      const name = event.day.holidayName ?? "";
      steps.push({
        date: first,
        kind: "holidaySkipped",
        text: texts.holidaySkipped(first, last, name, group.length),
      });
    } else if (event.kind === "makeupCounted") {
      steps.push({
        date: first,
        kind: "makeupCounted",
        text: texts.makeupCounted(first, event.day.holidayName ?? ""),
      });
    } else if (event.kind === "paused") {
      const label = pauseLabelOf(event.interval.from);
      const counted =
        dayType === "working" ? group.filter((e) => e.day.isWorkingDay).length : group.length;
      const unit = dayType === "working" ? "个工作日" : "日";
      steps.push({
        date: first,
        kind: "paused",
        text: texts.paused(first, last, label, counted, unit),
      });
    }
    i = j;
  }
  const lastWeekend = weekends[weekends.length - 1];
  if (lastWeekend !== undefined) {
    steps.push({
      date: lastWeekend.day.date,
      kind: "weekendsSkipped",
      text: texts.weekendsSkipped(weekends.length),
    });
  }
  return steps;
}
