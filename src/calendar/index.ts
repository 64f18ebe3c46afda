// Public face of the calendar module: rules by id, due dates with explanations, the working-day calendar.
import { defaultCalendarConfig, type CalendarConfig } from "./config.js";
import { computeDeadline, type Deadline, type PauseInput } from "./deadline.js";
import type { IsoDate } from "./dates.js";
import { fail, type Result } from "./result.js";
import { statutoryRules } from "./rules/index.js";
import type { RuleId, StatutoryRule } from "./rules/types.js";

export { statutoryRules };
export { parseIsoDate, formatChineseDate, type IsoDate } from "./dates.js";
export { dayInfo, isWorkingDay, nextWorkingDay, publishedYears, noticesOf } from "./holidays.js";
export { computeDeadline, type Deadline, type PauseInput } from "./deadline.js";
export { parseCalendarConfig, defaultCalendarConfig, type CalendarConfig } from "./config.js";
export type { FieldError, Result } from "./result.js";
export type { StatutoryRule, RuleId, Period, PauseKind } from "./rules/types.js";

const rulesById = new Map(statutoryRules.map((rule) => [rule.id, rule]));

export function findRule(id: RuleId): StatutoryRule | undefined {
  return rulesById.get(id);
}

/** Due date of a rule by id, with the deployment's configured values applied. */
export function deadlineFor(input: {
  readonly ruleId: RuleId;
  readonly start: IsoDate;
  readonly pauses?: readonly PauseInput[];
  readonly extension?: number;
  readonly config?: CalendarConfig;
}): Result<Deadline> {
  const rule = rulesById.get(input.ruleId);
  if (!rule) {
    return fail({
      field: "rule",
      code: "rule.unknown",
      message: `未知的期限规则：${input.ruleId}。`,
    });
  }
  const config = input.config ?? defaultCalendarConfig;
  const period = config.periods.get(rule.id);
  return computeDeadline({
    rule,
    start: input.start,
    policy: config.policy,
    ...(input.pauses ? { pauses: input.pauses } : {}),
    ...(input.extension !== undefined ? { extension: input.extension } : {}),
    ...(period ? { period } : {}),
  });
}
