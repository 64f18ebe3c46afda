// Chinese wording of each step of a deadline explanation; the texts a case screen shows.
import { formatChineseDate, type IsoDate } from "./dates.js";
import type { DayInfo } from "./holidays.js";
import type { Period, PauseKind, StatutoryRule } from "./rules/types.js";

export const PAUSE_LABELS: Readonly<Record<PauseKind, string>> = {
  correction: "补正",
  suspension: "中止",
  consultation: "征求意见",
  hearing: "听证",
  expertReview: "检验检测鉴定及专家评审",
  announcement: "公告",
  obstacle: "不可抗力或其他正当理由",
};

export function describePeriod(period: Period): string {
  if (period.unit === "month") return `${period.amount}个月`;
  if (period.unit === "year") return `${period.amount}年`;
  return `${period.amount}日（${period.dayType === "working" ? "工作日" : "自然日"}）`;
}

export function citation(rule: StatutoryRule): string {
  return `《${rule.law.title}》${rule.article}`;
}

export function startText(rule: StatutoryRule, start: IsoDate): string {
  const anchor = rule.direction === "before" ? "参照日" : "起算日";
  return `${anchor}：${formatChineseDate(start)}，${rule.startsOn}。依${citation(rule)}，${anchor}当日不计入期间。`;
}

export function periodText(rule: StatutoryRule, period: Period, isOverridden: boolean): string {
  const direction = rule.direction === "before" ? "之前至少" : "";
  const basis = isOverridden ? "（本地配置值）" : "";
  return `${rule.title}：${direction}${describePeriod(period)}${basis}。`;
}

export function dayLabel(day: DayInfo): string {
  if (day.kind === "holiday") return `${day.holidayName ?? ""}放假`;
  if (day.kind === "makeupWorkday") return `${day.holidayName ?? ""}调休上班日`;
  if (day.kind === "weekend") return "周末";
  return "工作日";
}

export function dateRange(from: IsoDate, to: IsoDate): string {
  return from === to
    ? formatChineseDate(from)
    : `${formatChineseDate(from)}至${formatChineseDate(to)}`;
}

export const texts = {
  holidaySkipped: (from: IsoDate, to: IsoDate, name: string, count: number) =>
    `${dateRange(from, to)}为${name}放假休息日，共${count}日，不计入工作日。`,
  weekendsSkipped: (count: number) => `期间内周末休息日共${count}日，不计入工作日。`,
  makeupCounted: (day: IsoDate, name: string) =>
    `${formatChineseDate(day)}为${name}调休上班日，计入工作日。`,
  paused: (from: IsoDate, to: IsoDate, label: string, count: number, unit: string) =>
    `${dateRange(from, to)}${label}，${count}${unit}不计入期间。`,
  periodEnd: (day: IsoDate) => `期间最后一日：${formatChineseDate(day)}。`,
  restDayShift: (day: DayInfo, to: IsoDate, isWeekendConvention: boolean) =>
    `${formatChineseDate(day.date)}为${dayLabel(day)}，期间届满日顺延至其后第一个工作日${formatChineseDate(to)}` +
    `（《中华人民共和国民事诉讼法》第85条${isWeekendConvention ? "；周末按法定休假日处理系通行做法，可配置" : ""}）。`,
  earlierWorkingDay: (day: DayInfo, to: IsoDate) =>
    `${formatChineseDate(day.date)}为${dayLabel(day)}，提前至此前最后一个工作日${formatChineseDate(to)}。`,
  extension: (period: Period, approvedBy: string, article: string) =>
    `延长${describePeriod(period)}，经${approvedBy}批准（${article}），自原期间届满日次日起算。`,
  provisional: (years: readonly number[]) =>
    `注意：${years.join("、")}年的国务院节假日安排尚未收录，相关日期按周六、周日休息推算，结果为临时结果，通知公布后应复核。`,
  due: (day: IsoDate, rule: StatutoryRule) =>
    rule.direction === "before"
      ? `最迟应于${formatChineseDate(day)}完成。`
      : rule.bound === "atLeast"
        ? `该期间为最短期间，最早可于${formatChineseDate(day)}届满，不得提前结束。`
        : `期间届满日：${formatChineseDate(day)}。`,
};
