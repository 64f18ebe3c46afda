// Deployment configuration of the calendar: local values for configurable rules and the weekend convention.
import { defaultCalendarPolicy, type CalendarPolicy } from "./deadline.js";
import { fail, ok, type FieldError, type Result } from "./result.js";
import type { Period, RuleId, StatutoryRule } from "./rules/types.js";

export interface CalendarConfig {
  readonly policy: CalendarPolicy;
  /** Configured periods of configurable rules; absent rules keep their default. */
  readonly periods: ReadonlyMap<RuleId, Period>;
}

export const defaultCalendarConfig: CalendarConfig = {
  policy: defaultCalendarPolicy,
  periods: new Map(),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parsePeriod(field: string, raw: unknown, base: Period): Result<Period> {
  if (!isRecord(raw)) return fail({ field, code: "config.type", message: "应为对象。" });
  const amount = raw.amount ?? base.amount;
  const unit = raw.unit ?? base.unit;
  const dayType = raw.dayType ?? base.dayType;
  const errors: FieldError[] = [];
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 1 || amount > 10_000) {
    errors.push({
      field: `${field}.amount`,
      code: "config.amount",
      message: "期间长度应为正整数。",
    });
  }
  if (unit !== "day" && unit !== "month" && unit !== "year") {
    errors.push({
      field: `${field}.unit`,
      code: "config.unit",
      message: "单位应为 day、month 或 year。",
    });
  }
  if (dayType !== "calendar" && dayType !== "working") {
    errors.push({
      field: `${field}.dayType`,
      code: "config.dayType",
      message: "日类型应为 calendar 或 working。",
    });
  }
  if (errors.length > 0) return fail(...errors);
  return ok({ amount, unit, dayType } as Period);
}

/**
 * Reads `{ "calendar": { "weekendExtendsCalendarPeriod": bool }, "statutoryRules": { id: period } }`.
 * Only rules marked configurable (unverified or local) accept a local value: a verified
 * statutory period cannot be changed by configuration.
 */
export function parseCalendarConfig(
  raw: unknown,
  rules: readonly StatutoryRule[],
): Result<CalendarConfig> {
  if (!isRecord(raw))
    return fail({ field: "config", code: "config.type", message: "配置应为 JSON 对象。" });
  const errors: FieldError[] = [];
  let policy = defaultCalendarPolicy;
  if (raw.calendar !== undefined) {
    const weekend = isRecord(raw.calendar) ? raw.calendar.weekendExtendsCalendarPeriod : undefined;
    if (typeof weekend === "boolean") policy = { weekendExtendsCalendarPeriod: weekend };
    else
      errors.push({
        field: "calendar.weekendExtendsCalendarPeriod",
        code: "config.type",
        message: "应为 true 或 false。",
      });
  }
  const periods = new Map<RuleId, Period>();
  const overrides = raw.statutoryRules ?? {};
  if (!isRecord(overrides)) {
    errors.push({ field: "statutoryRules", code: "config.type", message: "应为对象。" });
  } else {
    for (const [id, value] of Object.entries(overrides)) {
      const field = `statutoryRules.${id}`;
      const rule = rules.find((candidate) => candidate.id === id);
      if (!rule) {
        errors.push({ field, code: "config.unknownRule", message: `未知的期限规则：${id}。` });
        continue;
      }
      if (!rule.configurable) {
        errors.push({
          field,
          code: "config.ruleNotConfigurable",
          message: `“${rule.title}”是已核实的法定期限，不能通过配置修改。`,
        });
        continue;
      }
      const period = parsePeriod(field, value, rule.period);
      if (period.ok) periods.set(id, period.value);
      else errors.push(...period.errors);
    }
  }
  return errors.length > 0 ? fail(...errors) : ok({ policy, periods });
}
