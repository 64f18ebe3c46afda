// Working-day arithmetic for the demo: steps fall on working days of the official calendar.
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import { shiftDays } from "./checks.js";

export { shiftDays };

const working = (date: string): boolean => {
  const day = parseIsoDate(date);
  return day !== null && isWorkingDay(day);
};

/** The day itself if it is a working day, else the next one. */
export function onWorkday(date: string): string {
  let day = date;
  while (!working(day)) day = shiftDays(day, 1);
  return day;
}

/** The day itself if it is a working day, else the one before. */
export function onOrBeforeWorkday(date: string): string {
  let day = date;
  while (!working(day)) day = shiftDays(day, -1);
  return day;
}

/** `count` working days after `date` (before it when negative). */
export function workdays(date: string, count: number): string {
  let day = date;
  for (let left = Math.abs(count); left > 0;) {
    day = shiftDays(day, Math.sign(count));
    if (working(day)) left -= 1;
  }
  return day;
}

/** A working day `days` calendar days after `date`, moved forward to a working day. */
export const later = (date: string, days: number): string => onWorkday(shiftDays(date, days));
