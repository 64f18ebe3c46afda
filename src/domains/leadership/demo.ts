// Demo records of section (一) for 侯马市, 2023 to the load day: the duty lists of the city, its
// government and several departments and townships each year; the 述法 plan of every department
// and township with their reports and evaluations (all of 2023 evaluated: coverage 100 %; the load
// day's year may be partly done); and (demo-meetings.ts) meeting topics and study sessions.
import { houmaOrgTree } from "../../seed/houma-orgs.js";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from "../../seed/people.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import type { RowValues } from "../../kernel/values.js";
import * as pools from "./demo-pools.js";
import { demoYears, dice, shift, workingOnOrAfter, type Dice } from "./demo-dates.js";
import { meetingTopicDemo, studySessionDemo } from "./demo-meetings.js";

export { MAJOR_ISSUES, STUDY } from "./demo-meetings.js";

const fill = (text: string, year: number): string => text.replaceAll("{Y}", String(year));
const itemsOf = (year: number, extra: typeof pools.UNIT_ITEMS = []): RowValues[] =>
  [...pools.DUTY_ITEMS, ...extra].map(([category, text, doneBy]) => ({
    text: fill(text, year),
    category,
    doneBy: fill(doneBy, year),
  }));

/** Steps up to the load day: a step dated later, and every step after it, has not happened yet. */
function upTo(today: string, steps: readonly (readonly [day: string, step: DemoStep])[]) {
  const done: DemoStep[] = [];
  for (const [day, step] of steps) {
    if (day > today) break;
    done.push(step);
  }
  return done;
}

// ---- Leader duty lists ----------------------------------------------------------------------------

function cityLists(refs: DemoRefs, d: Dice, year: number): DemoRecord[] {
  const draftedOn = workingOnOrAfter(`${year}-02-0${d.int(1, 8)}`);
  const issuedOn = workingOnOrAfter(shift(draftedOn, d.int(14, 24)));
  const heads = [
    ["party", pools.PARTY_SECRETARY, "市委书记", "侯办发"],
    ["government", pools.MAYOR, "市长", "侯政办发"],
  ] as const;
  return heads.flatMap(([headRole, [headName, headPost], title, prefix], i): DemoRecord[] => {
    if (draftedOn > refs.today) return [];
    const steps: [string, DemoStep][] = [
      [
        issuedOn,
        {
          action: "issue",
          by: pools.OFFICE_USER,
          values: { issuedOn, documentNumber: `${prefix}〔${year}〕${3 + i}号` },
        },
      ],
    ];
    // 2024: the government's list revised in the summer for the new reconsideration law.
    if (year === 2024 && headRole === "government")
      steps.push(
        [
          "2024-07-15",
          {
            action: "startRevision",
            by: pools.OFFICE_USER,
            values: { revisionStartedOn: "2024-07-15" },
          },
        ],
        [
          "2024-08-06",
          {
            action: "reissue",
            by: pools.OFFICE_USER,
            values: {
              revisedOn: "2024-08-06",
              documentNumber: `${prefix}〔2024〕27号`,
              revisionNote:
                "新修订的行政复议法施行，补充推进行政复议体制改革、行政复议决定执行监督两项职责",
            },
          },
        ],
      );
    const extra: typeof pools.UNIT_ITEMS =
      year >= 2024 && headRole === "government"
        ? [
            ["coordinating", "推进行政复议体制改革，保障行政复议机构人员和经费", "全年"],
            ["supervising", "督促行政机关履行行政复议决定，纠正违法或不当行政行为", "全年"],
          ]
        : [];
    return [
      {
        by: pools.OFFICE_USER,
        values: {
          org: refs.org(pools.CITY),
          year,
          title: `侯马市${title}履行推进法治建设第一责任人职责${year}年度工作清单`,
          headRole,
          headName,
          headPost,
          draftedOn,
          items: itemsOf(year, extra),
        },
        steps: upTo(refs.today, steps),
      },
    ];
  });
}

function unitLists(refs: DemoRefs, d: Dice, year: number): DemoRecord[] {
  const thisYear = refs.today.startsWith(String(year));
  return pools.LIST_UNITS.flatMap(([org, name, [headName, headPost], prefix], i): DemoRecord[] => {
    const draftedOn = workingOnOrAfter(`${year}-03-${String(d.int(1, 20)).padStart(2, "0")}`);
    if (draftedOn > refs.today) return [];
    const issuedOn = workingOnOrAfter(shift(draftedOn, d.int(7, 21)));
    // In the load day's year the last unit is still working on its list.
    const isLate = thisYear && i === pools.LIST_UNITS.length - 1;
    const by = pools.keeperOf(org);
    const issue: DemoStep = {
      action: "issue",
      by,
      values: { issuedOn, documentNumber: `${prefix}〔${year}〕${d.int(2, 15)}号` },
    };
    return [
      {
        by,
        values: {
          org: refs.org(org),
          year,
          title: `${name}党政主要负责人履行推进法治建设第一责任人职责${year}年度清单`,
          headRole: org.length === 9 ? "party" : "both",
          headName,
          headPost,
          draftedOn,
          items: itemsOf(year, pools.UNIT_ITEMS),
        },
        steps: isLate ? [] : upTo(refs.today, [[issuedOn, issue]]),
      },
    ];
  });
}

export const leaderDutyListDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  return demoYears(refs.today).flatMap((year) => [
    ...cityLists(refs, d, year),
    ...unitLists(refs, d, year),
  ]);
};

// ---- Duty reports (述法) ---------------------------------------------------------------------------

interface Reporter {
  readonly code: string;
  readonly name: string;
  readonly post: string;
}

/** Every department and township with its head (from the duty lists, or a made-up name). */
function reporters(d: Dice): Reporter[] {
  const known = new Map(pools.LIST_UNITS.map(([org, , head]) => [org, head]));
  return (houmaOrgTree.children ?? [])
    .filter((node) => ["department", "township", "subdistrict"].includes(node.kind))
    .map((node) => {
      const head = known.get(node.code);
      const post =
        node.kind === "department" ? "局长" : node.kind === "township" ? "乡长" : "办事处主任";
      const made = `${d.pick(SURNAMES)}${d.pick(d.chance(0.7) ? MALE_NAMES : FEMALE_NAMES)}`;
      return { code: node.code, name: head?.[0] ?? made, post: head?.[1] ?? post };
    });
}

function evaluators(d: Dice, score: number): RowValues[] {
  return d
    .shuffle(pools.EVALUATORS)
    .slice(0, 5)
    .map(([name, post]) => {
      const own = Math.min(100, Math.max(60, score + d.int(-3, 3)));
      return { name, post, score: own, grade: gradeOf(own) };
    });
}
const gradeOf = (score: number): string =>
  score >= 90 ? "excellent" : score >= 80 ? "good" : score >= 70 ? "fair" : "poor";

function reportOf(refs: DemoRefs, d: Dice, year: number, who: Reporter, returned: boolean) {
  const plannedOn = workingOnOrAfter(`${year}-11-06`);
  const oral = pools.ORAL_REPORTERS.has(who.code);
  const meeting = workingOnOrAfter(`${year + 1}-01-1${d.int(0, 2)}`);
  const submittedOn = oral
    ? workingOnOrAfter(shift(meeting, -d.int(5, 9)))
    : d.dayBetween(`${year}-11-12`, `${year}-12-22`);
  const by = pools.keeperOf(who.code);
  const submit = (on: string): DemoStep => ({
    action: "submit",
    by,
    values: {
      reporterName: who.name,
      reporterPost: who.post,
      mode: oral ? "oral" : "written",
      submittedOn: on,
    },
  });
  const steps: [string, DemoStep][] = [[submittedOn, submit(submittedOn)]];
  let last = submittedOn;
  if (returned) {
    const returnedOn = workingOnOrAfter(shift(submittedOn, 3));
    last = workingOnOrAfter(shift(returnedOn, d.int(4, 8)));
    steps.push(
      [
        returnedOn,
        {
          action: "returnForRework",
          by: pools.OFFICE_USER,
          values: { returnedOn, returnReason: d.pick(pools.RETURN_REASONS) },
        },
      ],
      [last, submit(last)],
    );
  }
  const evaluatedOn = oral ? meeting : workingOnOrAfter(shift(last, d.int(5, 20)));
  const score = d.int(78, 97);
  steps.push([
    evaluatedOn,
    {
      action: "evaluate",
      by: pools.OFFICE_USER,
      values: { evaluatedOn, score, grade: gradeOf(score), evaluators: evaluators(d, score) },
    },
  ]);
  return { plannedOn, steps: upTo(refs.today, steps) };
}

export const dutyReportDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const all = reporters(d);
  return demoYears(refs.today).flatMap((year): DemoRecord[] => {
    if (workingOnOrAfter(`${year}-11-06`) > refs.today) return [];
    // 2025: the vertical 分局 was put on the plan by mistake and taken off; other years leave it out.
    const required = all.filter((who) => who.code !== pools.VERTICAL_BUREAU || year === 2025);
    const reworked = d.pick(required.filter((who) => !pools.ORAL_REPORTERS.has(who.code))).code;
    return required.map((who) => {
      const base = { org: refs.org(who.code), year, dueDate: `${year}-12-25` };
      if (who.code === pools.VERTICAL_BUREAU) {
        const plannedOn = workingOnOrAfter(`${year}-11-06`);
        const removedOn = workingOnOrAfter(shift(plannedOn, 5));
        const remove: DemoStep = {
          action: "remove",
          by: pools.OFFICE_USER,
          values: {
            removedOn,
            removalReason:
              "该局为临汾市生态环境局派出机构，由上级主管部门组织述法，移出本市述法计划",
          },
        };
        return {
          by: pools.OFFICE_USER,
          values: { ...base, plannedOn },
          steps: upTo(refs.today, [[removedOn, remove]]),
        };
      }
      const { plannedOn, steps } = reportOf(refs, d, year, who, who.code === reworked);
      return { by: pools.OFFICE_USER, values: { ...base, plannedOn }, steps };
    });
  });
};

export { meetingTopicDemo, studySessionDemo };
