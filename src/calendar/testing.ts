// Synthetic rules for tests of the arithmetic, independent of the statute table's contents.
import { defineRule, days, months } from "./rules/define.js";
import type { DayType, PauseKind, StatutoryRule } from "./rules/types.js";

const testLaw = { title: "测试法", kind: "law", version: "测试版", effective: null } as const;

export function syntheticRule(input: {
  readonly amount: number;
  readonly unit?: "day" | "month";
  readonly dayType?: DayType;
  readonly pausedBy?: readonly PauseKind[];
  readonly extension?: number;
  readonly direction?: "after" | "before";
}): StatutoryRule {
  const dayType = input.dayType ?? "calendar";
  const period = input.unit === "month" ? months(input.amount) : days(input.amount, dayType);
  return defineRule({
    id: "test.rule",
    ref: "T-1",
    title: "测试期限",
    law: testLaw,
    article: "第1条",
    period,
    startsOn: "收到之日",
    pausedBy: input.pausedBy ?? ["suspension"],
    ...(input.direction ? { direction: input.direction } : {}),
    ...(input.extension
      ? {
          extension: {
            period: days(input.extension, dayType),
            approvedBy: "负责人",
            article: "第2条",
          },
        }
      : {}),
    verification: "verified",
  });
}
