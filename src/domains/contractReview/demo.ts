// Demo contract reviews of 侯马市: the 40 contracts of 2023 (the city's 2023 annual report: 审查市政府
// 及各职能部门拟签订的合同40份), from the city government, its office, departments and townships,
// most with risks found, five to be changed before signing and one guarantee advised against;
// some reviews of 2024–2026, one withdrawn; and open reviews near the load day with live clocks,
// one returned for materials. The justice bureau registers (sfj_clerk) and reviews (sfj_reviewer,
// sfj_head); an adviser on the roster at the time assists with about half of them.
import { workdays, shift, workingOnOrAfter } from "../../seed/working-days.js";
import { houmaTownships } from "../../seed/houma-orgs.js";
import { dice, type Dice } from "../../seed/dice.js";
import * as people from "../../seed/people.js";
import type { FieldValue, RowValues } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import * as pools from "./demo-pools.js";

const BUREAU = "141081-D01";
const CLERK = "sfj_clerk";
const orgCode = (short: string): string =>
  short === "" ? "141081" : short.startsWith("D") ? `141081-${short}` : `141081${short}`;
/** The working day `count` working days before the date. */
function workingDaysBefore(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = shift(day, -1);
    if (workingOnOrAfter(day) === day) left -= 1;
  }
  return day;
}

type Conclusion = "approve" | "approveWithChanges" | "adviseAgainst";
interface Plan {
  readonly org: string;
  readonly kind: string;
  readonly received: string;
  readonly conclusion: Conclusion | "open" | "withdraw";
  /** Returned for materials; for an open review, still waiting for them. */
  readonly returned: boolean;
  readonly riskCount: number;
}

class ReviewFactory {
  private readonly chooser;
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {
    this.chooser = { ...d, char: (chars: string) => chars.charAt(d.int(0, chars.length - 1)) };
  }

  private counterparty(plan: Plan, trade: string): Record<string, FieldValue> {
    const { d } = this;
    if (trade === "")
      return {
        counterpartyName: d.pick(people.SURNAMES) + d.pick(people.MALE_NAMES),
        counterpartyKind: "person",
      };
    const name =
      plan.kind === "loanGuarantee"
        ? "山西侯马农村商业银行股份有限公司"
        : `${d.pick(pools.FIRM_PLACES)}${d.pick(pools.FIRM_WORDS)}${trade}`;
    return {
      counterpartyName: name,
      counterpartyKind: "organization",
      counterpartyCreditCode: people.creditCode(this.chooser, name),
    };
  }

  /** An adviser on the roster on the day, for about half of the reviews. */
  private adviser(day: string): string | null {
    const onRoster = this.refs
      .loaded("legalAdviser")
      .filter(
        (adviser) =>
          typeof adviser.values.appointedDate === "string" &&
          adviser.values.appointedDate <= day &&
          (typeof adviser.values.leftDate !== "string" || adviser.values.leftDate > day),
      );
    return onRoster.length > 0 && this.d.chance(0.5) ? this.d.pick(onRoster).link : null;
  }

  private risks(plan: Plan, conclusion: Conclusion): RowValues[] {
    const { d } = this;
    const found =
      conclusion === "adviseAgainst"
        ? pools.GUARANTEE_RISKS
        : d.shuffle(pools.RISKS).slice(0, plan.riskCount);
    return found.map(([riskKind, description, suggestion]) => ({
      riskKind,
      description,
      suggestion,
      adopted: conclusion !== "adviseAgainst" && d.chance(0.9),
    }));
  }

  private opinion(conclusion: Conclusion, risks: readonly RowValues[]): string {
    const kinds = [...new Set(risks.map((risk) => String(risk.riskKind)))].length;
    if (conclusion === "adviseAgainst")
      return "经审查，该合同约定由政府部门为融资平台公司债务提供担保，违反《预算法》第三十五条的禁止性规定，不宜签订。";
    if (conclusion === "approveWithChanges")
      return `经审查，合同在${String(kinds)}个方面存在法律风险，建议送审单位按审查意见修改完善、与相对方协商一致后签订，修改稿报我局备查。`;
    if (risks.length === 0)
      return "经审查，合同主体适格，内容不违反法律、行政法规的强制性规定，权利义务约定明确，同意签订。";
    return `经审查，合同主体适格，内容合法。对${String(risks.length)}处条款提出修改建议，送审单位已据此修改，同意签订。`;
  }

  build(plan: Plan): DemoRecord {
    const { d, refs } = this;
    const [title, trade, low, high] = d.pick(pools.TITLES[plan.kind] ?? []);
    const town = houmaTownships.find((item) => item.code === orgCode(plan.org));
    const amount = high === 0 ? null : Math.round(d.int(low, high) / 100) * 100;
    return {
      by: CLERK,
      values: {
        contractTitle: title
          .replace("{year}", plan.received.slice(0, 4))
          .replace("{town}", town ? town.name : "城区"),
        contractKind: plan.kind,
        reviewingOrg: refs.org(BUREAU),
        requestingOrg: refs.org(orgCode(plan.org)),
        ...this.counterparty(plan, trade),
        ...(amount === null ? {} : { amount }),
        receivedDate: plan.received,
      },
      steps: this.script(plan),
    };
  }

  private script(plan: Plan): DemoStep[] {
    const { d } = this;
    const steps: DemoStep[] = [];
    let day = plan.received;
    if (plan.returned) {
      const notice = workdays(day, d.int(1, 2));
      steps.push({
        action: "requestMaterials",
        by: "sfj_reviewer",
        values: {
          materialsNoticeDate: notice,
          materialsItems: `请补充：${d.pick(pools.MATERIALS)}`,
        },
      });
      if (plan.conclusion === "open") return steps;
      day = workdays(notice, d.int(2, 5));
      steps.push({ action: "receiveMaterials", by: CLERK, values: { materialsReceivedDate: day } });
    }
    if (plan.conclusion === "open") return steps;
    if (plan.conclusion === "withdraw") {
      steps.push({
        action: "withdraw",
        by: CLERK,
        values: {
          withdrawnDate: workdays(day, d.int(1, 3)),
          withdrawalReason: d.pick(pools.WITHDRAWAL_REASONS),
        },
      });
      return steps;
    }
    const risks = this.risks(plan, plan.conclusion);
    const adviser = this.adviser(day);
    steps.push({
      action: "conclude",
      by: plan.conclusion === "approve" ? "sfj_reviewer" : "sfj_head",
      values: {
        ...(adviser === null ? {} : { adviser }),
        opinion: this.opinion(plan.conclusion, risks),
        conclusion: plan.conclusion,
        risks,
        reviewedDate: workdays(day, d.int(1, plan.returned ? 3 : 5)),
      },
    });
    return steps;
  }
}

const LATER_KINDS = ["procurement", "construction", "services", "stateAssets", "investment"];
const LATER_ORGS = ["", "D02", "D05", "D07", "D09", "D12", "D13", "003", "200"];

export const contractReviewDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new ReviewFactory(refs, d);
  const returned2023 = new Set([7, 18, 29, 35]);
  const reviews2023 = pools.CONTRACTS_2023.map(([org, kind], i): Plan => {
    const conclusion: Conclusion =
      i === pools.ADVISED_AGAINST_2023
        ? "adviseAgainst"
        : pools.WITH_CHANGES_2023.has(i)
          ? "approveWithChanges"
          : "approve";
    const received = workingOnOrAfter(
      shift("2023-01-09", Math.round((i * 325) / 40) + d.int(0, 4)),
    );
    const riskCount = conclusion === "approve" ? (d.chance(0.8) ? d.int(1, 2) : 0) : d.int(2, 3);
    return { org, kind, received, conclusion, returned: returned2023.has(i), riskCount };
  });
  const later = [2024, 2025, 2026].flatMap((year) =>
    Array.from({ length: 5 }, (_, i): Plan => {
      const received = workingOnOrAfter(
        `${String(year)}-${String(2 + i * 2).padStart(2, "0")}-${String(d.int(3, 24)).padStart(2, "0")}`,
      );
      const conclusion: Plan["conclusion"] =
        year === 2025 && i === 2 ? "withdraw" : i === 3 ? "approveWithChanges" : "approve";
      return {
        org: d.pick(LATER_ORGS),
        kind: d.pick(LATER_KINDS),
        received,
        conclusion,
        returned: i === 1,
        riskCount: conclusion === "approve" ? d.int(0, 2) : d.int(2, 3),
      };
    }),
  );
  // Open near the load day: just received, due soon, overdue, and one waiting for materials.
  const today =
    workingOnOrAfter(refs.today) > refs.today ? workingDaysBefore(refs.today, 1) : refs.today;
  const open = [1, 5, 9, 4].map((age, i): Plan => ({
    org: ["D02", "D09", "", "D13"][i] ?? "D02",
    kind: ["procurement", "construction", "investment", "services"][i] ?? "other",
    received: workingDaysBefore(today, age),
    conclusion: "open",
    returned: i === 3,
    riskCount: 0,
  }));
  const records = [...reviews2023, ...later, ...open].map((plan) => factory.build(plan));
  return records.filter((record) => lastDate(record) <= refs.today);
};

/** The latest date a record carries: records after the load day are left out. */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce((a, b) => (a > b ? a : b), "");
