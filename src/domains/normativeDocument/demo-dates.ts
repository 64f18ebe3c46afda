// Dates for the normative-document and legality-review demos: working days of the Chinese
// calendar and statutory due dates from the rule table, so every demo step keeps its period.
import { deadlineFor, parseIsoDate } from "../../calendar/index.js";
import { shift, workingOnOrAfter, workingOnOrBefore } from "../leadership/demo-dates.js";

export { shift, workingOnOrAfter, workingOnOrBefore };

/** `count` working days after `date` (before it when negative), from a working day. */
export function workdays(date: string, count: number): string {
  let day = date;
  for (let left = Math.abs(count); left > 0; left -= 1)
    day = count > 0 ? workingOnOrAfter(shift(day, 1)) : workingOnOrBefore(shift(day, -1));
  return day;
}

/** The due date of a statutory rule from a start day (the default table). */
export function dueOf(ruleId: string, start: string): string {
  const day = parseIsoDate(start);
  const result = day === null ? null : deadlineFor({ ruleId, start: day });
  if (!result?.ok) throw new Error(`demo data: no due date for ${ruleId} from ${start}`);
  return result.value.due;
}
