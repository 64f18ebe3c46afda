// Data tables for the reconsideration demo cases (demo.ts): applicant pools and identifiers,
// contested acts, reasons, and the plans the cases follow. Every name is made up; any likeness
// to a real person or business is a coincidence.
import { words } from "../../seed/people.js";
import type { ACT_CATEGORIES, OUTCOMES } from "./fields.js";

export type ActCategory = (typeof ACT_CATEGORIES)[number]["value"];
export type Outcome = (typeof OUTCOMES)[number]["value"];

/** Document-number prefixes of the respondents' decisions; townships use 侯{short}综执罚. */
export const DOC_PREFIXES: Readonly<Record<string, string>> = {
  "141081-D04": "侯市监处罚",
  "141081-D05": "侯交执罚",
  "141081-D06": "侯审批决",
  "141081-D07": "侯自然资罚",
  "141081-D09": "侯住建罚",
  "141081-D10": "侯人社决",
  "141081-D11": "侯公(治)行罚决字",
  "141081-D12": "侯教罚",
  "141081-D13": "侯卫健罚",
  "141081-D14": "侯应急罚",
  "141081-D15": "侯农罚",
  "141081-D16": "侯文旅罚",
  "141081-D17": "侯民决",
};

export interface ActTemplate {
  /** Respondent org code, or "subdistrict" / "township" / "either" for a township-level government. */
  readonly org: string;
  readonly category: ActCategory;
  /** The contested act, with tokens {date} {no} {amt} {plate}. */
  readonly text: string;
  /** Fines or sums in dispute (元); one is drawn into {amt} and amountInvolved. */
  readonly amounts?: readonly number[];
  /** Applicant organisations that fit the act; a person applies where absent. */
  readonly orgs?: readonly string[];
}

/**
 * Contested acts, one a line: respondent (department code suffix D.., or 街道 / 乡 / 乡镇 for a
 * subdistrict / township / either) | category | description | fines or sums in dispute (元) |
 * applicant organisations ("-": a person applies).
 */
const ACT_TABLE = `
D04 | penalty | {date}作出{no}行政处罚决定，认定申请人经营超过保质期的预包装食品，没收违法所得并罚款{amt}元 | 5000 10000 20000 | 侯马市惠家福超市 侯马市鑫隆商贸有限公司
D04 | penalty | {date}作出{no}行政处罚决定，认定申请人经营场所内商品未按规定明码标价，罚款{amt}元 | 1000 2000 3000 | 侯马市老韩家面馆 侯马市美佳美容美发店
D04 | penalty | {date}作出{no}行政处罚决定，认定申请人销售不符合强制性国家标准的电动自行车，没收涉案车辆并罚款{amt}元 | 30000 50000 | 侯马市明德电动车商行
D04 | penalty | {date}作出{no}行政处罚决定，认定申请人使用未经定期检验的电梯，责令停止使用并罚款{amt}元 | 30000 50000 | 侯马市晋都物业服务有限公司 侯马市金桥酒店管理有限公司
D04 | coercion | {date}作出实施行政强制措施决定，查封申请人仓库内涉嫌侵犯注册商标专用权的白酒 | - | 侯马市华晟商贸有限公司
D04 | licensing | {date}作出不予变更许可决定，对申请人增加热食类食品制售经营项目的申请不予许可 | - | 侯马市老韩家面馆 侯马市晋味坊餐饮有限公司
D04 | inaction | 申请人于{date}投诉某超市销售标签不符合规定的食品，被申请人未在法定期限内作出处理并告知结果 | - | -
D04 | disclosure | 申请人申请公开辖区某食品企业抽检不合格的后续处理信息，被申请人于{date}答复不予公开 | - | -
D05 | penalty | {date}作出{no}行政处罚决定，认定申请人驾驶{plate}号小型轿车未取得经营许可从事网约车经营，罚款{amt}元 | 10000 20000 30000 | -
D05 | coercion | {date}作出暂扣决定，以涉嫌非法营运为由暂扣申请人所有的{plate}号小型普通客车 | - | -
D05 | penalty | {date}作出{no}行政处罚决定，认定申请人所属{plate}号重型半挂车违法超限运输，罚款{amt}元 | 2000 3000 5000 8000 | 侯马市宏达货物运输有限公司 侯马市晋通物流有限公司
D05 | penalty | {date}作出{no}行政处罚决定，认定申请人对维修车辆未进行竣工质量检验即交付使用，罚款{amt}元 | 5000 10000 | 侯马市浍滨汽车维修服务部
D05 | inaction | 申请人于{date}举报某物流园区车辆长期非法营运，被申请人未依法调查处理并答复 | - | -
D06 | licensing | {date}作出不予许可决定，对申请人提出的道路货物运输经营许可申请不予许可 | - | 侯马市宏达货物运输有限公司
D06 | licensing | {date}作出不予许可决定，以申请材料不全为由对申请人的公共场所卫生许可申请不予许可 | - | 侯马市金桥酒店管理有限公司
D06 | other | {date}依第三人申请办理某公司股东变更登记，申请人称股权转让协议上的签名系他人冒签 | - | -
D07 | penalty | {date}作出{no}行政处罚决定，认定申请人未经批准占用集体耕地建设厂房，责令退还土地、拆除建筑并罚款{amt}元 | 18000 26400 42000 | 侯马市泰和钢结构有限公司 侯马市鑫源建材有限公司
D07 | confirmation | {date}办理不动产转移登记，将申请人与他人共有的住房登记至第三人名下 | - | -
D07 | confirmation | {date}作出不予登记决定，对申请人宅基地使用权及房屋所有权首次登记申请不予登记 | - | -
D07 | disclosure | 申请人申请公开涉及其承包地的征收批复及补偿安置方案，被申请人于{date}答复该信息不存在 | - | -
D07 | expropriation | {date}公告的征地补偿安置方案中，对申请人承包地上的果树按一般林木标准补偿 | 38600 52000 67500 | -
D07 | inaction | 申请人于{date}举报邻户非法占用耕地建房，被申请人未在法定期限内立案查处 | - | -
D09 | penalty | {date}作出{no}行政处罚决定，认定申请人未取得施工许可证擅自施工，责令停止施工并罚款{amt}元 | 20000 35000 50000 | 侯马市恒泰建筑工程有限公司 侯马市盛世华庭房地产开发有限公司
D09 | penalty | {date}作出{no}行政处罚决定，认定申请人在城市道路两侧擅自设置户外广告牌，责令限期拆除并罚款{amt}元 | 2000 3000 5000 | 侯马市华晟商贸有限公司 侯马市速达网络会所
D09 | coercion | {date}作出强制拆除决定，对申请人在小区公共绿地内搭建的彩钢板房实施强制拆除 | - | -
D09 | expropriation | {date}送达的棚户区改造房屋征收补偿方案中，将申请人临街经营用房按住宅标准补偿 | 126000 184500 235000 | -
D09 | inaction | 申请人于{date}申请审核其公共租赁住房配租资格，被申请人逾期未予答复 | - | -
D10 | workInjury | {date}作出不予认定工伤决定，认定申请人在外出送货途中摔伤不属于工伤 | - | -
D10 | workInjury | {date}作出认定工伤决定，认定第三人在厂区装卸货物时受伤为工伤 | - | 侯马市晋南机械铸造有限公司 侯马市鑫源建材有限公司
D10 | workInjury | {date}作出不予受理决定，以超过一年申请时限为由不予受理申请人的工伤认定申请 | - | -
D10 | inaction | 申请人于{date}投诉某建筑工地拖欠其务工工资，被申请人未依法立案调查 | - | -
D10 | penalty | {date}作出{no}行政处罚决定，认定申请人逾期未改正不签订书面劳动合同的行为，罚款{amt}元 | 5000 10000 | 侯马市晋味坊餐饮有限公司
D11 | penalty | {date}作出{no}行政处罚决定，以申请人殴打他人为由处行政拘留五日并处罚款{amt}元 | 200 500 | -
D11 | penalty | {date}作出{no}行政处罚决定，认定申请人在邻里纠纷中故意损毁他人财物，处行政拘留三日 | - | -
D11 | penalty | {date}作出行政处罚决定，认定申请人饮酒后驾驶{plate}号小型汽车，罚款{amt}元并暂扣驾驶证六个月 | 1000 1500 2000 | -
D11 | penalty | {date}作出当场处罚决定，认定申请人驾驶{plate}号小型汽车闯红灯，罚款{amt}元并记6分 | 200 | -
D11 | coercion | {date}作出扣押决定，扣押申请人所有的一辆无号牌电动三轮车 | - | -
D11 | disclosure | 申请人申请公开其报警案件的受案登记及处理结果，被申请人于{date}答复不属于政府信息 | - | -
D11 | inaction | 申请人于{date}报警称其承包果园的围网被人毁坏，被申请人未依法受案调查 | - | -
D11 | confirmation | {date}作出不予办理决定，对申请人将户口随子女迁入本市的申请不予办理 | - | -
D12 | penalty | {date}作出{no}行政处罚决定，认定申请人未经审批面向中小学生开展学科类校外培训，罚款{amt}元 | 10000 30000 | 侯马市启航文化传播有限公司
D12 | inaction | 申请人于{date}申请为其子女办理义务教育阶段入学，被申请人未在规定期限内安排学位 | - | -
D13 | penalty | {date}作出{no}行政处罚决定，认定申请人未取得医疗机构执业许可证开展口腔诊疗活动，罚款{amt}元 | 20000 50000 | -
D13 | penalty | {date}作出{no}行政处罚决定，认定申请人未取得公共场所卫生许可证从事经营，警告并罚款{amt}元 | 500 1000 2000 | 侯马市美佳美容美发店
D14 | penalty | {date}作出{no}行政处罚决定，认定申请人未按规定对从业人员进行安全生产教育和培训，罚款{amt}元 | 20000 30000 50000 | 侯马市晋南机械铸造有限公司 侯马市泰和钢结构有限公司
D14 | penalty | {date}作出{no}行政处罚决定，认定申请人超出许可范围储存烟花爆竹，没收违法储存物品并罚款{amt}元 | 10000 20000 | 侯马市鸿运烟花爆竹批发有限公司
D15 | penalty | {date}作出{no}行政处罚决定，认定申请人销售未取得登记证的农药，没收涉案农药并罚款{amt}元 | 5000 10000 20000 | 侯马市平阳农资经营部 侯马市丰禾种植专业合作社
D15 | penalty | {date}作出{no}行政处罚决定，认定申请人使用电鱼工具在浍河捕捞，没收渔具并罚款{amt}元 | 500 1000 2000 | -
D16 | penalty | {date}作出{no}行政处罚决定，认定申请人经营的网吧接纳未成年人进入营业场所，警告并罚款{amt}元 | 5000 10000 | 侯马市速达网络会所
D17 | confirmation | {date}作出不予认定决定，认定申请人不符合特困人员救助供养条件 | - | -
D02 | disclosure | 申请人申请公开本市城区道路改造项目的立项批复，被申请人于{date}作出部分公开答复 | - | -
D02 | disclosure | 申请人申请公开某村集体土地征收的会议纪要，被申请人于{date}以属于内部事务信息为由不予公开 | - | -
D03 | disclosure | 申请人申请公开农业补贴专项资金分配明细，被申请人于{date}答复不属于本机关公开职责 | - | -
乡 | penalty | {date}作出{no}行政处罚决定，认定申请人未取得乡村建设规划许可建设二层住房，责令限期拆除 | - | -
乡 | coercion | {date}对申请人在村道旁搭建的养殖棚实施强制拆除 | - | -
街道 | penalty | {date}作出{no}行政处罚决定，认定申请人在城区道路旁占道经营烧烤摊点，没收经营工具并罚款{amt}元 | 200 500 | -
乡镇 | penalty | {date}作出{no}行政处罚决定，认定申请人施工工地未采取扬尘防治措施，罚款{amt}元 | 10000 20000 | 侯马市恒泰建筑工程有限公司
乡镇 | inaction | 申请人于{date}申请查处邻户违法加盖房屋遮挡其采光，被申请人未予处理 | - | -
乡镇 | confirmation | {date}作出决定，以家庭人均收入超过低保标准为由停发申请人家庭最低生活保障金 | - | -
乡 | disclosure | 申请人申请公开本村集体土地流转收益分配情况，被申请人于{date}答复该信息由村民委员会掌握 | - | -
乡镇 | expropriation | {date}作出补偿决定，对申请人位于道路拓宽范围内的养殖场按临时建筑标准补偿 | 46000 73800 | -
`;

const TOWNSHIP_KINDS: Readonly<Record<string, string>> = {
  街道: "subdistrict",
  乡: "township",
  乡镇: "either",
};

export const ACTS: readonly ActTemplate[] = ACT_TABLE.trim()
  .split("\n")
  .map((line) => {
    const [org = "", category = "", text = "", amounts = "-", orgs = "-"] = line.split(" | ");
    return {
      org: TOWNSHIP_KINDS[org] ?? `141081-${org}`,
      category: category as ActCategory,
      text,
      ...(amounts === "-" ? {} : { amounts: words(amounts).map(Number) }),
      ...(orgs === "-" ? {} : { orgs: words(orgs) }),
    };
  });

export const CORRECTION_ITEMS = [
  "申请书未载明具体的行政复议请求，请补充明确复议请求及事实理由",
  "未提交被申请复议的行政行为的法律文书或者其他证明材料",
  "委托代理人参加行政复议，未提交授权委托书及代理人身份证明",
  "未提交营业执照复印件及法定代表人身份证明书",
  "申请书未载明被申请人名称，请补正被申请人及申请人联系方式",
];

export const REFUSAL_REASONS = [
  "申请人提出行政复议申请已超过法定申请期限，且无正当理由",
  "申请人与被申请复议的行政行为不具有利害关系",
  "申请人就同一事项已向人民法院提起行政诉讼，人民法院已经依法受理",
  "申请事项系对信访事项处理意见不服，不属于行政复议范围",
];

export const SUSPENSION_REASONS = [
  "案件审理需以相关民事诉讼的审理结果为依据，而相关案件尚未审结",
  "申请人提出对被申请人所依据的规范性文件进行附带审查，需依法处理",
  "案件涉及法律适用问题，需要有权机关作出解释或者确认",
];
export const DEATH_SUSPENSION = "作为申请人的自然人死亡，其近亲属尚未确定是否参加行政复议";
export const SETTLEMENT_SUSPENSION = "申请人与被申请人正在进行和解，双方同意中止行政复议";

export const EXTENSION_REASONS = [
  "案情复杂，涉及多份证据材料需进一步调查核实，不能在规定期限内作出行政复议决定",
  "案件涉及专业技术问题，需要听取专家意见",
  "需通知第三人参加行政复议并组织现场勘验",
  "申请人补充提交新证据，需被申请人进一步说明情况",
];

export const REASONING: Readonly<Record<Outcome, readonly string[]>> = {
  upheld: [
    "被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当",
    "被申请人在法定职权范围内作出行政行为，处理幅度在法定范围内，申请人提出的减免理由缺乏事实依据",
    "申请人提出的复议理由缺乏事实和法律依据，被申请人作出的行政行为并无不当，复议请求不能成立",
  ],
  revoked: [
    "被申请人作出行政行为前未依法告知申请人陈述、申辩权利，违反法定程序",
    "被申请人认定的主要事实不清、证据不足，撤销该行政行为",
    "被申请人适用依据错误，撤销该行政行为，责令被申请人在六十日内重新作出处理",
  ],
  varied: [
    "被申请人认定事实清楚，但未考虑申请人初次违法且及时改正的情节，罚款数额明显不当，依法予以变更",
    "被申请人认定事实清楚、程序合法，但适用的裁量基准档次错误，依法变更为较低数额罚款",
  ],
  confirmedUnlawful: [
    "被申请人作出行政行为程序轻微违法，但对申请人权利不产生实际影响，依法确认违法",
    "被申请人的行政行为已实施完毕，不具有可撤销内容，依法确认违法",
  ],
  confirmedVoid: ["被申请人作出行政行为不具有行政主体资格，依法确认无效"],
  orderedToPerform: [
    "被申请人对申请人的投诉举报未在法定期限内作出处理，责令被申请人在十五日内依法处理并告知申请人",
    "被申请人未依法履行法定职责，责令被申请人在法定期限内依法作出答复",
  ],
  dismissed: [
    "经审查，申请人请求履行的事项不属于被申请人的法定职责，驳回申请人的行政复议请求",
    "被申请人在受理行政复议申请前已经依法履行法定职责，驳回申请人的行政复议请求",
  ],
};

/** 简易程序 (第53条): government information, or a sum of 3000 元 or less (no detention). */
export const simplifiable = (act: ActTemplate): boolean =>
  act.category === "disclosure" ||
  (!act.text.includes("拘留") && (act.amounts?.some((amount) => amount <= 3000) ?? false));

// ---- How cases run: plans ----

export type Ending = "decision" | "refuse" | "settle" | "mediate" | "terminate";
export type Gap = "notice" | "correction" | "accept" | "request" | "reply" | "suspendAfter";
type OpenState = "received" | "correcting" | "accepted" | "replyRequested" | "underReview";

export interface Plan {
  /** How the case ends; "decision" when absent. */
  readonly ending?: Ending;
  readonly outcome?: Outcome;
  readonly correction?: boolean;
  readonly hearing?: boolean;
  readonly suspend?: boolean;
  readonly extend?: boolean;
  readonly simplified?: boolean;
  /** Open cases stop in this state. */
  readonly stop?: OpenState | "suspended" | "decisionDrafted";
  /** Fixed gaps in working days, so that an open case's deadline lands where it should. */
  readonly gaps?: Partial<Record<Gap, number>>;
}

/** The act fits the plan's outcome: 驳回 and 责令履行 answer a failure to act, 变更 a fine. */
export function fits(act: ActTemplate, plan: Plan): boolean {
  if (plan.simplified === true && !simplifiable(act)) return false;
  switch (plan.outcome) {
    case "dismissed":
    case "orderedToPerform":
      return act.category === "inaction";
    case "varied":
      return act.category === "penalty" && act.amounts !== undefined;
    case undefined:
      return true;
    default:
      return act.category !== "inaction";
  }
}

const repeat = (count: number, plan: Plan): Plan[] => Array.from({ length: count }, () => plan);

/** 2023: 68 cases (the annual report's number), most decided and 维持. */
export const PLANS_2023: readonly Plan[] = [
  ...repeat(36, { outcome: "upheld" }),
  ...repeat(6, { outcome: "revoked" }),
  ...repeat(5, { outcome: "confirmedUnlawful" }),
  ...repeat(6, { outcome: "dismissed" }),
  ...repeat(3, { outcome: "orderedToPerform" }),
  ...repeat(2, { outcome: "varied" }),
  ...repeat(3, { ending: "refuse" }),
  ...repeat(3, { ending: "settle" }),
  ...repeat(2, { ending: "mediate" }),
  ...repeat(2, { ending: "terminate" }),
];

/** Features of ordinary decided 2023 cases: 5 extended, 4 heard, 3 suspended. */
export const FEATURES_2023: readonly Plan[] = [
  ...repeat(5, { extend: true }),
  ...repeat(4, { hearing: true }),
  ...repeat(3, { suspend: true }),
];

/** 2025: a handful of cases, decided and closed (each received a few days after its date). */
export const PLANS_2025: readonly (readonly [string, Plan])[] = [
  ["2025-03-10", { outcome: "upheld" }],
  ["2025-04-21", { outcome: "upheld", simplified: true }],
  ["2025-06-09", { outcome: "revoked" }],
  ["2025-07-14", { ending: "settle" }],
  ["2025-09-01", { outcome: "upheld", hearing: true }],
  ["2025-10-20", { outcome: "confirmedUnlawful" }],
];

/**
 * Open cases: received this many working days ("wd") or calendar days ("d") before the load day,
 * taken as far as `stop`. Comments give where the running deadline stands on the load day.
 */
export const OPEN_PLANS: readonly (readonly [number, "wd" | "d", Plan])[] = [
  [1, "wd", { stop: "received" }], // acceptance review: 4 working days left
  [4, "wd", { stop: "received" }], // acceptance review ends on the next working day
  [5, "wd", { stop: "correcting", correction: true, gaps: { notice: 2 } }], // 7 working days left
  [16, "wd", { stop: "correcting", correction: true, gaps: { notice: 2 } }], // overdue by 4
  [5, "wd", { stop: "accepted", gaps: { accept: 3 } }], // copy to respondent: 5 working days left
  [19, "wd", { stop: "replyRequested", gaps: { accept: 2, request: 3 } }], // reply overdue by 4
  [11, "wd", { stop: "replyRequested", gaps: { accept: 3, request: 2 } }], // reply: 4 left
  [27, "d", { stop: "underReview", simplified: true, gaps: { accept: 1, request: 1, reply: 3 } }], // decision due in ~4 days
  [42, "d", { stop: "underReview", gaps: { accept: 2, request: 3, reply: 8 } }], // ~20 days left
  [
    50,
    "d",
    {
      stop: "suspended",
      suspend: true,
      gaps: { accept: 2, request: 2, reply: 7, suspendAfter: 5 },
    },
  ],
  [
    53,
    "d",
    { outcome: "revoked", stop: "decisionDrafted", gaps: { accept: 2, request: 2, reply: 6 } },
  ], // ~9 days left
  [58, "d", { stop: "underReview", extend: true, gaps: { accept: 2, request: 3, reply: 9 } }], // extended
];
