// Data tables for the litigation demo cases (demo.ts): the suits, how each one runs, and the
// words of hearings and performance. Every name is made up; any likeness is a coincidence.
// Courts follow 行政诉讼法 第14、15条: 侯马市人民法院 for departments and townships, 临汾市中级人民法院
// for suits against the city government (a county-level government); appeals go one level up.
import type { Outcome, SecondOutcome } from "./fields.js";

type Stop =
  | "received"
  | "defended"
  | "firstHeard"
  | "firstDecided"
  | "appealed"
  | "secondHeard"
  | "effective";
export type Moment =
  | "received"
  | "defence"
  | "hearing"
  | "judgment"
  | "served"
  | "appeal"
  | "secondHearing"
  | "effective";

export interface Plan {
  readonly outcome: Outcome;
  readonly hearing: boolean;
  readonly leaderAbsent: boolean;
  readonly appeal: "body" | "plaintiff" | null;
  readonly second: SecondOutcome | null;
  readonly secondHearing: boolean;
  readonly secondLeaderAbsent: boolean;
  /** After 改判: whether the body still lost. */
  readonly lostAfterRevision: boolean;
  /** Open cases stop in this state, their events this many working days before the load day. */
  readonly stop?: Stop;
  readonly at?: Partial<Record<Moment, number>>;
}

export interface Suit {
  /** Defendant org code: `D..` a department (141081-D..), else a full code. */
  readonly org: string;
  readonly category: string;
  /** Plaintiff organisation, or null: a person sues. */
  readonly company: string | null;
  /** The contested act, with tokens {date} {year} {n}. */
  readonly act: string;
  readonly claims: string;
  readonly plan: Plan;
}

/**
 * One suit a line: defendant | category | plaintiff ("-": a person) | act | claims | plan.
 * The plan: the first-instance outcome, then any of noHearing, absent (the leader did not
 * appear), body / plaintiff (who appealed) with the second-instance outcome, heard2, absent2,
 * won (the body won after 改判).
 */
export function parseSuit(line: string, extra: Partial<Plan> = {}): Suit {
  const [org = "", category = "", who = "-", act = "", claims = "", plan = ""] = line.split(" | ");
  const words = new Set(plan.trim().split(/\s+/));
  const [outcome = "claimsDismissed"] = plan.trim().split(/\s+/);
  const second = ["appealDismissed", "revised", "suitDismissed", "appealWithdrawn"].find(
    (word) => words.has(word) && word !== outcome,
  );
  return {
    org: org.startsWith("D") ? `141081-${org}` : org,
    category,
    company: who === "-" ? null : who,
    act,
    claims,
    plan: {
      outcome: outcome as Outcome,
      hearing: !words.has("noHearing"),
      leaderAbsent: words.has("absent"),
      appeal: words.has("body") ? "body" : words.has("plaintiff") ? "plaintiff" : null,
      second: (second ?? null) as SecondOutcome | null,
      secondHearing: words.has("heard2"),
      secondLeaderAbsent: words.has("absent2"),
      lostAfterRevision: !words.has("won"),
      ...extra,
    },
  };
}

/** 2023: the 21 cases of the annual report, in the order they were received. */
export const SUITS_2023 = `
D11 | penalty | - | {date}作出侯公(治)行罚决字〔{year}〕{n}号行政处罚决定，以原告在邻里纠纷中殴打他人为由，处行政拘留五日并处罚款五百元 | 撤销被诉行政处罚决定 | claimsDismissed plaintiff appealDismissed
D07 | registration | - | {date}依第三人申请办理不动产转移登记，将原告与他人共有的住房登记至第三人名下 | 撤销被诉不动产转移登记 | revoked body appealDismissed heard2
141081200 | coercion | - | {date}对原告在村道旁搭建的养殖棚实施强制拆除，事先未作出书面决定并催告 | 确认强制拆除行为违法并赔偿损失 | confirmedUnlawful
D04 | penalty | 侯马市惠家福超市 | {date}作出侯市监处罚〔{year}〕{n}号行政处罚决定，认定原告经营超过保质期的预包装食品，没收违法所得并罚款一万元 | 撤销被诉行政处罚决定 | claimsDismissed
D10 | workInjury | - | {date}作出不予认定工伤决定，认定原告在外出送货途中摔伤不属于工伤 | 撤销不予认定工伤决定，责令重新作出认定 | revoked body revised heard2 won
141081 | disclosure | - | 原告于{date}申请公开本村集体土地征收的补偿安置方案，被告逾期未予答复 | 判令被告依法作出答复 | orderedToPerform
D09 | penalty | 侯马市恒泰建筑工程有限公司 | {date}作出侯住建罚〔{year}〕{n}号行政处罚决定，认定原告未取得施工许可证擅自施工，责令停止施工并罚款三万五千元 | 撤销被诉行政处罚决定 | claimsDismissed plaintiff appealWithdrawn
D05 | penalty | - | {date}作出侯交执罚〔{year}〕{n}号行政处罚决定，认定原告驾驶小型轿车未取得经营许可从事网约车经营，罚款一万元 | 撤销被诉行政处罚决定 | claimsDismissed
141081001 | penalty | - | {date}作出侯路东综执罚〔{year}〕{n}号行政处罚决定，认定原告在城区道路旁占道经营烧烤摊点，没收经营工具并罚款五百元 | 撤销被诉行政处罚决定 | withdrawalAllowed noHearing
D07 | penalty | 侯马市泰和钢结构有限公司 | {date}作出侯自然资罚〔{year}〕{n}号行政处罚决定，认定原告未经批准占用集体耕地建设厂房，责令退还土地、拆除建筑并罚款二万六千四百元 | 撤销被诉行政处罚决定 | claimsDismissed plaintiff appealDismissed heard2 absent2
D11 | inaction | - | 原告于{date}报警称其承包果园的围网被人毁坏，认为被告未依法受案调查 | 确认被告不履行法定职责违法并判令其履行 | suitDismissed noHearing plaintiff appealDismissed
141081 | expropriation | - | {date}作出侯政征〔{year}〕{n}号房屋征收决定，将原告位于棚户区改造范围内的住房纳入征收范围 | 撤销被诉房屋征收决定 | claimsDismissed plaintiff appealDismissed
D17 | registration | - | {date}作出不予认定决定，认定原告不符合特困人员救助供养条件 | 撤销不予认定决定，责令重新作出认定 | claimsDismissed absent
D06 | licensing | 侯马市宏达货物运输有限公司 | {date}作出不予许可决定，对原告的道路货物运输经营许可申请不予许可 | 撤销不予许可决定，判令被告作出许可 | withdrawalAllowed
141081202 | expropriation | - | {date}作出补偿决定，对原告位于道路拓宽范围内的养殖场按临时建筑标准补偿 | 撤销补偿决定，判令被告按合法建筑标准补偿 | mediated
D04 | coercion | 侯马市华晟商贸有限公司 | {date}作出实施行政强制措施决定，查封原告仓库内涉嫌侵犯注册商标专用权的白酒 | 撤销查封决定 | claimsDismissed
D14 | penalty | 侯马市晋南机械铸造有限公司 | {date}作出侯应急罚〔{year}〕{n}号行政处罚决定，认定原告未按规定对从业人员进行安全生产教育和培训，罚款三万元 | 撤销被诉行政处罚决定 | claimsDismissed
D01 | disclosure | - | 原告申请公开其行政复议案件的全部卷宗材料，被告于{date}答复相关材料不属于政府信息公开范围 | 撤销被诉答复，判令被告重新答复 | suitDismissed
D15 | penalty | 侯马市平阳农资经营部 | {date}作出侯农罚〔{year}〕{n}号行政处罚决定，认定原告销售未取得登记证的农药，没收涉案农药并罚款一万元 | 撤销被诉行政处罚决定 | claimsDismissed absent
D09 | agreement | - | 原告与被告于{date}签订国有土地上房屋征收补偿协议，原告认为被告未按协议足额支付补偿款 | 判令被告履行补偿协议 | withdrawalAllowed noHearing
141081003 | penalty | 侯马市盛世华庭房地产开发有限公司 | {date}作出侯浍滨综执罚〔{year}〕{n}号行政处罚决定，认定原告施工工地未采取扬尘防治措施，罚款二万元 | 撤销被诉行政处罚决定 | suitDismissed
`;

/** 2025: a few cases received and closed (received on or after the date). */
export const SUITS_2025: readonly (readonly [string, string])[] = [
  [
    "2025-02-17",
    "D04 | penalty | 侯马市美佳美容美发店 | {date}作出侯市监处罚〔{year}〕{n}号行政处罚决定，认定原告经营场所内商品未按规定明码标价，罚款二千元 | 撤销被诉行政处罚决定 | claimsDismissed",
  ],
  [
    "2025-04-14",
    "D11 | penalty | - | {date}作出行政处罚决定，认定原告饮酒后驾驶小型汽车，罚款一千五百元并暂扣驾驶证六个月 | 撤销被诉行政处罚决定 | claimsDismissed plaintiff appealDismissed",
  ],
  [
    "2025-06-09",
    "141081005 | coercion | - | {date}对原告在小区公共绿地内搭建的彩钢板房实施强制拆除，未依法公告并催告 | 确认强制拆除行为违法 | confirmedUnlawful",
  ],
  [
    "2025-08-25",
    "D07 | disclosure | - | 原告申请公开涉及其承包地的征收批复，被告于{date}答复该信息不存在 | 撤销被诉答复，判令被告重新答复 | withdrawalAllowed",
  ],
];

/** Open cases: where each stops and how many working days before the load day its events fell. */
export const OPEN_SUITS: readonly (readonly [Partial<Plan>, string])[] = [
  [
    // Heard at second instance; the 3 months of 第88条 run out within a few weeks.
    {
      stop: "secondHeard",
      at: { received: 150, defence: 142, hearing: 100, judgment: 70, served: 66, appeal: 57 },
    },
    "141081 | expropriation | - | {date}作出侯政征〔{year}〕{n}号房屋征收决定，将原告位于城中村改造范围内的住房纳入征收范围 | 撤销被诉房屋征收决定 | claimsDismissed plaintiff appealDismissed heard2",
  ],
  [
    // Claims dismissed; the appeal window closes in about two days.
    {
      stop: "firstDecided",
      at: { received: 95, defence: 87, hearing: 40, judgment: 13, served: 10 },
    },
    "D09 | coercion | - | {date}作出强制拆除决定，对原告在小区公共绿地内搭建的阳光房实施强制拆除 | 撤销强制拆除决定 | claimsDismissed",
  ],
  [
    // Lost at first instance: the body's appeal window is open, some eight days left.
    {
      stop: "firstDecided",
      at: { received: 90, defence: 82, hearing: 30, judgment: 9, served: 5 },
    },
    "D04 | penalty | 侯马市鑫隆商贸有限公司 | {date}作出侯市监处罚〔{year}〕{n}号行政处罚决定，认定原告销售不符合食品安全标准的食品，没收违法所得并罚款五万元 | 撤销被诉行政处罚决定 | revoked",
  ],
  [
    // Effective some three weeks ago; performance is due.
    { stop: "effective", at: { received: 80, defence: 73, hearing: 45, judgment: 30, served: 27 } },
    "141081001 | inaction | - | 原告于{date}申请查处邻户违法加盖房屋遮挡其采光，被告未予处理 | 判令被告依法履行查处职责 | orderedToPerform",
  ],
  [
    { stop: "firstHeard", at: { received: 70, defence: 62, hearing: 8 } },
    "D11 | coercion | - | {date}作出扣押决定，扣押原告所有的一辆无号牌电动三轮车 | 撤销扣押决定并返还车辆 | claimsDismissed",
  ],
  [
    { stop: "defended", at: { received: 30, defence: 22 } },
    "D05 | penalty | 侯马市晋通物流有限公司 | {date}作出侯交执罚〔{year}〕{n}号行政处罚决定，认定原告所属重型半挂车违法超限运输，罚款五千元 | 撤销被诉行政处罚决定 | claimsDismissed",
  ],
  [
    // Defence overdue by about a week.
    { stop: "received", at: { received: 16 } },
    "141081201 | penalty | - | {date}作出侯高村综执罚〔{year}〕{n}号行政处罚决定，认定原告未取得乡村建设规划许可建设二层住房，责令限期拆除 | 撤销被诉行政处罚决定 | claimsDismissed",
  ],
  [
    // Defence due within a few days.
    { stop: "received", at: { received: 10 } },
    "D13 | penalty | - | {date}作出侯卫健罚〔{year}〕{n}号行政处罚决定，认定原告未取得医疗机构执业许可证开展口腔诊疗活动，罚款五万元 | 撤销被诉行政处罚决定 | claimsDismissed",
  ],
  [
    { stop: "received", at: { received: 2 } },
    "D12 | penalty | 侯马市启航文化传播有限公司 | {date}作出侯教罚〔{year}〕{n}号行政处罚决定，认定原告未经审批面向中小学生开展学科类校外培训，罚款三万元 | 撤销被诉行政处罚决定 | claimsDismissed",
  ],
];

export const STAFF_POSTS = ["法制股股长", "法规科科长", "综合办公室主任", "业务股股长"];
export const LAW_FIRMS = ["山西平阳律师事务所", "山西浍河律师事务所", "山西新绛门律师事务所"];
export const ABSENCE_REASONS = [
  "开庭当日负责人须参加市委常委会议研究重大事项，系他人不能代替的公务，已提交加盖公章的情况说明",
  "负责人因突发疾病住院治疗，无法出庭，已提交加盖公章的情况说明及病历证明",
  "开庭当日负责人带队处置防汛突发事件，无法出庭，已提交加盖公章的情况说明",
];
export const PERFORMANCE_NOTES: Partial<Record<Outcome, string>> = {
  revoked: "已按生效判决撤销被诉行政行为，并依法重新作出处理",
  confirmedUnlawful: "已按生效判决采取补救措施，与原告签订补偿协议并支付补偿款",
  orderedToPerform: "已在判决确定的期限内依法履行职责并书面告知原告",
  mediated: "已按调解书约定向原告足额支付补偿款",
};
