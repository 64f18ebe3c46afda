// Demo meeting topics of 侯马市. 2023 reproduces the reference report: 10 rule-of-law topics
// resolved at the 市委常委会会议, the 依法治市委员会 and its 专题会议 and the 市政府常务会议; besides
// them, topics of other business, two deferred rule-of-law topics (one heard again and resolved
// the next spring), one settled at the 市长办公会议, one withdrawn and one put over to January. Later years up to the load day are alike in kind;
// what lies after the load day is left out, or pending when put forward already.
import type { FieldValue } from "../../kernel/values.js";
import type { DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import { dayInMonth, demoYears, leadershipDice, type Dice } from "./demo-dates.js";
import { shift, workingOnOrAfter, workingOnOrBefore } from "../../seed/working-days.js";

/** Rule-of-law topics resolved at the three meetings, per year (2023: the report's figure). */
export const MAJOR_ISSUES: Readonly<Record<number, number>> = { 2023: 10, 2024: 12, 2025: 11 };
const majorIssuesOf = (year: number): number => MAJOR_ISSUES[year] ?? 11;

const fill = (text: string, year: number): string =>
  text.replaceAll("{Y}", String(year)).replaceAll("{P}", String(year - 1));

const SESSION_NAMES: Readonly<Record<string, (year: number, n: number) => string>> = {
  standingCommittee: (year, n) => `${year}年第${n}次市委常委会会议`,
  lawCommittee: (year, n) => `市委全面依法治市委员会${year}年第${n}次会议`,
  lawCommitteeTopical: (year, n) => `${year}年第${n}次依法治市专题会议`,
  executiveMeeting: (year, n) => `${year}年第${n}次市政府常务会议`,
  mayorsOffice: (year, n) => `${year}年第${n}次市长办公会议`,
};

interface Topic {
  readonly seed: pools.TopicSeed;
  readonly year: number;
  readonly meetingDate: string;
  /** deferredThenResolved: deferred, and heard again and resolved the next spring. */
  readonly outcome: "resolved" | "deferred" | "deferredThenResolved" | "withdrawn" | "putOver";
}

/** The topics of a year with their meeting days, in order of the meetings. */
function topicsOf(d: Dice, year: number): Topic[] {
  const law = d.shuffle(pools.LAW_TOPICS);
  const resolved = law.slice(0, majorIssuesOf(year));
  const rest = law.slice(resolved.length);
  const plan: (readonly [pools.TopicSeed, Topic["outcome"]])[] = [
    ...resolved.map((seed) => [seed, "resolved"] as const),
    ...pools.OTHER_TOPICS.map((seed) => [seed, "resolved"] as const),
    [pools.MAYORS_OFFICE_LAW_TOPIC, "resolved"],
    ...rest.slice(0, 1).map((seed) => [seed, "deferredThenResolved"] as const),
    ...rest.slice(1, 2).map((seed) => [seed, "deferred"] as const),
    ...rest.slice(2, 3).map((seed) => [seed, "withdrawn"] as const),
  ];
  const topics = d.shuffle(plan).map(([seed, outcome], i, all): Topic => {
    const month = 1 + Math.floor((i * 12) / all.length);
    const day = dayInMonth(d, year, month);
    return { seed, year, outcome, meetingDate: day < `${year}-01-12` ? shift(day, 10) : day };
  });
  // One submitted late in the year and heard at the next January's meeting.
  const overSeed = rest[3];
  if (overSeed)
    topics.push({ seed: overSeed, year, outcome: "putOver", meetingDate: `${year + 1}-01-15` });
  return topics.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
}

function topicRecord(
  refs: DemoRefs,
  d: Dice,
  topic: Topic,
  session: string,
  later: string,
  opinion: () => string,
): DemoRecord | null {
  const [kind, text, org, isRuleOfLaw] = topic.seed;
  const meetingDate = workingOnOrAfter(topic.meetingDate);
  const planned =
    topic.outcome === "putOver"
      ? workingOnOrAfter(`${topic.year}-12-18`)
      : workingOnOrAfter(shift(meetingDate, -d.int(8, 35)));
  // Topics for the meetings of the coming weeks have been put forward by the load day.
  const isComing = planned > refs.today && meetingDate <= shift(refs.today, 45);
  const submittedOn = isComing ? workingOnOrBefore(shift(refs.today, -d.int(1, 6))) : planned;
  if (submittedOn > refs.today) return null;
  const reviewed = kind === "executiveMeeting" || (isRuleOfLaw && d.chance(0.5));
  const values: Record<string, FieldValue> = {
    topic: fill(text, topic.year),
    meetingKind: kind,
    submittingOrg: refs.org(org),
    submittedOn,
    isRuleOfLaw,
    legalityReviewed: reviewed,
    summary: `${fill(text, topic.year)}，由提请单位汇报起草或研究情况，提请会议审议。`,
  };
  if (reviewed) values.legalityOpinionNumber = opinion();
  const at = { meetingDate, sessionNumber: session };
  const steps: DemoStep[] = [];
  if (topic.outcome === "withdrawn") {
    const withdrawnOn = workingOnOrAfter(shift(submittedOn, 4));
    if (withdrawnOn <= refs.today)
      steps.push({
        action: "withdraw",
        by: pools.keeperOf(org),
        values: {
          withdrawnOn,
          withdrawalReason: "相关政策依据调整，提请单位申请撤回，修改完善后另行提请",
        },
      });
  } else if (meetingDate <= refs.today) {
    const resolve = (values: { meetingDate: string; sessionNumber: string }): DemoStep => ({
      action: "resolve",
      by: pools.OFFICE_USER,
      values: {
        ...values,
        resolution: isRuleOfLaw
          ? "会议原则同意，要求提请单位按会议意见修改完善后印发实施，并由市委依法治市办跟踪督办落实"
          : "会议原则同意，由提请单位按程序组织实施",
      },
    });
    if (topic.outcome === "deferred" || topic.outcome === "deferredThenResolved")
      steps.push({
        action: "defer",
        by: pools.OFFICE_USER,
        values: {
          ...at,
          deferralReason: "会议认为需进一步征求相关部门意见、开展风险评估后再行研究",
        },
      });
    else steps.push(resolve(at));
    // Heard again in the spring of the next year, once the consultation is done.
    const again = workingOnOrAfter(`${topic.year + 1}-03-1${d.int(0, 8)}`);
    if (topic.outcome === "deferredThenResolved" && again <= refs.today)
      steps.push(resolve({ meetingDate: again, sessionNumber: later }));
  }
  return { by: pools.keeperOf(org), values, steps };
}

export function meetingTopicDemo(refs: DemoRefs): readonly DemoRecord[] {
  const d = leadershipDice(refs.random);
  const records: DemoRecord[] = [];
  for (const year of demoYears(refs.today)) {
    const counters = new Map<string, number>();
    let opinions = 0;
    const opinion = () => {
      opinions += 1;
      return `侯司审〔${year}〕${opinions}号`;
    };
    for (const topic of topicsOf(d, year)) {
      const kind = topic.seed[0];
      const meetingYear = Number(topic.meetingDate.slice(0, 4));
      const key = `${kind}/${meetingYear}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const name = SESSION_NAMES[kind] ?? ((y: number, m: number) => `${y}年第${m}次会议`);
      const record = topicRecord(refs, d, topic, name(meetingYear, n), name(year + 1, 5), opinion);
      if (record) records.push(record);
    }
  }
  return records;
}
