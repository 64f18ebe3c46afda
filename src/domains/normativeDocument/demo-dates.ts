// Statutory due dates for the normative-document and legality-review demos, from the rule table,
// so every demo step keeps its period (working days: src/seed/working-days.ts).
import { deadlineFor, parseIsoDate } from "../../calendar/index.js";

/** The due date of a statutory rule from a start day (the default table). */
export function dueOf(ruleId: string, start: string): string {
  const day = parseIsoDate(start);
  const result = day === null ? null : deadlineFor({ ruleId, start: day });
  if (!result?.ok) throw new Error(`demo data: no due date for ${ruleId} from ${start}`);
  return result.value.due;
}
