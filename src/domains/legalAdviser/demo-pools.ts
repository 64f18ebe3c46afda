// The demo roster of 侯马市's legal advisers and public lawyers: who, where from, which
// organisations they serve, and the story of each engagement (renewals, one departure).

/** Org short codes as in the demo tree: "D02" → 141081-D02, "001" → 141081001, "" → 141081. */
export interface AdviserPlan {
  readonly kind: "externalLawyer" | "legalScholar" | "publicLawyer";
  readonly employer: string;
  readonly appointed: string;
  /** Years of the first term (and of each renewal). */
  readonly termYears: number;
  /** Renewed a few days before each term's end, until the demo's load day. */
  readonly renews: boolean;
  /** The term ends without renewal: the adviser leaves on its last day. */
  readonly leavesAtTermEnd?: boolean;
  readonly serves: readonly {
    readonly org: string;
    readonly arrangement: "allocated" | "ownEngagement" | "ownStaff";
  }[];
  readonly male: boolean;
}

const allocated = (...orgs: string[]) =>
  orgs.map((org) => ({ org, arrangement: "allocated" as const }));

export const ROSTER: readonly AdviserPlan[] = [
  {
    kind: "externalLawyer",
    employer: "山西平阳律师事务所",
    appointed: "2021-03-15",
    termYears: 3,
    renews: true,
    serves: allocated("D02", "001"),
    male: true,
  },
  {
    kind: "externalLawyer",
    employer: "山西平阳律师事务所",
    appointed: "2021-03-15",
    termYears: 3,
    renews: true,
    serves: allocated("D07", "200"),
    male: false,
  },
  {
    kind: "externalLawyer",
    employer: "山西浍河律师事务所",
    appointed: "2021-03-15",
    termYears: 3,
    renews: true,
    serves: allocated("D09", "003"),
    male: true,
  },
  {
    kind: "externalLawyer",
    employer: "山西浍河律师事务所",
    appointed: "2022-04-01",
    termYears: 3,
    renews: false,
    leavesAtTermEnd: true,
    serves: allocated("D03", "002"),
    male: true,
  },
  {
    kind: "externalLawyer",
    employer: "山西新绛门律师事务所",
    appointed: "2022-04-01",
    termYears: 3,
    renews: true,
    serves: allocated("D15", "201"),
    male: false,
  },
  {
    kind: "externalLawyer",
    employer: "山西华炬律师事务所",
    appointed: "2024-05-06",
    termYears: 3,
    renews: true,
    serves: [...allocated("004", "D16"), { org: "D13", arrangement: "ownEngagement" }],
    male: true,
  },
  {
    kind: "legalScholar",
    employer: "山西师范大学法学院",
    appointed: "2021-03-15",
    termYears: 3,
    renews: true,
    serves: allocated(""),
    male: true,
  },
  {
    kind: "legalScholar",
    employer: "山西师范大学法学院",
    appointed: "2022-04-01",
    termYears: 3,
    renews: true,
    serves: allocated("", "D06"),
    male: false,
  },
  {
    kind: "publicLawyer",
    employer: "侯马市司法局",
    appointed: "2020-09-01",
    termYears: 5,
    renews: true,
    serves: [{ org: "D01", arrangement: "ownStaff" }, ...allocated("005")],
    male: false,
  },
  {
    kind: "publicLawyer",
    employer: "侯马市司法局",
    appointed: "2022-06-15",
    termYears: 5,
    renews: true,
    serves: [{ org: "D01", arrangement: "ownStaff" }, ...allocated("202")],
    male: true,
  },
  {
    kind: "publicLawyer",
    employer: "侯马市自然资源局",
    appointed: "2023-03-01",
    termYears: 5,
    renews: true,
    serves: [{ org: "D07", arrangement: "ownStaff" }],
    male: true,
  },
  {
    kind: "publicLawyer",
    employer: "侯马市人民政府办公室",
    appointed: "2023-07-10",
    termYears: 5,
    renews: true,
    serves: [{ org: "D02", arrangement: "ownStaff" }],
    male: false,
  },
];

/** Work outside fazhi, by matter kind; {org} is the organisation served. */
export const OTHER_MATTERS: readonly (readonly [kind: string, text: string])[] = [
  ["majorDecision", "参与{org}重大行政决策事项合法性论证，出具书面法律意见"],
  ["investment", "参与{org}招商引资项目洽谈，审阅投资意向书并提示法律风险"],
  ["litigation", "代理{org}行政诉讼案件出庭应诉"],
  ["reconsideration", "协助{org}办理行政复议答复，整理证据和依据"],
  ["other", "为{org}干部职工开展法律知识讲座"],
  ["other", "协助{org}处理信访事项涉法问题，出具法律意见"],
];
