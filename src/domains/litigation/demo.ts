// Demo litigation cases of 侯马市: the 21 suits of 2023 (the number in the city's 2023 annual
// report; leaders appeared at most hearings, every effective judgment was performed), four cases
// of 2025 closed since, and open cases with live deadlines near the load day. Every step keeps to
// the statutory periods: defence within 15 days (第67条), appeals within 15 / 10 days (第85条),
// second instance within 3 months (第88条). Each step is taken by a demo user who may write the
// case: its owner is the defendant, so the bureaus with demo clerks act for themselves and the
// rule-of-law office (fzb, lawOffice, scope all) acts for the others.
import { textOf } from "../../kernel/values.js";
import { deadlineFor, isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import type { FieldValue } from "../../kernel/values.js";
import * as people from "../../seed/people.js";
import { houmaTownships } from "../../seed/houma-orgs.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { lostByOutcomes } from "./fields.js";
import * as pools from "./demo-pools.js";
import type { Moment, Plan, Suit } from "./demo-pools.js";

const JUSTICE_BUREAU = "141081-D01";
const HANDLERS: Readonly<Record<string, { clerk: string; head: string }>> = {
  "141081-D01": { clerk: "sfj_clerk", head: "sfj_head" },
  "141081-D04": { clerk: "scj_clerk", head: "fzb" },
  "141081001": { clerk: "ld_clerk", head: "fzb" },
};

const DAY_MS = 86_400_000;
const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const working = (date: string): boolean => {
  const day = parseIsoDate(date);
  return day !== null && isWorkingDay(day);
};
/** `count` working days after `date`, or before it when negative. */
function workdays(date: string, count: number): string {
  let day = date;
  for (let left = Math.abs(count); left > 0;) {
    day = shift(day, Math.sign(count));
    if (working(day)) left -= 1;
  }
  return day;
}
const onOrBefore = (date: string): string => (working(date) ? date : workdays(date, -1));
const earlier = (a: string, b: string): string => (a < b ? a : b);
const chineseDate = (date: string): string =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
function dueOf(ruleId: string, start: string): string {
  const day = parseIsoDate(start);
  const result = day === null ? null : deadlineFor({ ruleId, start: day });
  if (!result?.ok) throw new Error(`demo data: no due date for ${ruleId} from ${start}`);
  return result.value.due;
}

type Dice = ReturnType<typeof dice>;
function dice(random: () => number) {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(0, list.length - 1)];
    if (item === undefined) throw new Error("demo data: pick from an empty list");
    return item;
  };
  const char = (chars: string): string => chars.charAt(int(0, chars.length - 1));
  return { int, pick, char, chance: (probability: number) => random() < probability };
}

/** Courts by 行政诉讼法 第14、15条, with case-number counters per court, kind and year. */
class Courts {
  private readonly last = new Map<string, number>();
  constructor(private readonly d: Dice) {}
  of(org: string, instance: 1 | 2): { court: string; code: string } {
    const city = org === "141081";
    if (instance === 1 && !city) return { court: "侯马市人民法院", code: "晋1081" };
    if (instance === 2 && city) return { court: "山西省高级人民法院", code: "晋" };
    return { court: "临汾市中级人民法院", code: "晋10" };
  }
  number(org: string, instance: 1 | 2, date: string): { court: string; number: string } {
    const { court, code } = this.of(org, instance);
    const kind = instance === 1 ? "行初" : "行终";
    const key = `${code}${kind}${date.slice(0, 4)}`;
    const next =
      (this.last.get(key) ?? this.d.int(0, 3)) + this.d.int(1, { 晋1081: 4, 晋10: 9 }[code] ?? 25);
    this.last.set(key, next);
    return { court, number: `（${date.slice(0, 4)}）${code}${kind}${next}号` };
  }
}

/** 负责人 by org: head or deputy, the same people across cases. */
function leaderPosts(org: string): [string, string] {
  if (org === "141081") return ["市长", "副市长"];
  const town = houmaTownships.find((item) => item.code === org);
  if (!town) return ["局长", "副局长"];
  return town.name.endsWith("街道") ? ["办事处主任", "办事处副主任"] : ["乡长", "副乡长"];
}

class CaseFactory {
  private readonly names = new Set<string>();
  private readonly leaders = new Map<string, [string, string]>();
  private readonly courts: Courts;
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {
    this.courts = new Courts(d);
  }

  private name(): string {
    const { d } = this;
    let name = "";
    do
      name =
        d.pick(people.SURNAMES) + d.pick(d.chance(0.6) ? people.MALE_NAMES : people.FEMALE_NAMES);
    while (this.names.has(name));
    this.names.add(name);
    return name;
  }

  private plaintiff(suit: Suit): Record<string, FieldValue> {
    const { d } = this;
    if (suit.company !== null) {
      return {
        plaintiffName: suit.company,
        plaintiffKind: "organization",
        plaintiffCreditCode: people.creditCode(d, suit.company),
        plaintiffPhone: people.phone(d),
      };
    }
    return {
      plaintiffName: this.name(),
      plaintiffKind: "person",
      plaintiffIdNumber: people.idNumber(d, d.chance(0.6)),
      plaintiffPhone: people.phone(d),
    };
  }

  /** Who spoke for the body at a hearing, and whether its 负责人 appeared. */
  private appearance(org: string, prefix: "first" | "second", absent: boolean) {
    const { d } = this;
    const staff = `${d.pick(pools.STAFF_POSTS)}${this.name()}；委托代理人${this.name()}（${d.pick(pools.LAW_FIRMS)}律师）`;
    const leaders = this.leaders.get(org) ?? [this.name(), this.name()];
    this.leaders.set(org, leaders);
    const isHead = org !== "141081" && d.chance(0.35);
    const leader = absent
      ? { LeaderAbsenceReason: d.pick(pools.ABSENCE_REASONS) }
      : { LeaderName: leaders[isHead ? 0 : 1], LeaderPost: leaderPosts(org)[isHead ? 0 : 1] };
    const values = { AppearedStaff: staff, LeaderAppeared: !absent, ...leader };
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [prefix + key, value]));
  }

  build(suit: Suit, received: string): DemoRecord {
    const { d, refs } = this;
    const actDate = onOrBefore(shift(received, -d.int(25, 120)));
    const act = suit.act
      .replace("{date}", chineseDate(actDate))
      .replace("{year}", actDate.slice(0, 4))
      .replace("{n}", String(d.int(3, 168)));
    const first = this.courts.number(suit.org, 1, shift(received, -d.int(3, 7)));
    const who = HANDLERS[suit.org] ?? { clerk: "fzb", head: "fzb" };
    return {
      by: who.clerk,
      values: {
        courtCaseNumber: first.number,
        court: first.court,
        ...this.plaintiff(suit),
        defendantOrg: refs.org(suit.org),
        coordinatingOrg: refs.org(JUSTICE_BUREAU),
        actCategory: suit.category,
        actDescription: `${act}。`,
        claims: `请求${suit.claims}。`,
        complaintReceivedDate: received,
      },
      steps: this.script(suit, received, who),
    };
  }

  /** The steps of one case; `at` pins an event this many working days before the load day. */
  private script(suit: Suit, received: string, who: { clerk: string; head: string }) {
    const { d } = this;
    const plan: Plan = suit.plan;
    const steps: DemoStep[] = [];
    const take = (action: string, values: Record<string, FieldValue>, by = who.clerk) =>
      steps.push({ action, by, values });
    const base = onOrBefore(this.refs.today);
    const when = (moment: Moment, after: string, low: number, high: number): string => {
      const pinned = plan.at?.[moment];
      return pinned === undefined ? workdays(after, d.int(low, high)) : workdays(base, -pinned);
    };
    if (plan.stop === "received") return steps;
    const defenceDue = onOrBefore(dueOf("litigation.defence", received));
    let day = earlier(when("defence", received, 4, 9), defenceDue);
    take("submitDefence", { defenceSubmittedDate: day });
    if (plan.stop === "defended") return steps;
    if (plan.hearing) {
      day = when("hearing", day, 20, 45);
      take("recordFirstHearing", {
        firstHearingDate: day,
        ...this.appearance(suit.org, "first", plan.leaderAbsent),
      });
    }
    if (plan.stop === "firstHeard") return steps;
    if (plan.outcome === "withdrawalAllowed" || plan.outcome === "mediated") {
      const ruled = workdays(day, d.int(8, 20));
      const action = plan.outcome === "mediated" ? "mediate" : "allowWithdrawal";
      take(action, { firstJudgmentDate: ruled, effectiveDate: workdays(ruled, d.int(1, 3)) });
      return this.perform(steps, plan, take);
    }
    const isRuling = plan.outcome === "suitDismissed";
    const judgment = when("judgment", day, 10, 30);
    const served = when("served", judgment, 2, 6);
    take("recordFirstJudgment", {
      firstJudgmentKind: isRuling ? "ruling" : "judgment",
      firstOutcome: plan.outcome,
      firstJudgmentDate: judgment,
      firstServedDate: served,
    });
    if (plan.stop === "firstDecided") return steps;
    const appealDue = dueOf(
      isRuling ? "litigation.appealAgainstRuling" : "litigation.appeal",
      served,
    );
    const lostFirst = lostByOutcomes({ firstOutcome: plan.outcome }) === true;
    if (plan.appeal === null) {
      // A lost case: the head decides not to appeal; a won one: the window simply runs out.
      const decided = lostFirst ? earlier(workdays(served, d.int(4, 8)), appealDue) : appealDue;
      take("forgoAppeal", { noAppealDate: decided }, lostFirst ? who.head : who.clerk);
      take("recordEffective", { effectiveDate: shift(appealDue, 1), isLost: lostFirst });
      return this.perform(steps, plan, take);
    }
    const appealDate = earlier(
      when("appeal", served, isRuling ? 3 : 5, isRuling ? 6 : 9),
      appealDue,
    );
    if (plan.appeal === "body") take("appealByBody", { appealDate }, who.head);
    else take("recordPlaintiffAppeal", { appealDate });
    if (plan.stop === "appealed") return steps;
    const second = this.courts.number(suit.org, 2, workdays(appealDate, d.int(5, 10)));
    const court = { secondCaseNumber: second.number, secondCourt: second.court };
    day = appealDate;
    if (plan.secondHearing) {
      day = when("secondHearing", appealDate, 20, 35);
      take("recordSecondHearing", {
        ...court,
        secondHearingDate: day,
        ...this.appearance(suit.org, "second", plan.secondLeaderAbsent),
      });
    }
    if (plan.stop === "secondHeard") return steps;
    const secondOutcome = plan.second ?? "appealDismissed";
    const decided = workdays(day, d.int(8, 20));
    const byOutcomes = lostByOutcomes({ firstOutcome: plan.outcome, secondOutcome });
    take("recordSecondJudgment", {
      ...court,
      secondOutcome,
      secondJudgmentDate: decided,
      effectiveDate: workdays(decided, d.int(2, 6)),
      isLost: byOutcomes ?? plan.lostAfterRevision,
    });
    return this.perform(steps, plan, take);
  }

  /** Lost and mediated cases are performed; the others leave nothing to perform. */
  private perform(
    steps: DemoStep[],
    plan: Plan,
    take: (action: string, values: Record<string, FieldValue>) => void,
  ): DemoStep[] {
    if (plan.stop === "effective") return steps;
    const { d } = this;
    const effective = textOf(steps.at(-1)?.values?.effectiveDate);
    const isLost = steps.at(-1)?.values?.isLost === true;
    const note = pools.PERFORMANCE_NOTES[plan.outcome] ?? "已按生效裁判履行";
    if (isLost || plan.outcome === "mediated") {
      const performedDate = workdays(effective, d.int(8, 25));
      const closedDate = workdays(performedDate, d.int(1, 4));
      take("recordPerformance", {
        performance: "performed",
        performedDate,
        performanceNote: note,
        closedDate,
      });
    } else {
      take("recordPerformance", {
        performance: "notApplicable",
        closedDate: workdays(effective, d.int(2, 8)),
      });
    }
    return steps;
  }
}

/** The latest date a record carries. */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce((a, b) => (a > b ? a : b), "");

export const litigationDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new CaseFactory(refs, d);
  const base = onOrBefore(refs.today);
  const suits2023 = pools.SUITS_2023.trim()
    .split("\n")
    .map((line) => pools.parseSuit(line));
  const cases2023 = suits2023.map((suit, i) => {
    const day = shift("2023-01-09", Math.round((i * 335) / suits2023.length) + d.int(0, 5));
    return factory.build(suit, working(day) ? day : workdays(day, 1));
  });
  const closed2025 = pools.SUITS_2025.map(([date, line]) =>
    factory.build(pools.parseSuit(line), workdays(date, d.int(0, 3))),
  );
  const open = pools.OPEN_SUITS.map(([plan, line]) =>
    factory.build(pools.parseSuit(line, plan), workdays(base, -(plan.at?.received ?? 0))),
  );
  return [...cases2023, ...closed2025, ...open].filter((record) => lastDate(record) <= refs.today);
};
