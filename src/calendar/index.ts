// Public face of the calendar module: rules by id, due dates with explanations, the working-day calendar.
import { configuredRule, defaultCalendarConfig, type CalendarConfig } from "./config.js";
import { computeDeadline, type Deadline, type PauseInput } from "./deadline.js";
import type { IsoDate } from "./dates.js";
import { PAUSE_LABELS, texts } from "./explain.js";
import { fail, type Result } from "./result.js";
import { statutoryRules } from "./rules/index.js";
import type { RuleId, StatutoryRule } from "./rules/types.js";

export { statutoryRules };
export { parseIsoDate, formatChineseDate, formatDisplayDate, type IsoDate } from "./dates.js";
export type { CalendarPolicy } from "./policy.js";
export { dayInfo, isWorkingDay, nextWorkingDay, publishedYears, noticesOf } from "./holidays.js";
export { computeDeadline, type Deadline, type PauseInput } from "./deadline.js";
export {
  parseCalendarConfig,
  defaultCalendarConfig,
  configuredRule,
  type CalendarConfig,
} from "./config.js";
export { remainingAt, type Remaining } from "./remaining.js";
export type { FieldError, Result } from "./result.js";
export type { StatutoryRule, RuleId, Period, PauseKind } from "./rules/types.js";

const rulesById = new Map(statutoryRules.map((rule) => [rule.id, rule]));

export function findRule(id: RuleId): StatutoryRule | undefined {
  return rulesById.get(id);
}

/** What a record type's declaration is checked against: the rule's pauses, restart and extension. */
export function ruleFactsOf(id: RuleId) {
  const rule = rulesById.get(id);
  if (!rule) return undefined;
  return {
    pausedBy: rule.pausedBy,
    restarts: rule.restartsOn !== null,
    extends: rule.extension !== null,
    isMinimum: rule.bound === "atLeast",
  };
}

interface DeadlineQuery {
  readonly ruleId: RuleId;
  readonly start: IsoDate;
  readonly pauses?: readonly PauseInput[];
  readonly restarts?: readonly IsoDate[];
  readonly extension?: number;
  readonly config?: CalendarConfig;
}

// A deadline is a pure function of the query and the configuration: a bulk import of 100,000 cases
// asks for the same few thousand again and again. Results are immutable; the cache is bounded.
const MEMO_LIMIT = 50_000;
const memo = new WeakMap<CalendarConfig, Map<string, Result<Deadline>>>();

/** Due date of a rule by id, with the deployment's configured values applied. */
export function deadlineFor(input: DeadlineQuery): Result<Deadline> {
  const config = input.config ?? defaultCalendarConfig;
  let cache = memo.get(config);
  if (!cache) {
    cache = new Map();
    memo.set(config, cache);
  }
  const key = JSON.stringify([
    input.ruleId,
    input.start,
    input.pauses,
    input.restarts,
    input.extension,
  ]);
  const known = cache.get(key);
  if (known) return known;
  const result = computeDeadlineFor(input, config);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function computeDeadlineFor(input: DeadlineQuery, config: CalendarConfig): Result<Deadline> {
  const statutory = rulesById.get(input.ruleId);
  if (!statutory) {
    return fail({
      field: "rule",
      code: "rule.unknown",
      message: `未知的期限规则：${input.ruleId}。`,
    });
  }
  const rule = configuredRule(statutory, config);
  const result = computeDeadline({
    rule,
    start: input.start,
    policy: config.policy,
    ...(input.pauses ? { pauses: input.pauses } : {}),
    ...(input.restarts ? { restarts: input.restarts } : {}),
    ...(input.extension !== undefined ? { extension: input.extension } : {}),
    ...(rule.period !== statutory.period ? { period: rule.period } : {}),
  });
  const switchedOff = statutory.pausedBy.filter((kind) => !rule.pausedBy.includes(kind));
  if (!result.ok || switchedOff.length === 0) return result;
  // Say so when a deployment counts time the statute table would deduct.
  const [start, period, ...rest] = result.value.steps;
  const note = {
    date: input.start,
    kind: "pauseNotCounted" as const,
    text: texts.pauseSwitchedOff(switchedOff.map((kind) => PAUSE_LABELS[kind])),
  };
  const steps = start && period ? [start, period, note, ...rest] : result.value.steps;
  return { ok: true, value: { ...result.value, steps } };
}
