// Demo roster of 侯马市: twelve legal advisers and public lawyers kept by the justice bureau's clerk
// (sfj_clerk), with the organisations each serves, terms renewed a few days before they end, one
// lawyer leaving at the end of the term in 2025, and a few matters handled outside fazhi.
import { shift as shiftDays, workingOnOrAfter } from "../../seed/working-days.js";
import { dice } from "../../seed/dice.js";
import { houmaTownships } from "../../seed/houma-orgs.js";
import * as people from "../../seed/people.js";
import type { RowValues } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { OTHER_MATTERS, ROSTER, type AdviserPlan } from "./demo-pools.js";

const BUREAU = "141081-D01";
const KEEPER = "sfj_clerk";

/** The day before the same date `years` later: the last day of a term begun on `from`. */
function termEnd(from: string, years: number): string {
  const next = `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;
  return new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
const nextTermEnd = (end: string, years: number): string => termEnd(shiftDays(end, 1), years);

type Dice = ReturnType<typeof dice>;

/**
 * 律师执业证号 (1 + 1410 临汾 + first year + sex + serial), 公职律师证号 (3 + …), or for a
 * scholar without a licence the number of the letter of appointment (聘书).
 */
function licenceNumber(d: Dice, plan: AdviserPlan, index: number): string {
  if (plan.kind === "legalScholar")
    return `侯政法顾聘〔${plan.appointed.slice(0, 4)}〕${String(index + 1)}号`;
  const head = plan.kind === "publicLawyer" ? "3" : "1";
  const since =
    plan.kind === "publicLawyer" ? plan.appointed.slice(0, 4) : String(d.int(2005, 2016));
  const serial = String(d.int(0, 999_999)).padStart(6, "0");
  return `${head}1410${since}${plan.male ? "1" : "2"}0${serial}`;
}

function steps(plan: AdviserPlan, end: string, today: string): DemoStep[] {
  const taken: DemoStep[] = [];
  let termEndDate = end;
  for (;;) {
    if (plan.leavesAtTermEnd) {
      if (termEndDate <= today)
        taken.push({
          action: "leave",
          by: KEEPER,
          values: {
            leftDate: termEndDate,
            leavingReason: "termEnded",
            leavingNote: "聘期届满，本人因所内工作调整不再续聘",
          },
        });
      return taken;
    }
    // Renewed about two weeks before the term ends.
    const on = workingOnOrAfter(shiftDays(termEndDate, -14));
    if (!plan.renews || on > today) return taken;
    termEndDate = nextTermEnd(termEndDate, plan.termYears);
    taken.push({ action: "renew", by: KEEPER, values: { renewedDate: on, termEndDate } });
  }
}

function otherMatters(d: Dice, refs: DemoRefs, plan: AdviserPlan, leftBy: string): RowValues[] {
  const rows: RowValues[] = [];
  for (
    let year = Number(plan.appointed.slice(0, 4));
    year <= Number(refs.today.slice(0, 4));
    year += 1
  ) {
    const count = d.int(0, 2);
    for (let i = 0; i < count; i += 1) {
      const date = workingOnOrAfter(
        `${year}-${String(d.int(2, 11)).padStart(2, "0")}-${String(d.int(1, 25)).padStart(2, "0")}`,
      );
      if (date < plan.appointed || date > refs.today || date > leftBy) continue;
      const [kind, text] = d.pick(OTHER_MATTERS);
      const served = d.pick(plan.serves);
      rows.push({ date, kind, description: text.replace("{org}", orgName(served.org)) });
    }
  }
  return rows.sort((a, b) => String(a.date).localeCompare(String(b.date)));
}

/** Departments of the demo tree by short code (src/seed/houma-orgs.ts); townships by division code. */
const DEPARTMENTS: Readonly<Record<string, string>> = {
  D01: "侯马市司法局",
  D02: "侯马市人民政府办公室",
  D03: "侯马市财政局",
  D06: "侯马市行政审批服务管理局",
  D07: "侯马市自然资源局",
  D09: "侯马市住房和城乡建设管理局",
  D13: "侯马市卫生健康局",
  D15: "侯马市农业农村局",
  D16: "侯马市文化和旅游局",
};
function orgName(short: string): string {
  if (short === "") return "侯马市人民政府";
  const name =
    DEPARTMENTS[short] ?? houmaTownships.find((town) => town.code === `141081${short}`)?.name;
  if (name === undefined) throw new Error(`demo data: unknown org ${short}`);
  return name;
}

export const legalAdviserDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const chooser = { ...d, char: (chars: string) => chars.charAt(d.int(0, chars.length - 1)) };
  const names = new Set<string>();
  const nameOf = (male: boolean): string => {
    let name = "";
    do name = d.pick(people.SURNAMES) + d.pick(male ? people.MALE_NAMES : people.FEMALE_NAMES);
    while (names.has(name));
    names.add(name);
    return name;
  };
  return ROSTER.filter((plan) => plan.appointed <= refs.today).map((plan, index): DemoRecord => {
    const end = termEnd(plan.appointed, plan.termYears);
    const script = steps(plan, end, refs.today);
    const left = script.find((step) => step.action === "leave")?.values?.leftDate;
    const leftBy = typeof left === "string" ? left : refs.today;
    return {
      by: KEEPER,
      values: {
        name: nameOf(plan.male),
        kind: plan.kind,
        employer: plan.employer,
        licenceNumber: licenceNumber(d, plan, index),
        phone: people.phone(chooser),
        managingOrg: refs.org(BUREAU),
        appointedDate: plan.appointed,
        termEndDate: end,
        servedOrgs: plan.serves.map((served) => ({
          org: orgName(served.org),
          fromDate: plan.appointed,
          arrangement: served.arrangement,
          ...(typeof left === "string" ? { toDate: left } : {}),
        })),
        otherMatters: otherMatters(d, refs, plan, leftBy),
      },
      steps: script,
    };
  });
};
