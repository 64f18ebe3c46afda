// How a clock is shown: due date, days left, and a status colour a screen can use directly.
import { daysBetween, type IsoDate } from "../calendar/dates.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { ClockState } from "./clocks.js";
import { findRule } from "../calendar/index.js";
import { citation } from "../calendar/explain.js";
import { setDeadlineOf } from "./clock-set-deadline.js";

export type ClockTone = "overdue" | "dueSoon" | "running" | "paused" | "met" | "late";

export interface ClockView {
  readonly clockId: string;
  readonly label: string;
  readonly ruleId: string;
  readonly citation: string;
  /** Who set the due date, for a clock whose due date is set in the record (督办期限); else null. */
  readonly setBy: string | null;
  readonly startedOn: string;
  readonly dueOn: string | null;
  readonly stoppedOn: string | null;
  readonly status: ClockState["status"];
  readonly daysLeft: number | null;
  readonly tone: ClockTone;
  readonly provisional: boolean;
  readonly steps: ClockState["steps"];
}

/** Due within this many calendar days counts as due soon. */
export const DUE_SOON_DAYS = 3;

export function toneOf(
  clock: Pick<ClockState, "status" | "dueOn" | "stoppedOn">,
  today: IsoDate,
): ClockTone {
  if (clock.status === "paused") return "paused";
  // Stopped while waiting to start again: it never ran out.
  if (clock.dueOn === null) return clock.status === "stopped" ? "met" : "running";
  if (clock.status === "stopped")
    return clock.stoppedOn !== null && clock.stoppedOn > clock.dueOn ? "late" : "met";
  const left = daysBetween(today, clock.dueOn as IsoDate);
  if (left < 0) return "overdue";
  return left <= DUE_SOON_DAYS ? "dueSoon" : "running";
}

export function clockView(
  type: RecordTypeDeclaration,
  clock: ClockState,
  today: IsoDate,
): ClockView {
  const declaration = type.clocks.find((candidate) => candidate.id === clock.clockId);
  const rule = findRule(clock.ruleId);
  const deadline = declaration ? setDeadlineOf(declaration) : null;
  return {
    clockId: clock.clockId,
    label: declaration?.label ?? clock.clockId,
    ruleId: clock.ruleId,
    citation: rule ? citation(rule) : "",
    setBy: deadline?.setBy ?? null,
    startedOn: clock.startedOn,
    dueOn: clock.dueOn,
    stoppedOn: clock.stoppedOn,
    status: clock.status,
    daysLeft:
      clock.dueOn === null || clock.status !== "running"
        ? null
        : daysBetween(today, clock.dueOn as IsoDate),
    tone: toneOf(clock, today),
    provisional: clock.provisional,
    steps: clock.steps,
  };
}
