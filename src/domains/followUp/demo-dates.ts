// The dates a demo follow-up went through, from its plan and the load day: assigned a few days
// after the instruction, reported, completed and accepted on time or late, or still open.
import type { FollowUpPlan } from "../instruction/demo-plan.js";

const DAY_MS = 86_400_000;
export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const earliest = (a: string, b: string): string => (a < b ? a : b);

export interface FollowUpDates {
  readonly assignedOn: string;
  readonly dueDate: string;
  readonly progressOn: string | null;
  /** Escalated with a new due date (升级督办). */
  readonly escalation: { readonly on: string; readonly dueDate: string } | null;
  readonly completedOn: string | null;
  readonly acceptedOn: string | null;
}

export function followUpDates(
  instructedOn: string,
  plan: Pick<FollowUpPlan, "after" | "days" | "outcome">,
  today: string,
): FollowUpDates {
  const assignedOn = earliest(shift(instructedOn, plan.after), today);
  const dueDate = shift(assignedOn, plan.days);
  // Nothing happens after the load day: a step that would falls away, leaving the record open.
  const byToday = (date: string | null): string | null =>
    date === null || date > today ? null : date;
  const progressOn = byToday(shift(assignedOn, Math.max(1, Math.floor(plan.days / 2))));
  const none = { progressOn, escalation: null, completedOn: null, acceptedOn: null };
  switch (plan.outcome) {
    case "onTime":
    case "late": {
      const completedOn = byToday(
        plan.outcome === "onTime" ? shift(dueDate, -3) : shift(dueDate, 8),
      );
      const acceptedOn = completedOn === null ? null : byToday(shift(completedOn, 4));
      return { assignedOn, dueDate, progressOn, escalation: null, completedOn, acceptedOn };
    }
    case "escalatedThenDone": {
      const on = byToday(shift(dueDate, 2));
      const escalation = on === null ? null : { on, dueDate: shift(dueDate, 20) };
      const completedOn = escalation === null ? null : byToday(shift(escalation.dueDate, 3));
      const acceptedOn = completedOn === null ? null : byToday(shift(completedOn, 3));
      return { assignedOn, dueDate, progressOn, escalation, completedOn, acceptedOn };
    }
    case "submitted":
      return {
        assignedOn,
        dueDate,
        progressOn,
        escalation: null,
        completedOn: byToday(earliest(shift(dueDate, -2), shift(today, -1))),
        acceptedOn: null,
      };
    case "open":
    case "overdue":
      return { assignedOn, dueDate, ...none };
  }
}
