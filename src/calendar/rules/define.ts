// Small constructors that keep the statute table readable: one call per rule, defaults filled.
import type {
  DayType,
  Extension,
  LawRef,
  PauseBasis,
  PauseKind,
  Period,
  PeriodBound,
  PeriodDirection,
  RestartBasis,
  RuleId,
  StatutoryRule,
  Verification,
} from "./types.js";

export const calendarDays = (amount: number): Period => ({
  amount,
  unit: "day",
  dayType: "calendar",
});
export const workingDays = (amount: number): Period => ({
  amount,
  unit: "day",
  dayType: "working",
});
export const months = (amount: number): Period => ({ amount, unit: "month", dayType: "calendar" });
export const years = (amount: number): Period => ({ amount, unit: "year", dayType: "calendar" });
export const days = (amount: number, dayType: DayType): Period => ({
  amount,
  unit: "day",
  dayType,
});

export interface RuleInput {
  readonly id: RuleId;
  readonly ref: string;
  readonly title: string;
  readonly law: LawRef;
  readonly article: string;
  readonly alsoCites?: readonly PauseBasis[];
  readonly period: Period;
  readonly startsOn: string;
  readonly direction?: PeriodDirection;
  readonly bound?: PeriodBound;
  readonly pausedBy?: readonly PauseKind[];
  readonly pauseBasis?: Readonly<Partial<Record<PauseKind, PauseBasis>>>;
  readonly restartsOn?: RestartBasis;
  readonly extension?: Extension;
  readonly verification: Verification;
  /** Defaults to true for unverified and local rules, false otherwise. */
  readonly configurable?: boolean;
  readonly note?: string;
}

export function defineRule(input: RuleInput): StatutoryRule {
  return {
    id: input.id,
    ref: input.ref,
    title: input.title,
    law: input.law,
    article: input.article,
    alsoCites: input.alsoCites ?? [],
    period: input.period,
    direction: input.direction ?? "after",
    bound: input.bound ?? "within",
    startsOn: input.startsOn,
    pausedBy: input.pausedBy ?? [],
    pauseBasis: input.pauseBasis ?? {},
    restartsOn: input.restartsOn ?? null,
    extension: input.extension ?? null,
    verification: input.verification,
    configurable:
      input.configurable ?? (input.verification === "unverified" || input.verification === "local"),
    note: input.note ?? null,
  };
}
