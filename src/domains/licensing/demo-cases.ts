// Demo cases of the 行政审批服务管理局 for construction projects, 2022 to the load day: joint
// acceptances (联合验收) and utility connections (报装). 2023 has exactly 14 joint acceptances and
// 6 connections completed in the year (the report's figures) — one of each received in December
// 2022, one acceptance returned for rectification first — besides a refusal and a December case
// completed in January 2024, which are not counted. The load day's month has open cases with live
// deadlines.
import { textOf } from "../../kernel/values.js";
import { dice, type Dice } from "../../seed/dice.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { workingDayBetween } from "./demo-dates.js";
import { workdays, shift, workingOnOrAfter } from "../../seed/working-days.js";
import { withCheckCharacter } from "./demo-items.js";
import * as pools from "./demo-pools.js";

export const JOINT_ACCEPTANCES_2023 = 14;
export const UTILITY_CONNECTIONS_2023 = 6;

/** How a demo case goes: received on a day, then completed, refused, returned first, or open. */
type Course = "complete" | "refuse" | "rework" | "open";

interface CasePlan {
  readonly receivedOn: string;
  readonly course: Course;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `count` cases completed within the year, spread over its months (received and done inside it). */
function yearPlans(d: Dice, year: number, count: number, reworkAt: number): CasePlan[] {
  return Array.from({ length: count }, (_, i) => {
    const month = 1 + Math.floor((i * 11) / Math.max(1, count)) + (year === 2023 ? 1 : 0);
    const m = Math.min(11, month);
    return {
      receivedOn: workingDayBetween(d, `${year}-${pad2(m)}-03`, `${year}-${pad2(m)}-20`),
      course: i === reworkAt ? "rework" : "complete",
    };
  });
}

/**
 * Completed in 2023: `count` in all — one received in December 2022 and the rest received and
 * completed in 2023 (one returned for rectification first). Not counted in 2023: one refused, one
 * received in December 2023 and completed in January 2024.
 */
function plansOf(d: Dice, count2023: number, count2022: number, count2024: number): CasePlan[] {
  return [
    ...yearPlans(d, 2022, count2022, -1),
    // Received on a Thursday before New Year: two working days later is 2023.
    { receivedOn: "2022-12-29", course: "complete" },
    ...yearPlans(d, 2023, count2023 - 1, 2),
    { receivedOn: workingDayBetween(d, "2023-06-05", "2023-06-16"), course: "refuse" },
    { receivedOn: "2023-12-28", course: "complete" },
    ...yearPlans(d, 2024, count2024, 4),
  ];
}

/** Open cases in the load day's month, so the list shows live and overdue promised dates. */
const openPlans = (today: string): CasePlan[] =>
  today > "2024-12-31"
    ? [
        { receivedOn: workingOnOrAfter(shift(today, -12)), course: "open" },
        { receivedOn: workingOnOrAfter(shift(today, -3)), course: "open" },
      ]
    : [];

/** The date field that dates each action (the due date it may set lies ahead). */
export const ACTION_DATE: Readonly<Record<string, string>> = {
  accept: "acceptedOn",
  refuse: "refusedOn",
  return: "returnedOn",
  resubmit: "resubmittedOn",
  complete: "completedOn",
};

/** The steps taken by the load day: a case received last week is still being handled. */
const takenBy = (steps: readonly DemoStep[], today: string): DemoStep[] => {
  const taken: DemoStep[] = [];
  for (const step of steps) {
    if (textOf(step.values?.[ACTION_DATE[step.action] ?? ""]) > today) break;
    taken.push(step);
  }
  return taken;
};

function stepsOf(
  d: Dice,
  plan: CasePlan,
  promisedDays: number,
  completion: string,
  today: string,
): DemoStep[] {
  const by = pools.BUREAU_CLERK;
  const acceptedOn = workdays(plan.receivedOn, d.int(0, 1));
  if (plan.course === "refuse")
    return [
      {
        action: "refuse",
        by,
        values: {
          refusedOn: acceptedOn,
          refusalReason:
            "申请材料不齐全，项目尚未取得建设工程规划许可，不符合受理条件，已一次性告知",
        },
      },
    ];
  const accept: DemoStep = {
    action: "accept",
    by,
    values: { acceptedOn, promisedDays, dueDate: workdays(acceptedOn, promisedDays) },
  };
  if (plan.course === "open") return acceptedOn <= today ? [accept] : [];
  if (plan.course === "rework") {
    const returnedOn = workdays(acceptedOn, 2);
    const resubmittedOn = workdays(returnedOn, d.int(5, 10));
    return [
      accept,
      {
        action: "return",
        by,
        values: {
          returnedOn,
          returnReason:
            "现场核查发现消防设施未按图施工、部分管线未完成隐蔽工程验收，限期整改后重新申请",
        },
      },
      {
        action: "resubmit",
        by,
        values: { resubmittedOn, dueDate: workdays(resubmittedOn, promisedDays) },
      },
      {
        action: "complete",
        by,
        values: {
          completedOn: workdays(resubmittedOn, d.int(2, promisedDays)),
          completionNote: completion,
        },
      },
    ];
  }
  return [
    accept,
    {
      action: "complete",
      by,
      values: {
        completedOn: workdays(acceptedOn, d.int(2, promisedDays)),
        completionNote: completion,
      },
    },
  ];
}

function applicantValues(d: Dice, refs: DemoRefs, year: number) {
  const [applicant, code17] = d.pick(pools.FIRMS);
  const [project, site] = d.pick(pools.PROJECTS);
  return {
    values: {
      handlingOrg: refs.org(pools.APPROVAL_BUREAU),
      applicant,
      applicantCreditCode: withCheckCharacter(code17),
      contactName: d.pick(pools.CONTACTS),
      contactPhone: `139${String(d.int(10_000_000, 99_999_999))}`,
      project,
      projectCode: `${String(year)}-141081-${pad2(d.int(47, 48))}-01-${String(d.int(100_000, 999_999))}`,
    },
    site,
  };
}

export const jointAcceptanceDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const plans = [...plansOf(d, JOINT_ACCEPTANCES_2023, 10, 12), ...openPlans(refs.today)];
  return plans.flatMap((plan): DemoRecord[] => {
    if (plan.receivedOn > refs.today) return [];
    const { values, site } = applicantValues(d, refs, Number(plan.receivedOn.slice(0, 4)));
    return [
      {
        by: pools.BUREAU_CLERK,
        values: {
          ...values,
          receivedOn: plan.receivedOn,
          constructionSite: site,
          departments: pools.JOINT_DEPARTMENTS,
        },
        steps: takenBy(
          stepsOf(
            d,
            plan,
            pools.JOINT_ACCEPTANCE_DAYS,
            "经规划、土地、消防、人防、城建档案等联合验收，各专项验收合格，同意出具联合验收意见书",
            refs.today,
          ),
          refs.today,
        ),
      },
    ];
  });
};

export const utilityConnectionDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const services = Object.keys(pools.UTILITY_PROVIDERS);
  const plans = [...plansOf(d, UTILITY_CONNECTIONS_2023, 4, 7), ...openPlans(refs.today)];
  return plans.flatMap((plan, i): DemoRecord[] => {
    if (plan.receivedOn > refs.today) return [];
    const service = services[i % services.length] ?? "water";
    const [provider, promisedDays] = pools.UTILITY_PROVIDERS[service] ?? ["", 5];
    const { values, site } = applicantValues(d, refs, Number(plan.receivedOn.slice(0, 4)));
    return [
      {
        by: pools.BUREAU_CLERK,
        values: { ...values, receivedOn: plan.receivedOn, service, provider, address: site },
        steps: takenBy(
          stepsOf(
            d,
            plan,
            promisedDays,
            `${provider}已完成接入，联合踏勘、验收一次办结`,
            refs.today,
          ),
          refs.today,
        ),
      },
    ];
  });
};
