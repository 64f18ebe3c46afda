// The shape of a statutory rule: one row of the statute table, cited to its article.

/** Stable rule id, `area.name`, e.g. `reconsideration.decision`. Never renamed. */
export type RuleId = string;

/** How the days of a period are counted (statutory-rules.md, "How to read this file"). */
export type DayType = "calendar" | "working";

export type PeriodUnit = "day" | "month" | "year";

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
  /** Only meaningful for `day`; months and years are always calendar periods. */
  readonly dayType: DayType;
}

/**
 * `after`: the period runs forward from its start (a time limit).
 * `before`: the act must happen at least this long before a reference date
 * (e.g. a hearing notice at least 5 working days before the hearing).
 */
export type PeriodDirection = "after" | "before";

/**
 * `within`: the act must happen by the due date (a time limit).
 * `atLeast`: the period is a minimum that must pass first (e.g. a public comment
 * period of at least 30 days): the due date is the earliest day it may close.
 */
export type PeriodBound = "within" | "atLeast";

/** Time that the law says does not count toward the period. */
export type PauseKind =
  | "correction" // 补正
  | "suspension" // 中止
  | "consultation" // 征求第三方或其他机关意见
  | "hearing" // 听证
  | "expertReview" // 检验、检测、检疫、鉴定、专家评审
  | "announcement" // 公告
  | "materials" // 申请人补充材料或者作出说明
  | "obstacle"; // 不可抗力或其他正当理由

export type LawKind =
  | "law" // 法律
  | "administrativeRegulation" // 行政法规
  | "judicialInterpretation" // 司法解释
  | "ministryRule" // 部门规章
  | "stateCouncilDocument" // 国务院及其办公厅文件
  | "partyDocument" // 党内法规及中办国办文件
  | "localRule"; // 地方性法规、规章及规范性文件

export interface LawRef {
  /** Full Chinese title, e.g. 中华人民共和国行政复议法. */
  readonly title: string;
  readonly kind: LawKind;
  /** The version in force, e.g. "2023年修订". */
  readonly version: string;
  /** ISO date the version took effect; null where the source does not give one. */
  readonly effective: string | null;
}

/**
 * verified: primary text checked; secondary: official secondary source;
 * unverified: from memory or weak sources, must stay configurable;
 * local: set by a province or city, configurable per deployment.
 */
export type Verification = "verified" | "secondary" | "unverified" | "local";

export interface Extension {
  readonly period: Period;
  /** Who approves, in Chinese, e.g. 行政复议机构负责人. */
  readonly approvedBy: string;
  readonly article: string;
}

/** The event on which a period starts again from zero, and the article that says so. */
export interface RestartBasis {
  /** In Chinese, e.g. 收到补正材料之日. */
  readonly event: string;
  /** As cited, e.g. 第31条第3款. */
  readonly article: string;
}

/** Where a pause ground rests on a text other than the rule's own article (e.g. procedure rules). */
export interface PauseBasis {
  readonly law: LawRef;
  readonly article: string;
}

export interface StatutoryRule {
  readonly id: RuleId;
  /** Row reference in statutory-rules.md, e.g. RC-17. */
  readonly ref: string;
  /** Short Chinese name shown on screens, e.g. 行政复议决定期限（普通程序）. */
  readonly title: string;
  readonly law: LawRef;
  /** Article as cited, e.g. 第62条第1款. */
  readonly article: string;
  /** Further texts the period rests on (e.g. procedure rules fixing working days), cited with it. */
  readonly alsoCites: readonly PauseBasis[];
  readonly period: Period;
  readonly direction: PeriodDirection;
  readonly bound: PeriodBound;
  /** What starts the clock, in Chinese, e.g. 受理之日. */
  readonly startsOn: string;
  readonly pausedBy: readonly PauseKind[];
  /** Citations of pause grounds that the rule's own article does not give. */
  readonly pauseBasis: Readonly<Partial<Record<PauseKind, PauseBasis>>>;
  /** Event that restarts the clock from zero (e.g. receipt of a corrected request). */
  readonly restartsOn: RestartBasis | null;
  readonly extension: Extension | null;
  readonly verification: Verification;
  /** Deployments may override the period of a configurable rule. */
  readonly configurable: boolean;
  readonly note: string | null;
}
