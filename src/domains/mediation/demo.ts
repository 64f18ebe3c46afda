// Demo people's mediation cases of 侯马市: the 943 cases mediated in 2023 (all ending in an
// agreement, a minority then judicially confirmed), some finished cases of 2025–2026 (a few of
// them failed), and open cases with live deadlines near the load day. Every case is kept by the
// mediator tj_mediator, whose scope takes in every committee.
import { textOf } from "../../kernel/values.js";
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import type { FieldValue, RowValues, ScalarValue } from "../../kernel/values.js";
import { houmaOrgTree } from "../../seed/houma-orgs.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep, OrgSeed } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import type { DisputeType, Source } from "./demo-pools.js";
import { dice, type Dice } from "../../seed/dice.js";

const MEDIATOR = "tj_mediator";
const CITY = "141081";
const BUREAU = `${CITY}-D01`;
/** Mediation cases of 侯马市 in 2023. */
export const CASES_2023 = 943;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const working = (date: string): boolean => {
  const day = parseIsoDate(date);
  return day !== null && isWorkingDay(day);
};
const onOrAfter = (date: string): string => {
  let day = date;
  while (!working(day)) day = shift(day, 1);
  return day;
};
const later = (a: string, b: string): string => (a > b ? a : b);

/** "a ×3 b c ×2" → [a, a, a, b, c, c]. */
const weighted = (text: string): string[] =>
  text.split(" ").flatMap((item, i, all) => {
    const times = /^×(\d+)$/.exec(all[i + 1] ?? "")?.[1];
    return item.startsWith("×") ? [] : Array<string>(Number(times ?? 1)).fill(item);
  });

// ---- Committees, read from the org tree so the demo and the seed never disagree ----

type CommitteeKind = "village" | "community" | "township" | "subdistrict" | "sector";
export interface Committee {
  readonly code: string;
  readonly name: string;
  readonly kind: CommitteeKind;
  readonly guidingOrg: string;
  /** The township or subdistrict's short name, for police stations ("" for sector committees). */
  readonly place: string;
}

function committeesOf(node: OrgSeed, township: OrgSeed | null, out: Committee[]): Committee[] {
  const here = node.kind === "township" || node.kind === "subdistrict" ? node : township;
  if (node.kind === "committee" && /-T[WJ]/.test(node.code)) {
    const sector = node.code.includes("-TJ");
    const village = /-TW-\d+$/.test(node.code);
    out.push({
      code: node.code,
      name: node.name,
      kind: sector
        ? "sector"
        : village
          ? node.name.includes("社区")
            ? "community"
            : "village"
          : here?.kind === "subdistrict"
            ? "subdistrict"
            : "township",
      guidingOrg: sector || !here ? BUREAU : `${here.code}-SFS`,
      place: sector || !here ? "" : here.name.replace(/(街道|乡)$/, ""),
    });
  }
  for (const child of node.children ?? []) committeesOf(child, here, out);
  return out;
}
export const COMMITTEES: readonly Committee[] = committeesOf(houmaOrgTree, null, []);

/** Relative case loads: village committees take most disputes, sector committees their own. */
const SECTOR_LOAD: Readonly<Record<string, number>> = {
  TJ01: 2.2,
  TJ02: 0.6,
  TJ03: 0.5,
  TJ04: 0.9,
  TJ05: 1.1,
  TJ06: 0.5,
};
const LOAD: Readonly<Record<Exclude<CommitteeKind, "sector">, number>> = {
  village: 1,
  community: 1.1,
  township: 1,
  subdistrict: 1.3,
};
const sectorKey = (code: string): string => code.slice(-4);

function disputeTypeFor(d: Dice, committee: Committee): DisputeType {
  if (committee.kind === "sector") {
    const type = pools.SECTOR_TYPES[sectorKey(committee.code)];
    if (!type) throw new Error(`demo data: no dispute type for ${committee.code}`);
    return type;
  }
  return d.pick(weighted(pools.MIX[committee.kind])) as DisputeType;
}

// ---- One case ----

export interface Plan {
  readonly committee: string;
  readonly type?: DisputeType;
  /** How it ends; open cases stop in `stop` instead. */
  readonly ending?: "close" | "confirm" | "fail";
  readonly failureReason?: "partyRefused" | "noAgreement" | "partyWithdrew" | "wentToCourt";
  readonly stop?: "mediating" | "agreed" | "confirming";
  /** Fixed dates for open cases; otherwise drawn from the dispute type. */
  readonly agreementDate?: string;
  readonly appliedDate?: string;
}

const REFERRERS: Readonly<Record<Source, string | null>> = {
  application: null,
  ownInitiative: null,
  courtReferral: "侯马市人民法院",
  policeReferral: "",
  petitionReferral: "侯马市信访局",
};

class CaseFactory {
  private readonly mediators = new Map<string, readonly string[]>();
  private readonly pairs = new Set<string>();
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {}

  private committee(code: string): Committee {
    const committee = COMMITTEES.find((c) => c.code === code);
    if (!committee) throw new Error(`demo data: unknown committee ${code}`);
    return committee;
  }

  /** Two to four mediators a committee, the same ones all year. */
  private mediatorOf(committee: Committee): string {
    let names = this.mediators.get(committee.code);
    if (!names) {
      const { d } = this;
      names = Array.from({ length: d.int(2, 4) }, () =>
        d.chance(0.6)
          ? d.pick(pools.SURNAMES) + d.pick(pools.MALE_NAMES)
          : d.pick(pools.SURNAMES) + d.pick(pools.FEMALE_NAMES),
      );
      this.mediators.set(committee.code, names);
    }
    return this.d.pick(names);
  }

  private person(
    surname: string | null,
    day: string,
    ages: readonly [number, number] = [22, 72],
  ): { name: string; idNumber: string; phone: string } {
    const { d } = this;
    const male = d.chance(0.58);
    const name =
      (surname ?? d.pick(pools.SURNAMES)) + d.pick(male ? pools.MALE_NAMES : pools.FEMALE_NAMES);
    return { name, idNumber: pools.idNumber(d, male, d.int(...ages), day), phone: pools.phone(d) };
  }

  private parties(
    type: DisputeType,
    text: string,
    committee: Committee,
    day: string,
  ): Record<string, FieldValue> {
    const { d } = this;
    const spec = pools.DISPUTES[type];
    const personParty = (key: "A" | "B", person: ReturnType<CaseFactory["person"]>) => ({
      [`party${key}Name`]: person.name,
      [`party${key}Kind`]: "person",
      [`party${key}IdNumber`]: person.idNumber,
      [`party${key}Phone`]: person.phone,
    });
    const orgParty = (key: "A" | "B", org: pools.Organisation) => ({
      [`party${key}Name`]: org.name,
      [`party${key}Kind`]: "organisation",
      [`party${key}CreditCode`]: org.creditCode,
      [`party${key}Phone`]: org.phone,
    });
    for (let attempt = 0; ; attempt += 1) {
      const elder = text.includes("七旬");
      const a = this.person(null, day, elder ? [70, 86] : [22, 72]);
      let values: Record<string, FieldValue>;
      if (spec.other.startsWith("applicantOrg:")) {
        const pool = spec.other.slice("applicantOrg:".length) as pools.OrgPool;
        const org = d.pick(pools.ORGS[pool]);
        values = { ...orgParty("A", org), ...personParty("B", a) };
      } else if (spec.other === "village") {
        const village =
          committee.kind === "village"
            ? committee.name.replace(/人民调解委员会$/, "")
            : d.pick(pools.VILLAGES);
        values = {
          ...personParty("A", a),
          partyBName: `${village}村民委员会`,
          partyBKind: "organisation",
        };
      } else if (spec.other === "person" || spec.other === "relative") {
        const kin = spec.other === "relative" && /七旬|兄弟/.test(text);
        const surname = kin ? a.name.slice(0, 1) : null;
        const b = this.person(surname, day, elder ? [40, 58] : [22, 72]);
        values = { ...personParty("A", a), ...personParty("B", b) };
      } else {
        values = {
          ...personParty("A", a),
          ...orgParty("B", d.pick(pools.ORGS[spec.other as pools.OrgPool])),
        };
      }
      const pair = `${textOf(values.partyAName)}|${textOf(values.partyBName)}`;
      if (!this.pairs.has(pair) || attempt > 5) {
        this.pairs.add(pair);
        return { parties: [partyRow(values, "A"), partyRow(values, "B")] };
      }
    }
  }

  build(plan: Plan, accepted: string): DemoRecord {
    const { d } = this;
    const committee = this.committee(plan.committee);
    const type = plan.type ?? disputeTypeFor(d, committee);
    const spec = pools.DISPUTES[type];
    const source = d.pick(weighted(spec.sources)) as Source;
    const index = d.int(0, spec.summaries.length - 1);
    const agreementText =
      spec.agreements.length === spec.summaries.length
        ? (spec.agreements[index] ?? "")
        : d.pick(spec.agreements);
    const [low, high, step] = spec.amount ?? [0, 0, 1];
    const amount = d.int(low / step, high / step) * step;
    const agreed = Math.max(step, Math.round((amount * d.int(55, 100)) / 100 / step) * step);
    const fill = (text: string): string =>
      text.replace(/\{(\w+)\}/g, (_, token: string) => {
        const numbers: Readonly<Record<string, () => number>> = {
          amt: () => amount,
          agreed: () => agreed,
          small: () => d.int(2, 30) * 100,
          days: () => d.int(3, 30),
          day: () => d.int(5, 10),
          n: () => d.int(3, 12),
          year: () => Number(accepted.slice(0, 4)) - d.int(1, 3),
          cm: () => d.int(10, 60),
          rows: () => d.int(1, 3),
        };
        const number = numbers[token];
        return number ? String(number()) : d.pick(pools.TOKENS[token] ?? [token]);
      });
    const summaryText = spec.summaries[index] ?? "";
    const referrer =
      source === "policeReferral"
        ? type === "trafficAccident"
          ? "侯马市公安局交通警察大队"
          : `侯马市公安局${committee.place || d.pick(["路东", "路西", "浍滨"])}派出所`
        : REFERRERS[source];
    const how: Readonly<Record<Source, string>> = {
      application: "，申请人申请调解。",
      courtReferral: "。当事人起诉至侯马市人民法院，经法院立案前委派本委员会调解。",
      policeReferral: `。经${referrer ?? ""}出警处置后移送本委员会调解。`,
      petitionReferral: "。当事人到侯马市信访局反映，经信访部门转交本委员会调解。",
      ownInitiative: "。调解员排查矛盾纠纷时发现，经双方当事人同意主动调解。",
    };
    const withMoney = /\{(amt|agreed)\}/.test(summaryText + agreementText);
    const values: Record<string, FieldValue> = {
      committee: this.refs.org(committee.code),
      guidingOrg: this.refs.org(committee.guidingOrg),
      mediatorName: this.mediatorOf(committee),
      disputeType: type,
      source,
      ...(referrer ? { referringOrgName: referrer } : {}),
      ...this.parties(type, summaryText, committee, accepted),
      disputeSummary: fill(summaryText) + how[source],
      ...(withMoney && spec.amount ? { amountInDispute: amount } : {}),
      acceptedDate: accepted,
    };
    const agreement = {
      text: fill(agreementText),
      amount: agreementText.includes("{agreed}") ? agreed : null,
    };
    return { by: MEDIATOR, values, steps: script(d, plan, type, accepted, agreement) };
  }
}

/** The steps of one case from its acceptance: create + agreement + closing, or a failure. */
function script(
  d: Dice,
  plan: Plan,
  type: DisputeType,
  accepted: string,
  agreement: { readonly text: string; readonly amount: number | null },
): DemoStep[] {
  const steps: DemoStep[] = [];
  const take = (action: string, values: Record<string, FieldValue>) =>
    steps.push({ action, by: MEDIATOR, values });
  const spec = pools.DISPUTES[type];
  if (plan.stop === "mediating") return steps;
  const agreedOn = plan.agreementDate ?? shift(accepted, d.int(...spec.days));
  if (plan.ending === "fail") {
    take("fail", {
      failedDate: agreedOn,
      failureReason: plan.failureReason ?? "noAgreement",
      remedyAdvice:
        type === "labour" ? (pools.FAILURE_ADVICE[1] ?? "") : d.pick(pools.FAILURE_ADVICE),
    });
    return steps;
  }
  const confirm = plan.ending === "confirm" || plan.stop === "confirming";
  const oral = !confirm && agreement.amount === null && d.chance(spec.oral * 2);
  take("reachAgreement", {
    agreementDate: agreedOn,
    agreementForm: oral || (!confirm && d.chance(spec.oral / 2)) ? "oral" : "written",
    agreementSummary: agreement.text,
    ...(agreement.amount === null ? {} : { agreementAmount: agreement.amount }),
  });
  if (plan.stop === "agreed") return steps;
  if (confirm) {
    const applied = plan.appliedDate ?? onOrAfter(shift(agreedOn, d.int(1, 20)));
    take("applyConfirmation", { confirmationAppliedDate: applied, confirmationCourt: pools.COURT });
    if (plan.stop === "confirming") return steps;
    const ruling = onOrAfter(shift(applied, d.int(2, 14)));
    take("recordRuling", {
      confirmationRulingDate: ruling,
      confirmationResult: "confirmed",
      performance: d.chance(0.6) ? "performed" : "performing",
      closedDate: shift(ruling, d.int(0, 3)),
    });
    return steps;
  }
  const immediate = agreement.text.includes("当场") || d.chance(0.25);
  const performance = immediate ? "immediate" : d.chance(0.7) ? "performed" : "performing";
  take("close", {
    performance,
    closedDate: shift(
      agreedOn,
      performance === "immediate" ? 0 : performance === "performed" ? d.int(3, 30) : d.int(1, 10),
    ),
  });
  return steps;
}

/** Dispute types whose written agreements the parties sometimes have judicially confirmed. */
const CONFIRMABLE = new Set<DisputeType>([
  "trafficAccident",
  "privateLending",
  "finance",
  "labour",
  "marriageFamily",
  "contract",
  "insurance",
  "damages",
]);

/** 943 committees for 2023, apportioned by load (with some spread between committees). */
function committeeLoads(d: Dice): string[] {
  const weights = COMMITTEES.map((c) => ({
    code: c.code,
    weight:
      (c.kind === "sector" ? (SECTOR_LOAD[sectorKey(c.code)] ?? 0.5) : LOAD[c.kind]) *
      (c.kind === "sector" ? 1 : 0.7 + d.int(0, 60) / 100),
  }));
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  const counts = weights.map((w) => ({ ...w, count: Math.floor((CASES_2023 * w.weight) / total) }));
  let left = CASES_2023 - counts.reduce((sum, c) => sum + c.count, 0);
  for (const entry of [...counts].sort((a, b) => b.weight - a.weight)) {
    if (left === 0) break;
    entry.count += 1;
    left -= 1;
  }
  return counts.flatMap((c) => Array<string>(c.count).fill(c.code));
}

function cases2023(factory: CaseFactory, d: Dice): DemoRecord[] {
  const committees = d.shuffle(committeeLoads(d));
  // Acceptance days spread over the working days of the year, from 3 January to 29 December.
  const days = committees
    .map((_, i) => {
      const offset = Math.round((i * 355) / committees.length) + d.int(-2, 2);
      return onOrAfter(shift("2023-01-03", Math.max(0, Math.min(358, offset))));
    })
    .sort();
  return committees.map((code, i) => {
    const accepted = days[i] ?? "2023-06-01";
    const committee = COMMITTEES.find((c) => c.code === code);
    const type = committee ? disputeTypeFor(d, committee) : undefined;
    const confirm = type !== undefined && CONFIRMABLE.has(type) && d.chance(0.1);
    return factory.build(
      { committee: code, ...(type ? { type } : {}), ending: confirm ? "confirm" : "close" },
      accepted,
    );
  });
}

const TW = (township: string, village = ""): string =>
  `${CITY}${township}-TW${village ? `-${village}` : ""}`;
const TJ = (n: number): string => `${BUREAU}-TJ0${n}`;

/** Finished cases of 2025–2026 by the day of acceptance (kept only if over by the load day). */
const RECENT: readonly (readonly [string, Plan])[] = [
  ["2025-01-08", { committee: TW("004"), type: "neighbour", ending: "close" }],
  ["2025-02-17", { committee: TJ(1), ending: "confirm" }],
  ["2025-03-11", { committee: TW("200", "01"), type: "land", ending: "fail" }],
  ["2025-04-02", { committee: TJ(5), ending: "close" }],
  ["2025-05-19", { committee: TJ(2), ending: "fail", failureReason: "wentToCourt" }],
  ["2025-06-10", { committee: TW("001", "01"), type: "property", ending: "close" }],
  ["2025-07-21", { committee: TJ(4), ending: "close" }],
  ["2025-08-13", { committee: TW("202"), type: "homestead", ending: "close" }],
  ["2025-09-09", { committee: TJ(6), ending: "confirm" }],
  [
    "2025-10-14",
    {
      committee: TW("005", "01"),
      type: "neighbour",
      ending: "fail",
      failureReason: "partyRefused",
    },
  ],
  ["2025-11-04", { committee: TJ(3), ending: "close" }],
  ["2025-12-02", { committee: TW("002"), type: "damages", ending: "close" }],
  ["2026-01-13", { committee: TW("201", "02"), type: "marriageFamily", ending: "close" }],
  ["2026-02-24", { committee: TJ(1), ending: "close" }],
  ["2026-03-17", { committee: TW("003"), type: "contract", ending: "close" }],
  ["2026-04-21", { committee: TJ(5), ending: "fail", failureReason: "noAgreement" }],
  ["2026-05-12", { committee: TW("004", "01"), type: "land", ending: "close" }],
  ["2026-06-23", { committee: TJ(4), ending: "confirm" }],
  ["2026-08-04", { committee: TW("201"), type: "privateLending", ending: "close" }],
];

/**
 * Open cases, accepted this many days before the load day: where the one-month mediation
 * period or the 30-day window for judicial confirmation stands is in the comments.
 */
const OPEN: readonly (readonly [number, Plan, number?, number?])[] = [
  [2, { committee: TW("001", "02"), type: "neighbour", stop: "mediating" }], // a month ahead
  [9, { committee: TJ(1), stop: "mediating" }],
  [18, { committee: TW("200"), type: "land", stop: "mediating" }],
  [27, { committee: TJ(2), stop: "mediating" }], // due in a few days
  [36, { committee: TJ(5), stop: "mediating" }], // past the one-month target
  [20, { committee: TJ(6), stop: "agreed" }, 4], // confirmation window: 26 days left
  [40, { committee: TJ(1), stop: "agreed" }, 27], // 3 days left
  [35, { committee: TJ(4), stop: "confirming" }, 20, 6], // applied, awaiting the ruling
  [12, { committee: TW("005"), type: "marriageFamily", stop: "agreed" }, 1],
];

/** The latest date a record carries. */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce(later, "");

export const mediationDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new CaseFactory(refs, d);
  const recent = RECENT.map(([date, plan]) => factory.build(plan, onOrAfter(date)));
  const open = OPEN.map(([ago, plan, agreedAgo, appliedAgo]) =>
    factory.build(
      {
        ...plan,
        ...(agreedAgo === undefined ? {} : { agreementDate: shift(refs.today, -agreedAgo) }),
        ...(appliedAgo === undefined ? {} : { appliedDate: shift(refs.today, -appliedAgo) }),
      },
      shift(refs.today, -ago),
    ),
  );
  // Numbers follow the day of acceptance, as the committees' registers do.
  const byAcceptance = (a: DemoRecord, b: DemoRecord) =>
    textOf(a.values.acceptedDate).localeCompare(textOf(b.values.acceptedDate));
  return [...cases2023(factory, d), ...[...recent, ...open].sort(byAcceptance)].filter(
    (record) => lastDate(record) <= refs.today,
  );
};

/** One row of the parties table from the A or B values the factory draws. */
function partyRow(values: Readonly<Record<string, FieldValue>>, key: "A" | "B"): RowValues {
  const cell = (name: string): ScalarValue => {
    const value = values[`party${key}${name}`];
    return value === undefined || Array.isArray(value) ? null : (value as ScalarValue);
  };
  return {
    name: cell("Name"),
    kind: cell("Kind"),
    idNumber: cell("IdNumber"),
    creditCode: cell("CreditCode"),
    phone: cell("Phone"),
  };
}
