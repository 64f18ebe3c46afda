// Demo duty reports (述法) of 侯马市: each year's plan takes in every department and township but
// the vertical 分局; reports come in writing from mid-November or orally at the January meeting,
// one each year is returned for rework, and the panel evaluates them. 2023 is evaluated in full
// (coverage 100 %); the load day's year may be partly done.
import { houmaOrgTree } from "../../seed/houma-orgs.js";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from "../../seed/people.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import type { RowValues } from "../../kernel/values.js";
import * as pools from "./demo-pools.js";
import { demoYears, leadershipDice, type Dice } from "./demo-dates.js";
import { shift, workingOnOrAfter } from "../../seed/working-days.js";
import { upTo } from "./demo-steps.js";

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
    action: "submitReport",
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
  const d = leadershipDice(refs.random);
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
