// Working days of the Chinese calendar for the licensing demo: a day between two dates and a
// promised completion date counted in working days, as the 审批局 counts its 承诺时限.
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import type { Dice } from "../../seed/dice.js";

const DAY_MS = 86_400_000;
export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const working = (date: string): boolean => {
  const day = parseIsoDate(date);
  return day !== null && isWorkingDay(day);
};

/** The first working day on or after the date. */
export function workingOnOrAfter(date: string): string {
  let day = date;
  while (!working(day)) day = shift(day, 1);
  return day;
}

/** The working day `count` working days after the date (the date itself not counted). */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0; left -= 1) day = workingOnOrAfter(shift(day, 1));
  return day;
}

/** A working day between the two dates, on or after the first. */
export function workingDayBetween(d: Dice, from: string, to: string): string {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS));
  return workingOnOrAfter(shift(from, d.int(0, span)));
}
