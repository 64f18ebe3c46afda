// Working days of the Chinese calendar for the licensing demo: a day between two dates, and
// promised completion dates counted in working days (src/seed/working-days.ts), as the 审批局
// counts its 承诺时限.
import type { Dice } from "../../seed/dice.js";
import { daysBetween, shift, workingOnOrAfter } from "../../seed/working-days.js";

/** A working day between the two dates, on or after the first. */
export function workingDayBetween(d: Dice, from: string, to: string): string {
  return workingOnOrAfter(shift(from, d.int(0, Math.max(0, daysBetween(from, to)))));
}
