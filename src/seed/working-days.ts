// Dates of demo records: calendar shifts and working days of the official calendar (holidays and
// make-up working days included), so demo steps fall on days an office is open.
import { isWorkingDay, parseIsoDate } from "../calendar/index.js";

const DAY_MS = 86_400_000;

/** The date `days` calendar days later (earlier when negative). */
export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const isWorking = (date: string): boolean => {
  const day = parseIsoDate(date);
  return day !== null && isWorkingDay(day);
};

/** The first working day on or after the date. */
export function workingOnOrAfter(date: string): string {
  let day = date;
  while (!isWorking(day)) day = shift(day, 1);
  return day;
}

/** The last working day on or before the date. */
export function workingOnOrBefore(date: string): string {
  let day = date;
  while (!isWorking(day)) day = shift(day, -1);
  return day;
}

/** The working day `count` working days after the date (before it when negative), the date not counted. */
export function workdays(date: string, count: number): string {
  let day = date;
  for (let left = Math.abs(count); left > 0; left -= 1)
    day = count > 0 ? workingOnOrAfter(shift(day, 1)) : workingOnOrBefore(shift(day, -1));
  return day;
}

/** Calendar days from one date to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
