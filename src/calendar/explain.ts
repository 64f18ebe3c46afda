// Chinese wording of each step of a deadline explanation; the texts a case screen shows.
import { formatDisplayDate as shown, type IsoDate } from "./dates.js";
import type { DayInfo } from "./holidays.js";
import type { PauseBasis, Period, PauseKind, StatutoryRule } from "./rules/types.js";

export const PAUSE_LABELS: Readonly<Record<PauseKind, string>> = {
  correction: "补正",
  suspension: "中止",
  consultation: "征求意见",
  hearing: "听证",
  expertReview: "检验检测鉴定及专家评审",
  announcement: "公告",
  materials: "补充材料",
  obstacle: "不可抗力或其他正当理由",
};

export function describePeriod(period: Period): string {
  if (period.unit === "month") return `${period.amount}个月`;
  if (period.unit === "year") return `${period.amount}年`;
  return `${period.amount}日（${period.dayType === "working" ? "工作日" : "自然日"}）`;
}

const cite = (basis: PauseBasis): string => `《${basis.law.title}》${basis.article}`;

/** The rule's article and the further texts it rests on, e.g. 《法律援助法》第43条第1款、《程序规定》…. */
export function citation(rule: StatutoryRule): string {
  return [{ law: rule.law, article: rule.article }, ...rule.alsoCites].map(cite).join("、");
}

/** Where a pause ground comes from, when not from the rule's own article. */
export function pauseCitation(rule: StatutoryRule, kind: PauseKind): string {
  const basis = rule.pauseBasis[kind];
  return basis ? `（${cite(basis)}）` : "";
}

export function startText(rule: StatutoryRule, start: IsoDate): string {
  const anchor = rule.direction === "before" ? "参照日" : "起算日";
  return `${anchor}：${shown(start)}，${rule.startsOn}。依${citation(rule)}，${anchor}当日不计入期间。`;
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
  return from === to ? shown(from) : `${shown(from)}至${shown(to)}`;
}

export const texts = {
  holidaySkipped: (from: IsoDate, to: IsoDate, name: string, count: number) =>
    `${dateRange(from, to)}为${name}放假休息日，共${count}日，不计入工作日。`,
  weekendsSkipped: (count: number) => `期间内周末休息日共${count}日，不计入工作日。`,
  makeupCounted: (day: IsoDate, name: string) => `${shown(day)}为${name}调休上班日，计入工作日。`,
  paused: (from: IsoDate, to: IsoDate, label: string, count: number, unit: string) =>
    `${dateRange(from, to)}${label}，${count}${unit}不计入期间。`,
  periodEnd: (day: IsoDate) => `期间最后一日：${shown(day)}。`,
  restDayShift: (day: DayInfo, to: IsoDate, isWeekendConvention: boolean) =>
    `${shown(day.date)}为${dayLabel(day)}，期间届满日顺延至其后第一个工作日${shown(to)}` +
    `（《中华人民共和国民事诉讼法》第85条${isWeekendConvention ? "；周末按法定休假日处理系通行做法，可配置" : ""}）。`,
  earlierWorkingDay: (day: DayInfo, to: IsoDate) =>
    `${shown(day.date)}为${dayLabel(day)}，提前至此前最后一个工作日${shown(to)}。`,
  extension: (input: {
    readonly period: Period;
    readonly approvedBy: string;
    readonly article: string;
    readonly base: IsoDate;
    readonly wasShifted: boolean;
    readonly isShiftedBase: boolean;
  }) =>
    `延长${describePeriod(input.period)}，经${input.approvedBy}批准（${input.article}），` +
    (!input.wasShifted
      ? `自原期间届满日${shown(input.base)}次日起算。`
      : input.isShiftedBase
        ? `自顺延后的届满日${shown(input.base)}次日起算（本地配置）。`
        : `自原期间最后一日${shown(input.base)}次日起算，不以顺延后的届满日为基数（较早、稳妥的算法，可配置）。`),
  restart: (input: {
    readonly day: IsoDate;
    readonly rule: StatutoryRule;
    readonly event: string;
    readonly article: string;
  }) =>
    `${shown(input.day)}${input.event.replace(/之日$/, "")}：依《${input.rule.law.title}》${input.article}，` +
    `期间自该日起重新计算，此前已经过的期间不再计入。`,
  suspended: (input: {
    readonly from: IsoDate;
    readonly label: string;
    readonly elapsed: number;
    readonly remaining: number;
    readonly unit: string;
  }) =>
    input.remaining > 0
      ? `${shown(input.from)}起${input.label}，期间停止计算：此前已经过${input.elapsed}${input.unit}，` +
        `恢复后尚余${input.remaining}${input.unit}，自恢复之日起继续计算，届满日届时重新推算。`
      : `${shown(input.from)}起${input.label}，期间停止计算：${input.label}开始时期间已经届满。`,
  awaitingRestart: (input: {
    readonly from: IsoDate;
    readonly label: string;
    readonly restart: string;
    readonly article: string;
  }) =>
    `${shown(input.from)}起${input.label}，期间停止计算；${input.restart}起依${input.article}重新计算全部期间。`,
  pauseSwitchedOff: (labels: readonly string[]) =>
    `本地配置：${labels.join("、")}期间计入本期间，不予扣除（可配置）。`,
  provisional: (years: readonly number[]) =>
    `注意：${years.join("、")}年的国务院节假日安排尚未收录，相关日期按周六、周日休息推算，结果为临时结果，通知公布后应复核。`,
  due: (day: IsoDate, rule: StatutoryRule) =>
    rule.direction === "before"
      ? `最迟应于${shown(day)}完成。`
      : rule.bound === "atLeast"
        ? `该期间为最短期间，最早可于${shown(day)}届满，不得提前结束。`
        : `期间届满日：${shown(day)}。`,
};
