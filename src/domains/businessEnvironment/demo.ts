// Demo tasks of 侯马市's responsibility letters (优化营商环境责任书), 2022 to the load day: the 2023
// letter's 602 tasks in five categories (the reference report) and smaller letters of the other
// years, spread over the departments and townships by how much of the work is theirs. Most are
// closed with evidence, some late, some after a check sent them into rectification (one reopened
// after closing); in the load day's year a few are past their due date and still open, and the
// steps of every task stop at the load day.
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { dice } from "../../seed/dice.js";
import { shift, workingOnOrAfter } from "../../seed/working-days.js";
import { upTo } from "../leadership/demo-steps.js";
import * as pools from "./demo-pools.js";

type Dice = ReturnType<typeof dice>;
type Outcome = "onTime" | "late" | "returned" | "checked" | "reopened" | "lagging" | "rectifying";

const DUE_DAYS = ["06-30", "09-30", "11-30", "12-15"] as const;
const CANCELLED_2023 = 2;

/** The letters' years: 2022 to the load day's year, each letter signed in March. */
const lettersOf = (today: string): number[] => {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(0, last - 2021) }, (_, i) => 2022 + i).filter(
    (year) => `${year}-03-01` <= today,
  );
};

function countsOf(year: number): [string, number][] {
  return Object.entries(pools.TASKS_2023).map(([code, n]) => [
    code,
    year === 2023 ? n : Math.round(n * pools.OTHER_YEAR_SHARE),
  ]);
}

const TOTAL_WEIGHT = pools.RESPONSIBLE.reduce((sum, [, weight]) => sum + weight, 0);
function responsible(d: Dice): (typeof pools.RESPONSIBLE)[number] {
  let draw = d.int(1, TOTAL_WEIGHT);
  for (const entry of pools.RESPONSIBLE) {
    draw -= entry[1];
    if (draw <= 0) return entry;
  }
  throw new Error("demo data: responsible organisation weights");
}

function outcomeOf(d: Dice, isThisYear: boolean, due: string, today: string): Outcome {
  // In the load day's year a few tasks whose date has passed are still being worked on.
  if (isThisYear && due < today && d.chance(0.06)) return "lagging";
  // And a few a recent check found wanting are being rectified (some past the check's limit).
  if (isThisYear && shift(due, 20) < today && d.chance(0.08)) return "rectifying";
  const draw = d.int(1, 100);
  if (draw <= 84) return "onTime";
  if (draw <= 91) return "late";
  if (draw <= 93) return "returned";
  return draw <= 96 ? "checked" : "reopened";
}

function stepsOf(
  d: Dice,
  outcome: Outcome,
  dates: { assignedOn: string; dueDate: string },
  clerk: string,
  today: string,
): [string, DemoStep][] {
  const office = pools.OFFICE_USER;
  const progressOn = workingOnOrAfter(shift(dates.assignedOn, d.int(30, 60)));
  const progress: [string, DemoStep] = [
    progressOn,
    {
      action: "reportProgress",
      by: clerk,
      values: { progressOn, progressText: d.pick(pools.PROGRESS) },
    },
  ];
  const completedOn = workingOnOrAfter(
    outcome === "late" ? shift(dates.dueDate, d.int(5, 40)) : shift(dates.dueDate, -d.int(3, 25)),
  );
  const steps: [string, DemoStep][] = completedOn > progressOn ? [progress] : [];
  if (outcome === "lagging") return [progress];
  const apply = (on: string): [string, DemoStep] => [
    on,
    {
      action: "applyClose",
      by: clerk,
      values: { completedOn: on, completionText: d.pick(pools.COMPLETION) },
    },
  ];
  const close = (after: string): [string, DemoStep] => {
    const closedOn = workingOnOrAfter(shift(after, d.int(2, 10)));
    return [
      closedOn,
      {
        action: "close",
        by: office,
        values: { closedOn, closingNote: "经核验，佐证材料齐全，同意销号。" },
      },
    ];
  };
  steps.push(apply(completedOn));
  if (outcome === "returned") {
    const returnedOn = workingOnOrAfter(shift(completedOn, d.int(2, 6)));
    const newDue = shift(returnedOn, 20);
    steps.push([
      returnedOn,
      {
        action: "return",
        by: office,
        values: {
          returnedOn,
          returnReason: "佐证材料不能证明达到完成标准，请补充后重新申请销号。",
          dueDate: newDue,
        },
      },
    ]);
    steps.push(apply(workingOnOrAfter(shift(returnedOn, d.int(5, 15)))));
  }
  const rectify = (after: string): [string, DemoStep][] => {
    const checkedOn = workingOnOrAfter(shift(after, d.int(3, 60)));
    const rectificationDue = shift(checkedOn, 30);
    const rectifiedOn = workingOnOrAfter(shift(checkedOn, d.int(10, 40)));
    return [
      [
        checkedOn,
        {
          action: "requireRectification",
          by: office,
          values: { checkedOn, problemFound: d.pick(pools.PROBLEMS), rectificationDue },
        },
      ],
      [
        rectifiedOn,
        {
          action: "reportRectified",
          by: clerk,
          values: { rectifiedOn, rectificationText: d.pick(pools.RECTIFICATION) },
        },
      ],
      close(rectifiedOn),
    ];
  };
  const last = steps.at(-1)?.[0] ?? completedOn;
  if (outcome === "rectifying") {
    const checkedOn = shift(today, -d.int(5, 45));
    if (checkedOn <= shift(completedOn, 2)) return steps;
    const rectificationDue = shift(checkedOn, 30);
    const check: DemoStep = {
      action: "requireRectification",
      by: office,
      values: { checkedOn, problemFound: d.pick(pools.PROBLEMS), rectificationDue },
    };
    return [...steps, [checkedOn, check]];
  }
  // The check at closing finds a problem (checked), or a later one (回头看) reopens a closed task.
  if (outcome === "checked") return [...steps, ...rectify(last)];
  const closing = close(last);
  steps.push(closing);
  if (outcome === "reopened") steps.push(...rectify(shift(closing[0], 20)));
  return steps;
}

function letterTasks(refs: DemoRefs, d: Dice, year: number): DemoRecord[] {
  const assignedOn = workingOnOrAfter(`${year}-03-${String(d.int(6, 15)).padStart(2, "0")}`);
  const letterTitle = `侯马市${year}年度优化营商环境目标责任书`;
  const isThisYear = refs.today.startsWith(String(year));
  const records: DemoRecord[] = [];
  for (const [code, count] of countsOf(year)) {
    const texts = pools.TASKS[code] ?? [];
    for (let i = 0; i < count; i += 1) {
      const [org, , matters] = responsible(d);
      const task = d.pick(texts).replaceAll("{s}", d.pick(matters));
      const dueDate = `${year}-${d.pick(DUE_DAYS)}`;
      const clerk = pools.CLERKS[org] ?? pools.OFFICE_USER;
      const outcome = outcomeOf(d, isThisYear, dueDate, refs.today);
      records.push({
        by: pools.OFFICE_USER,
        values: {
          letterYear: year,
          letterTitle,
          category: code,
          task,
          standard: `${year}年${Number(dueDate.slice(5, 7))}月底前完成，报送佐证材料申请销号。`,
          responsibleOrg: refs.org(org),
          assigningOrg: refs.org(pools.ASSIGNING_ORG),
          assignedOn,
          dueDate,
        },
        steps: upTo(refs.today, stepsOf(d, outcome, { assignedOn, dueDate }, clerk, refs.today)),
      });
    }
  }
  return records;
}

/** Two 2023 tasks merged into others during the year: cancelled, not counted in the letter. */
function cancelled(refs: DemoRefs): DemoRecord[] {
  if (refs.today < "2023-06-01") return [];
  return Array.from({ length: CANCELLED_2023 }, (_, i) => ({
    by: pools.OFFICE_USER,
    values: {
      letterYear: 2023,
      letterTitle: "侯马市2023年度优化营商环境目标责任书",
      category: "03",
      task: i === 0 ? "推行企业开办“一日办结”" : "推行工程建设项目审批“一网通办”",
      responsibleOrg: refs.org("141081-D06"),
      assigningOrg: refs.org(pools.ASSIGNING_ORG),
      assignedOn: "2023-03-10",
      dueDate: "2023-09-30",
    },
    steps: [
      {
        action: "cancel",
        by: pools.OFFICE_USER,
        values: {
          cancelledOn: "2023-05-18",
          cancelReason: "与同类任务合并，纳入“一件事一次办”改革任务统一推进。",
        },
      },
    ],
  }));
}

export const businessEnvironmentTaskDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  return [
    ...lettersOf(refs.today).flatMap((year) => letterTasks(refs, d, year)),
    ...cancelled(refs),
  ];
};
