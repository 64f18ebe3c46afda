// Demo reconsideration cases of 侯马市: the 68 cases of 2023 (the number in the city's 2023 annual
// report), a few closed cases of 2025, and a dozen open cases with live deadlines near the load day.
// Every step keeps to the statutory periods: acceptance within 5 working days, copy to the
// respondent within 7 (3), reply within 10 (5), decision within 60 (30) days plus extension/suspension.
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import { withPublications } from "./demo-publication.js";
import type { FieldValue } from "../../kernel/values.js";
import { houmaTownships } from "../../seed/houma-orgs.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import * as people from "../../seed/people.js";
import { creditCode, idNumber, phone, plate } from "../../seed/people.js";
import { fits, simplifiable } from "./demo-pools.js";
import type { ActTemplate, Gap, Plan } from "./demo-pools.js";

const CLERK = "sfj_clerk";
const REVIEWER = "sfj_reviewer";
const HEAD = "sfj_head";
const JUSTICE_BUREAU = "141081-D01";

// Dates: "YYYY-MM-DD" strings; working days come from the holiday calendar (src/calendar).
const DAY_MS = 86_400_000;
const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / DAY_MS;
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
const workingOnOrBefore = (date: string): string => (working(date) ? date : workdays(date, -1));
const workingOnOrAfter = (date: string): string => (working(date) ? date : workdays(date, 1));
const chineseDate = (date: string): string =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

type Dice = ReturnType<typeof dice>;
function dice(random: () => number) {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(0, list.length - 1)];
    if (item === undefined) throw new Error("demo data: pick from an empty list");
    return item;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const char = (chars: string): string => chars.charAt(int(0, chars.length - 1));
  return { int, pick, shuffle, char, chance: (probability: number) => random() < probability };
}

function respondentOf(d: Dice, act: ActTemplate): string {
  if (!["subdistrict", "township", "either"].includes(act.org)) return act.org;
  const suitable = houmaTownships.filter(
    (town) => act.org === "either" || (act.org === "subdistrict") === town.name.endsWith("街道"),
  );
  return d.pick(suitable).code;
}

class CaseFactory {
  private readonly used = new Map<ActTemplate, number>();
  private readonly people = new Set<string>();
  private readonly organisations = new Map<string, Record<string, FieldValue>>();
  private readonly descriptions = new Set<string>();
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {}

  /** The least used act that fits, so descriptions vary across the table. */
  private act(plan: Plan): ActTemplate {
    const candidates = pools.ACTS.filter((act) => fits(act, plan));
    const least = Math.min(...candidates.map((act) => this.used.get(act) ?? 0));
    const act = this.d.pick(
      candidates.filter((candidate) => (this.used.get(candidate) ?? 0) === least),
    );
    this.used.set(act, least + 1);
    return act;
  }

  private applicant(act: ActTemplate): Record<string, FieldValue> {
    const { d } = this;
    if (act.orgs) {
      const name = d.pick(act.orgs);
      const known = this.organisations.get(name); // the same business may apply again
      const organisation = known ?? {
        applicantName: name,
        applicantKind: "organization",
        applicantCreditCode: creditCode(d, name),
        applicantIndustry: industryOf(name),
        applicantPhone: phone(d),
      };
      this.organisations.set(name, organisation);
      return organisation;
    }
    const male = d.chance(0.6);
    let name = "";
    do name = d.pick(people.SURNAMES) + d.pick(male ? people.MALE_NAMES : people.FEMALE_NAMES);
    while (this.people.has(name));
    this.people.add(name);
    const applicantIdNumber = idNumber(d, male);
    return {
      applicantName: name,
      applicantKind: "person",
      applicantIdNumber,
      applicantPhone: phone(d),
    };
  }

  /** One case: the application as received, then its steps. */
  build(plan: Plan, received: string): DemoRecord {
    const { d } = this;
    const act = this.act(plan);
    const respondent = respondentOf(d, act);
    const simplified =
      plan.simplified ??
      (!plan.gaps && !plan.hearing && !plan.extend && simplifiable(act) && d.chance(0.6));
    const amounts = simplified ? act.amounts?.filter((amount) => amount <= 3000) : act.amounts;
    const amount = amounts && amounts.length > 0 ? d.pick(amounts) : null;
    const short = houmaTownships.find((town) => town.code === respondent)?.short ?? "";
    const prefix = pools.DOC_PREFIXES[respondent] ?? `侯${short}综执罚`;
    let description = "";
    do {
      // The act came some weeks before the application; a failure to act, some months.
      const lead = act.category === "inaction" ? d.int(70, 140) : d.int(8, 50);
      const actDate = workingOnOrBefore(shift(received, -lead));
      description = act.text
        .replace("{date}", chineseDate(actDate))
        .replace("{no}", `${prefix}〔${actDate.slice(0, 4)}〕${d.int(3, 168)}号`)
        .replace("{amt}", String(amount))
        .replace("{plate}", plate(d));
    } while (this.descriptions.has(description));
    this.descriptions.add(description);
    const procedure: Procedure = simplified ? "simplified" : "ordinary";
    return {
      by: CLERK,
      values: {
        ...this.applicant(act),
        handlingOrg: this.refs.org(JUSTICE_BUREAU),
        respondentOrg: this.refs.org(respondent),
        actCategory: act.category,
        actDescription: `${description}。`,
        ...(amount === null ? {} : { amountInvolved: amount }),
        receivedDate: received,
        procedure,
      },
      steps: script(d, plan, received, procedure),
    };
  }
}

type Procedure = "ordinary" | "simplified";

/** The steps of one case from its receipt, with dates that keep to the statutory periods. */
function script(d: Dice, plan: Plan, received: string, procedure: Procedure): DemoStep[] {
  const steps: DemoStep[] = [];
  const take = (action: string, values?: Record<string, FieldValue>, by = CLERK) => {
    steps.push(values ? { action, by, values } : { action, by });
  };
  const gap = (name: Gap, low: number, high: number) => plan.gaps?.[name] ?? d.int(low, high);
  const simplified = procedure === "simplified";
  let day = received;
  if (plan.correction) {
    const notice = workdays(received, gap("notice", 1, 3));
    take("requestCorrection", {
      correctionNoticeDate: notice,
      correctionItems: d.pick(pools.CORRECTION_ITEMS),
    });
    if (plan.stop === "correcting") return steps;
    day = workdays(notice, gap("correction", 3, 8));
    take("submitCorrection", { correctionReceivedDate: day });
  }
  if (plan.stop === "received") return steps;
  const ending = plan.ending ?? "decision";
  if (ending === "refuse") {
    const refusalReason = d.pick(pools.REFUSAL_REASONS);
    take("refuse", { refusalReason, closedDate: workdays(day, plan.correction ? 1 : d.int(2, 4)) });
    return steps;
  }
  // After a correction the review clock resumes where it paused (第31条): accept promptly.
  const accepted = workdays(day, plan.correction ? 1 : gap("accept", 1, 3));
  take("accept", { acceptedDate: accepted, procedure });
  if (plan.stop === "accepted") return steps;
  const requested = workdays(accepted, gap("request", 1, simplified ? 2 : 5));
  take("requestReply", { replyRequestDate: requested });
  if (plan.stop === "replyRequested") return steps;
  day = workdays(requested, gap("reply", simplified ? 2 : 4, simplified ? 4 : 9));
  take("recordReply", { replyReceivedDate: day });
  if (plan.hearing) {
    day = workdays(day, d.int(6, 10)); // notice at least 5 working days before (第51条)
    take("scheduleHearing", { hearingDate: day });
    take("recordHearing");
  }
  let paused = 0;
  if (plan.suspend) {
    const suspended = workdays(day, gap("suspendAfter", 2, 8));
    const reason =
      ending === "terminate"
        ? pools.DEATH_SUSPENSION
        : ending === "settle"
          ? pools.SETTLEMENT_SUSPENSION
          : d.pick(pools.SUSPENSION_REASONS);
    take("suspend", { suspendedDate: suspended, suspensionReason: reason });
    if (plan.stop === "suspended") return steps;
    if (ending === "terminate") {
      // 中止满60日，近亲属仍未表示参加 (第41条第5项).
      take("terminate", { closedDate: workingOnOrAfter(shift(suspended, d.int(61, 66))) });
      return steps;
    }
    if (ending === "settle") {
      take("settle", { closedDate: workdays(suspended, d.int(8, 20)) });
      return steps;
    }
    day = workdays(suspended, d.int(10, 25));
    take("resume", { resumedDate: day });
    paused = daysBetween(suspended, day) - 1;
  }
  const extension = plan.extend ? d.pick([15, 20, 30, 30]) : 0;
  const extensionReason = d.pick(pools.EXTENSION_REASONS);
  if (plan.extend) take("extend", { extensionDays: extension, extensionReason }, HEAD);
  const lastDay = workingOnOrBefore(
    shift(accepted, (simplified ? 30 : 60) + extension + paused - 1),
  );
  if (ending !== "decision") {
    take(ending, { closedDate: earlier(workdays(day, d.int(3, 15)), lastDay) });
    return steps;
  }
  if (plan.stop === "underReview") return steps;
  const outcome = plan.outcome ?? "upheld";
  const drafter = d.chance(0.65) ? CLERK : REVIEWER;
  take("draftDecision", { outcome, decisionReasoning: d.pick(pools.REASONING[outcome]) }, drafter);
  if (plan.stop === "decisionDrafted") return steps;
  const used = simplified
    ? d.int(14, 27)
    : plan.extend
      ? 60 + d.int(4, extension - 3)
      : d.int(30, 56);
  const target = workingOnOrBefore(shift(accepted, used + paused));
  const decision = earlier(later(target, workdays(day, 3)), lastDay);
  take("approveDecision", { decisionDate: decision }, HEAD);
  take("close", { closedDate: workdays(decision, d.int(2, 7)) });
  return steps;
}

function cases2023(factory: CaseFactory, d: Dice): DemoRecord[] {
  const plans = d
    .shuffle(pools.PLANS_2023)
    .map((plan) => ({ ...plan, correction: d.chance(0.15) }));
  const received = plans.map((_, i) => {
    const day = shift("2023-01-03", Math.round((i * 355) / plans.length) + d.int(0, 3));
    return d.chance(0.05) ? day : workingOnOrAfter(day); // a few arrive online at the weekend
  });
  // Hearings, suspensions and extensions go to ordinary decided cases received before November,
  // so that every 2023 case is closed by the first quarter of 2024.
  const early = (i: number) => (received[i] ?? "") < "2023-11-01";
  const candidates = d
    .shuffle(plans.map((plan, i) => ({ plan, i })))
    .filter(({ plan, i }) => !plan.ending && plan.outcome !== "varied" && early(i));
  pools.FEATURES_2023.forEach((feature, k) => {
    const candidate = candidates[k];
    if (candidate) plans[candidate.i] = { ...candidate.plan, ...feature, simplified: false };
  });
  // One terminated case (申请人死亡后中止满60日) and one settled case were suspended first.
  for (const ending of ["terminate", "settle"] as const) {
    const i = plans.findIndex((plan, index) => plan.ending === ending && early(index));
    const plan = plans[i];
    if (plan) plans[i] = { ...plan, suspend: true };
  }
  return plans.map((plan, i) => factory.build(plan, received[i] ?? "2023-01-03"));
}

/** The latest date a record carries (dates in its texts are written the Chinese way). */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce(later, "");

export const reconsiderationDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new CaseFactory(refs, d);
  const closed2025 = pools.PLANS_2025.map(([date, plan]) =>
    factory.build(plan, workingOnOrAfter(shift(date, d.int(0, 4)))),
  ).filter((record) => lastDate(record) <= refs.today);
  const open = pools.OPEN_PLANS.map(([ago, unit, plan]) =>
    factory.build(
      plan,
      unit === "wd" ? workdays(refs.today, -ago) : workingOnOrBefore(shift(refs.today, -ago)),
    ),
  ).filter((record) => lastDate(record) <= refs.today);
  return withPublications([...cases2023(factory, d), ...closed2025, ...open]);
};

/** The GB/T 4754-2017 division a demo business's name tells (商贸 → 52 零售业 …). */
const INDUSTRY_BY_NAME: readonly (readonly [string, string])[] = [
  ["种植", "01"],
  ["烟花爆竹批发", "51"],
  ["建材", "51"],
  ["商贸", "52"],
  ["超市", "52"],
  ["电动车商行", "52"],
  ["农资经营部", "52"],
  ["面馆", "62"],
  ["汽车维修", "81"],
  ["文化传播", "72"],
  ["货物运输", "54"],
  ["物流", "59"],
  ["建筑工程", "47"],
  ["铸造", "33"],
  ["钢结构", "33"],
  ["餐饮", "62"],
  ["酒店", "61"],
  ["物业", "70"],
  ["房地产", "70"],
  ["美容美发", "80"],
  ["网络会所", "90"],
];

function industryOf(name: string): string {
  const found = INDUSTRY_BY_NAME.find(([word]) => name.includes(word));
  if (!found) throw new Error(`demo data: no industry for ${name}`);
  return found[1];
}
