// Demo legal aid cases of 侯马市: the 150 cases received in 2023 (60 of them for special groups,
// all closed), some closed cases of 2025–2026, and open cases with live deadlines near the load
// day. Every step keeps to the periods: examination within 7 working days of receipt (补充材料
// included, the clock is not paused), designation within 3 working days of the decision or notice.
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import type { FieldValue } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import type { Matter, Plan, Template } from "./demo-pools.js";
import { dice, type Dice } from "../../seed/dice.js";

/** The legal aid centre's clerk files and handles; its reviewer takes the decisions the law reserves. */
const CLERK = "fly_clerk";
const REVIEWER = "fly_reviewer";
const DECISIONS = new Set(["grant", "refuse", "provideFirst", "completeExamination", "terminate"]);
const actorFor = (action: string): string => (DECISIONS.has(action) ? REVIEWER : CLERK);
const CENTRE = "141081-D01-01";
const BUREAU = "141081-D01";

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
const onOrAfter = (date: string): string => (working(date) ? date : workdays(date, 1));
const later = (a: string, b: string): string => (a > b ? a : b);

const AMOUNTS: Readonly<Record<string, readonly [number, number, number]>> = {
  wages: [3000, 46000, 100],
  workInjury: [40000, 180000, 1000],
  trafficAccident: [20000, 260000, 1000],
  personalInjury: [3000, 60000, 100],
};
/** Calendar days from the start of handling to the end, by matter. */
const DURATIONS: Readonly<Record<Matter, readonly [number, number]>> = {
  defence: [25, 90],
  wages: [20, 80],
  workInjury: [60, 200],
  support: [30, 90],
  trafficAccident: [45, 180],
  marriage: [40, 120],
  personalInjury: [40, 150],
  socialInsurance: [50, 90],
  socialAssistance: [40, 80],
  stateCompensation: [60, 120],
};
const RESULTS: Readonly<Record<string, string>> = {
  defence: "defenceAdopted ×5 defencePartlyAdopted ×3 defenceNotAdopted notProsecuted ×2",
  labour: "mediated ×4 upheld ×3 settled ×2 partlyUpheld",
  court: "upheld ×3 mediated ×3 partlyUpheld ×2 settled notUpheld",
  administrative: "upheld ×2 partlyUpheld withdrawn notUpheld",
};
const weighted = (text: string): string[] =>
  text.split(" ").flatMap((item, i, all) => {
    const times = /^×(\d+)$/.exec(all[i + 1] ?? "")?.[1];
    return item.startsWith("×") ? [] : Array<string>(Number(times ?? 1)).fill(item);
  });
const PLEAS = ["自首", "坦白", "初犯、偶犯", "认罪认罚", "积极赔偿并取得被害人谅解", "系从犯"];

function resultOf(d: Dice, t: Template): { closingResult: string; closingSummary: string } {
  const group =
    t.category === "criminalDefence"
      ? "defence"
      : t.category === "administrative"
        ? "administrative"
        : ["wages", "workInjury"].includes(t.matter)
          ? "labour"
          : "court";
  const results = weighted(RESULTS[group] ?? "").filter(
    (result) => result !== "notProsecuted" || t.source !== "courtNotice",
  );
  const result = d.pick(results);
  const forum = {
    defence: "",
    labour: "经侯马市劳动人事争议仲裁委员会",
    court: "经侯马市人民法院",
    administrative: "经行政复议机关",
  }[group];
  const summaries: Readonly<Record<string, string>> = {
    defenceAdopted: `辩护人提出的${d.pick(PLEAS)}等辩护意见被采纳，依法从轻判处`,
    defencePartlyAdopted: `辩护人提出的${d.pick(PLEAS)}等辩护意见被部分采纳`,
    defenceNotAdopted: "辩护意见未被采纳，承办律师已告知被告人上诉权利",
    notProsecuted: `辩护人提出${d.pick(PLEAS)}等意见，检察机关依法作出不起诉决定`,
    upheld: `${forum}审理，受援人的请求获得支持`,
    partlyUpheld: `${forum}审理，受援人的请求部分获得支持`,
    notUpheld: `${forum}审理，受援人的请求未获支持，承办人员已告知救济途径`,
    mediated: `${forum}主持调解，双方达成调解协议并已履行`,
    settled: "双方自行和解，对方已按和解协议履行",
    withdrawn: "行政机关自行纠正，受援人撤回复议申请",
  };
  return { closingResult: result, closingSummary: summaries[result] ?? "" };
}

class CaseFactory {
  private readonly people = new Set<string>();
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {}

  private applicant(t: Template, received: string): Record<string, FieldValue> {
    const { d } = this;
    const share = t.matter === "defence" ? 0.85 : t.matter === "wages" ? 0.8 : 0.6;
    const male = t.female === null ? d.chance(share) : !t.female;
    const age = d.int(...t.ages);
    const given = age < 18 ? pools.YOUNG_NAMES : male ? pools.MALE_NAMES : pools.FEMALE_NAMES;
    let name = "";
    do name = d.pick(pools.SURNAMES) + d.pick(given);
    while (this.people.has(name));
    this.people.add(name);
    const flags = t.flags.map((flag) => pools.FLAG_FIELDS[flag]);
    if (t.flags.includes("w") && d.chance(0.4)) flags.push("isFarmer");
    return {
      applicantName: name,
      applicantIdNumber: pools.idNumber(d, male, age, received),
      applicantPhone: pools.phone(d),
      ...Object.fromEntries(flags.map((field) => [field, true])),
    };
  }

  private summary(t: Template): string {
    const { d } = this;
    return d.pick(t.texts).replace(/\{(\w+)\}/g, (_, token: string) => {
      if (token === "small") return String(d.int(6, 16) * 50);
      const [low, high, step] = AMOUNTS[t.matter] ?? [1000, 10000, 100];
      if (token === "amt") return String(d.int(low / step, high / step) * step);
      return d.pick(pools.TOKENS[token] ?? [token]);
    });
  }

  build(plan: Plan, received: string): DemoRecord {
    const t = pools.TEMPLATES.get(plan.template);
    if (!t) throw new Error(`demo data: unknown template ${plan.template}`);
    return {
      by: CLERK,
      values: {
        ...this.applicant(t, received),
        aidOrg: this.refs.org(CENTRE),
        supervisingOrg: this.refs.org(BUREAU),
        source: t.source,
        ...(t.ground ? { noticeGround: t.ground } : {}),
        caseCategory: t.category,
        matter: t.matter,
        caseSummary: `${this.summary(t)}。`,
        hardshipBasis: t.hardship,
        ...(t.evidence ? { hardshipEvidence: t.evidence } : {}),
        receivedDate: received,
      },
      steps: script(this.d, plan, t, received),
    };
  }
}

/** The steps of one case from its receipt, with dates that keep to the statutory periods. */
function script(d: Dice, plan: Plan, t: Template, received: string): DemoStep[] {
  const steps: DemoStep[] = [];
  const take = (action: string, values?: Record<string, FieldValue>) => {
    const by = actorFor(action);
    steps.push(values ? { action, by, values } : { action, by });
  };
  const assignee = (date: string) => {
    const fit = pools.PROVIDERS.filter(
      ([kind]) => t.category !== "criminalDefence" || kind === "lawyer",
    );
    const [assigneeKind, assigneeName, assigneeFirm] = d.pick(fit);
    return { designatedDate: date, assigneeKind, assigneeName, assigneeFirm };
  };
  let day = received;
  if (t.source !== "application") {
    take("acceptNotice");
    if (plan.stop === "granted") return steps;
    day = workdays(received, plan.designate ?? d.int(1, 3));
    take("designate", assignee(day));
  } else if (plan.provisional) {
    day = workdays(received, d.int(0, 1));
    take("provideFirst", { urgencyReason: d.pick(pools.URGENCY_REASONS), ...assignee(day) });
    if (plan.stop === "designated") return steps;
    take("startHandling", { handlingStartDate: day });
    day = workdays(day, d.int(3, 6));
    take("completeExamination", { grantDate: day });
  } else {
    if (plan.materials) {
      const notice = workdays(received, 1);
      take("requestMaterials", {
        materialsNoticeDate: notice,
        materialsItems: d.pick(pools.MATERIALS_ITEMS),
      });
      if (plan.stop === "awaitingMaterials") return steps;
      if (plan.ending === "withdraw") {
        // The examination clock pauses while materials are awaited (LA-6a); the applicant lets the
        // time allowed for them pass, and the application counts as withdrawn (第43条第2款).
        take("treatAsWithdrawn", { closedDate: workdays(notice, d.int(4, 5)) });
        return steps;
      }
      day = workdays(notice, d.int(1, 3));
      take("receiveMaterials", { materialsReceivedDate: day });
    }
    if (plan.stop === "received") return steps;
    const decided = plan.materials
      ? workdays(day, 1)
      : workdays(received, plan.examine ?? d.int(1, 5));
    if (plan.ending === "refuse") {
      take("refuse", { refusalDate: decided, refusalReason: d.pick(pools.REFUSAL_REASONS) });
      return steps;
    }
    take("grant", { grantDate: decided });
    if (plan.stop === "granted") return steps;
    day = workdays(decided, plan.designate ?? d.int(0, 3));
    take("designate", assignee(day));
  }
  if (plan.stop === "designated") return steps;
  if (!plan.provisional) {
    day = onOrAfter(shift(day, d.int(1, 6)));
    take("startHandling", { handlingStartDate: day });
  }
  if (plan.stop === "handling") return steps;
  const closedDate = onOrAfter(shift(day, d.int(...DURATIONS[t.matter])));
  if (plan.ending === "terminate") {
    take("terminate", { terminationReason: d.pick(pools.TERMINATION_REASONS), closedDate });
  } else take("close", { ...resultOf(d, t), closedDate });
  return steps;
}

function cases2023(factory: CaseFactory, d: Dice): DemoRecord[] {
  const plans = d
    .shuffle(
      pools.PLANS_2023.flatMap(([template, count, extra]) =>
        Array.from({ length: count }, () => ({ template, ...extra })),
      ),
    )
    .map((plan) => ({
      ...plan,
      materials: plan.materials ?? (!plan.provisional && d.chance(0.15)),
    }));
  return plans.map((plan, i) =>
    factory.build(
      plan,
      onOrAfter(shift("2023-01-03", Math.round((i * 355) / plans.length) + d.int(0, 2))),
    ),
  );
}

/** The latest date a record carries. */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce(later, "");

export const legalAidDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new CaseFactory(refs, d);
  const recent = pools.RECENT_PLANS.map(([date, plan]) => factory.build(plan, onOrAfter(date)));
  const open = pools.OPEN_PLANS.map(([ago, unit, plan]) =>
    factory.build(
      plan,
      unit === "wd" ? workdays(refs.today, -ago) : onOrAfter(shift(refs.today, -ago)),
    ),
  );
  return [...cases2023(factory, d), ...recent, ...open].filter(
    (record) => lastDate(record) <= refs.today,
  );
};
