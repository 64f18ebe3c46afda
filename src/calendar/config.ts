// Deployment configuration of the calendar: local values for configurable rules and the weekend convention.
import { defaultCalendarPolicy, type CalendarPolicy } from "./policy.js";
import { fail, ok, type FieldError, type Result } from "./result.js";
import type { PauseKind, Period, RuleId, StatutoryRule } from "./rules/types.js";

export interface CalendarConfig {
  readonly policy: CalendarPolicy;
  /** Configured periods of configurable rules; absent rules keep their default. */
  readonly periods: ReadonlyMap<RuleId, Period>;
  /** Pause grounds a deployment keeps for a configurable rule (a subset of the rule's own). */
  readonly pausedBy: ReadonlyMap<RuleId, readonly PauseKind[]>;
}

export const defaultCalendarConfig: CalendarConfig = {
  policy: defaultCalendarPolicy,
  periods: new Map(),
  pausedBy: new Map(),
};

/** The rule as this deployment applies it: configured period and pause grounds. */
export function configuredRule(rule: StatutoryRule, config: CalendarConfig): StatutoryRule {
  const period = config.periods.get(rule.id);
  const pausedBy = config.pausedBy.get(rule.id);
  if (!period && !pausedBy) return rule;
  return { ...rule, ...(period ? { period } : {}), ...(pausedBy ? { pausedBy } : {}) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const PERIOD_KEYS = new Set(["amount", "unit", "dayType"]);

function parsePeriod(field: string, raw: Record<string, unknown>, base: Period): Result<Period> {
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

/** `pausedBy`: the pause grounds kept, each one the rule itself allows (switching one off). */
function parsePausedBy(field: string, raw: unknown, rule: StatutoryRule): Result<PauseKind[]> {
  const allowed = rule.pausedBy as readonly unknown[];
  if (!Array.isArray(raw) || raw.some((kind) => !allowed.includes(kind))) {
    return fail({
      field: `${field}.pausedBy`,
      code: "config.pausedBy",
      message: `应为该规则扣除期间的子集：${rule.pausedBy.join("、") || "（无）"}。`,
    });
  }
  return ok(raw as PauseKind[]);
}

function parsePolicy(raw: unknown): Result<CalendarPolicy> {
  if (!isRecord(raw))
    return fail({ field: "calendar", code: "config.type", message: "应为对象。" });
  const weekend =
    raw.weekendExtendsCalendarPeriod ?? defaultCalendarPolicy.weekendExtendsCalendarPeriod;
  const base = raw.extensionBase ?? defaultCalendarPolicy.extensionBase;
  const errors: FieldError[] = [];
  if (typeof weekend !== "boolean") {
    errors.push({
      field: "calendar.weekendExtendsCalendarPeriod",
      code: "config.type",
      message: "应为 true 或 false。",
    });
  }
  if (base !== "periodEnd" && base !== "shiftedDue") {
    errors.push({
      field: "calendar.extensionBase",
      code: "config.extensionBase",
      message: "应为 periodEnd（自原期间最后一日起算）或 shiftedDue（自顺延后的届满日起算）。",
    });
  }
  for (const key of Object.keys(raw)) {
    if (key !== "weekendExtendsCalendarPeriod" && key !== "extensionBase")
      errors.push({
        field: `calendar.${key}`,
        code: "config.unknownKey",
        message: "未知的配置项。",
      });
  }
  if (errors.length > 0) return fail(...errors);
  return ok({
    weekendExtendsCalendarPeriod: weekend as boolean,
    extensionBase: base as CalendarPolicy["extensionBase"],
  });
}

/**
 * Reads `{ "calendar": { "weekendExtendsCalendarPeriod": bool, "extensionBase": "periodEnd" | "shiftedDue" },
 * "statutoryRules": { id: { amount?, unit?, dayType?, pausedBy? } } }`.
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
    const parsed = parsePolicy(raw.calendar);
    if (parsed.ok) policy = parsed.value;
    else errors.push(...parsed.errors);
  }
  const periods = new Map<RuleId, Period>();
  const pausedBy = new Map<RuleId, readonly PauseKind[]>();
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
      if (!isRecord(value)) {
        errors.push({ field, code: "config.type", message: "应为对象。" });
        continue;
      }
      if (Object.keys(value).some((key) => PERIOD_KEYS.has(key))) {
        const period = parsePeriod(field, value, rule.period);
        if (period.ok) periods.set(id, period.value);
        else errors.push(...period.errors);
      }
      if (value.pausedBy !== undefined) {
        const kinds = parsePausedBy(field, value.pausedBy, rule);
        if (kinds.ok) pausedBy.set(id, kinds.value);
        else errors.push(...kinds.errors);
      }
      for (const key of Object.keys(value)) {
        if (!PERIOD_KEYS.has(key) && key !== "pausedBy")
          errors.push({
            field: `${field}.${key}`,
            code: "config.unknownKey",
            message: "未知的配置项。",
          });
      }
    }
  }
  return errors.length > 0 ? fail(...errors) : ok({ policy, periods, pausedBy });
}
