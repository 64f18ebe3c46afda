// An approved extension of a period: counted from the base the deployment's policy names.
import type { IsoDate } from "./dates.js";
import { countForward, type CountEvent } from "./count.js";
import { texts } from "./explain.js";
import type { CalendarPolicy } from "./policy.js";
import { lengthInDays, shiftOffRestDay } from "./rest-day.js";
import type { PauseInput } from "./deadline.js";
import type { Period, StatutoryRule } from "./rules/types.js";
import type { DeadlineStep } from "./steps.js";

/** An approved extension, counted from the base the policy names. */
export function extend(input: {
  readonly rule: StatutoryRule;
  readonly amount: number;
  readonly periodEnd: IsoDate;
  readonly due: IsoDate;
  readonly pauses: readonly PauseInput[];
  readonly policy: CalendarPolicy;
}): { due: IsoDate; events: CountEvent[]; steps: DeadlineStep[]; isProvisional: boolean } {
  const { rule, policy } = input;
  const basis = rule.extension;
  if (basis === null) throw new Error(`rule ${rule.id} has no extension`);
  const period: Period = { ...basis.period, amount: input.amount };
  const isShiftedBase = policy.extensionBase === "shiftedDue";
  const base = isShiftedBase ? input.due : input.periodEnd;
  const steps: DeadlineStep[] = [
    {
      date: input.due,
      kind: "extension",
      text: texts.extension({
        period,
        approvedBy: basis.approvedBy,
        article: basis.article,
        base,
        wasShifted: input.due !== input.periodEnd,
        isShiftedBase,
      }),
    },
  ];
  const dayType = period.unit === "day" ? period.dayType : "calendar";
  const counted = countForward({
    start: base,
    amount: lengthInDays(base, period),
    dayType,
    pauses: input.pauses,
  });
  let due = counted.end;
  steps.push({ date: due, kind: "periodEnd", text: texts.periodEnd(due) });
  if (dayType === "calendar") {
    const shifted = shiftOffRestDay(due, policy);
    if (shifted.step) steps.push(shifted.step);
    due = shifted.due;
  }
  return { due, events: [...counted.events], steps, isProvisional: counted.isProvisional };
}
