// Data tables for the people's mediation demo cases (demo.ts): people, organisations, and the
// kinds of dispute with their texts. Every name is made up; any likeness to a real person,
// business, hospital or bank is a coincidence.
import { creditCodeCheckCharacter, idNumberCheckCharacter } from "../../kernel/codes.js";
import type { DISPUTE_TYPES, SOURCES } from "./fields.js";

export type DisputeType = (typeof DISPUTE_TYPES)[number]["value"];
export type Source = (typeof SOURCES)[number]["value"];

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const SURNAMES = words(
  "王 张 李 刘 杨 赵 郭 陈 卫 贾 宁 史 田 薛 段 梁 乔 吉 柴 任 畅 申 牛 高 韩 闫 孙 武 董 杜 常 马",
);
export const MALE_NAMES = words(`建国 志强 海军 卫东 晓峰 俊杰 国平 永刚 文斌 立新 振华 保平
  三虎 宏伟 金锁 鹏程 红军 满堂 小龙 建平 玉成 长青 有福 树林 秋生 东升 福贵 双喜 强 勇 军
  斌 磊 涛 鹏 亮 刚 伟 峰 超`);
export const FEMALE_NAMES = words(`秀兰 丽华 桂英 晓燕 海燕 淑芳 亚楠 丹丹 雪梅 玉梅 春花 慧敏
  红霞 翠萍 金凤 巧云 彩霞 爱琴 月娥 素琴 娜 静 芳 丽 艳 敏 婷 霞 洁`);
const BIRTH_AREAS = words(`141081 141081 141081 141081 141081 141081 141081 141002 141021
  141022 141023 141024 141082 140802 410522`);
const MOBILE_PREFIXES = words("130 131 133 135 137 138 139 150 151 152 157 158 159 182 187 189");

/** The random choices the generators need (demo.ts makes them from refs.random). */
export interface Chooser {
  readonly int: (low: number, high: number) => number;
  readonly pick: <T>(list: readonly T[]) => T;
  readonly chance: (probability: number) => boolean;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** A valid GB 11643 number of a person aged about `age` on `day`. */
export function idNumber(d: Chooser, male: boolean, age: number, day: string): string {
  const [year = 2000, month = 1, date = 1] = day.split("-").map(Number);
  const birth = new Date(Date.UTC(year - age, month - 1, date) - d.int(1, 360) * 86_400_000);
  const serial = `${pad(d.int(0, 99), 2)}${2 * d.int(0, 4) + (male ? 1 : 0)}`;
  const first17 = `${d.pick(BIRTH_AREAS)}${birth.toISOString().slice(0, 10).replaceAll("-", "")}${serial}`;
  return first17 + idNumberCheckCharacter(first17);
}
export const phone = (d: Chooser): string => d.pick(MOBILE_PREFIXES) + pad(d.int(0, 99_999_999), 8);

const CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** A GB 32100 code of a company registered in 侯马 (91 141081 …), from a fixed seed string. */
function creditCode(seed: string): string {
  let hash = 7;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) % 2_147_483_647;
  let body = "";
  for (let i = 0; i < 9; i += 1) {
    body += CREDIT_CHARS[hash % CREDIT_CHARS.length] ?? "0";
    hash = (hash * 48_271) % 2_147_483_647;
  }
  const first17 = `91141081${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export interface Organisation {
  readonly name: string;
  readonly creditCode: string;
  readonly phone: string;
}
const organisations = (text: string, landline: string): readonly Organisation[] =>
  words(text).map((name, i) => ({
    name,
    creditCode: creditCode(name),
    phone: `0357-${landline}${pad(i * 37 + 11, 3).slice(-3)}`,
  }));

export type OrgPool = "hospital" | "insurer" | "lender" | "employer" | "propertyManager" | "shop";
export const ORGS: Readonly<Record<OrgPool, readonly Organisation[]>> = {
  hospital: organisations(
    "侯马康宁医院 侯马仁济中医医院 侯马市晋新骨科医院 侯马市浍滨社区卫生服务中心 侯马安和妇产医院",
    "4261",
  ),
  insurer: organisations(
    `晋安财产保险股份有限公司侯马支公司 平阳人寿保险股份有限公司侯马营销服务部
    汾河财产保险股份有限公司侯马支公司 华晋人寿保险股份有限公司临汾中心支公司侯马营销部`,
    "4173",
  ),
  lender: organisations(
    `晋南新田村镇银行股份有限公司 汾浍农村商业银行股份有限公司侯马支行
    侯马市鑫源小额贷款有限公司 临汾平阳商业银行股份有限公司侯马支行`,
    "4025",
  ),
  employer: organisations(
    `侯马市宏基建筑工程有限公司 山西鑫盛建筑劳务有限公司 侯马市兴达物流有限公司
    侯马市晋南纺织有限公司 侯马市新田食品有限公司 侯马市金瑞铸造有限公司 侯马市永安钢结构有限公司
    侯马市福顺餐饮管理有限公司 侯马市顺捷快递服务有限公司`,
    "4380",
  ),
  propertyManager: organisations(
    "侯马市安居物业服务有限公司 侯马市浍滨物业管理有限公司 侯马市金色家园物业服务有限公司",
    "4512",
  ),
  shop: organisations(
    "侯马市宜家建材商行 侯马市顺达农资经销部 侯马市美居装饰工程有限公司 侯马市佳和家电商行",
    "4457",
  ),
};

export const TOKENS: Readonly<Record<string, readonly string[]>> = {
  neighbourCause: words(`排水沟走向 房屋滴水落到对方院内 修建院墙越界 公共通道堆放杂物
    饲养犬只夜间吠叫扰民 院内树木遮挡采光 修建猪圈气味影响生活 门前停车阻挡通行`),
  flatCause: words(`楼上卫生间漏水致楼下房屋受损 空调外机噪音和冷凝水影响生活
    楼道堆放杂物影响通行 装修噪音影响休息 楼上阳台晾晒滴水`),
  goods: words("化肥 建材 钢材 农用机械配件 饲料 门窗 家具"),
  thing: words("院墙 自来水管 电动三轮车 庄稼 大门 围栏"),
  vehicle: words("小型轿车 电动自行车 摩托车 电动三轮车 轻型货车"),
  road: words(
    "浍河路 新田路 平阳路 108国道侯马段 紫金山街 上马街道乡村道路 高村乡村道 开发区工业路",
  ),
  responsibility: words("全部 主要 同等 主要 全部"),
  treatment: words("阑尾切除手术 剖宫产手术 骨折内固定手术 输液治疗 胆囊切除手术 牙科治疗"),
  harm: words(`术后感染延长住院 切口愈合不良需二次手术 延误诊断致病情加重 手术部位神经损伤
    用药不当引起过敏反应`),
  insurance: words(
    "机动车商业第三者责任保险 机动车车上人员责任保险 意外伤害保险 重大疾病保险 农房保险",
  ),
  loan: words("个人经营贷款 信用卡透支 个人消费贷款 农户小额信用贷款"),
  trade: words("钢筋工 木工 装卸工 厨师 普工 快递分拣员 铸造工 保洁员"),
  matter: words("土地征收补偿款 集体土地承包经营权调整 宅基地审批 集体收益"),
  repair: words("更换破损管道并修复墙面 重新修砌排水沟 拆除越界部分院墙 修剪树木枝叶"),
  shopKind: words("小吃店 五金店 理发店 农家乐"),
};

/** How one kind of dispute reads: what the applicant says, and what the parties agreed. */
export interface DisputeTexts {
  /** The other party: a person, or an organisation from ORGS; "applicantOrg": A is the organisation. */
  readonly other: "person" | "relative" | "village" | OrgPool | `applicantOrg:${OrgPool}`;
  /** Claimed amount in yuan: low, high, step; none when the dispute is not about money. */
  readonly amount?: readonly [number, number, number];
  /** Days from acceptance to the agreement. */
  readonly days: readonly [number, number];
  /** Share of oral agreements (第28条) among the agreements. */
  readonly oral: number;
  /** Sources with weights, e.g. "application ×6 policeReferral ×2". */
  readonly sources: string;
  readonly summaries: readonly string[];
  readonly agreements: readonly string[];
}

export const DISPUTES: Readonly<Record<DisputeType, DisputeTexts>> = {
  neighbour: {
    other: "person",
    days: [0, 8],
    oral: 0.45,
    sources: "application ×6 ownInitiative ×3 policeReferral ×3 petitionReferral",
    summaries: [
      "双方系邻居，因{neighbourCause}多次发生争执，矛盾有激化苗头",
      "双方系同村邻居，因{neighbourCause}产生矛盾，一方找到村委会要求处理",
      "双方系同一单元上下楼邻居，因{flatCause}发生争执",
    ],
    agreements: [
      "被申请人于{days}日内{repair}，费用由其承担；双方互相谅解，今后和睦相处",
      "双方同意各让一步，按原有界线恢复原状，今后遇事协商解决",
      "被申请人当面赔礼道歉并承诺改正，申请人表示谅解",
    ],
  },
  marriageFamily: {
    other: "relative",
    amount: [2000, 120_000, 1000],
    days: [2, 20],
    oral: 0.15,
    sources: "application ×7 ownInitiative ×2 courtReferral ×2 petitionReferral",
    summaries: [
      "申请人年逾七旬，与子女就赡养费分担和轮流照料发生争议，要求被申请人每月支付赡养费",
      "双方离婚后，就子女抚养费数额及探望时间发生争议",
      "双方订婚后解除婚约，男方要求返还彩礼{amt}元，女方不同意全额返还",
      "兄弟之间因父母遗留房屋的继承和分割发生争议",
      "夫妻双方因家庭琐事长期争吵，一方提出离婚，双方就共同财产分割存在分歧",
    ],
    agreements: [
      "被申请人自下月起每月{day}日前支付赡养费，兄弟姐妹轮流照料老人起居",
      "子女随母亲生活，父亲每月{day}日前支付抚养费，每月可探望子女两次",
      "女方返还彩礼{agreed}元，于{days}日内一次付清，双方再无其他争议",
      "房屋由兄长居住使用，兄长给付弟弟房屋折价款{agreed}元",
      "双方同意和好，互相尊重，共同抚养子女，不再提出离婚",
    ],
  },
  homestead: {
    other: "person",
    days: [2, 20],
    oral: 0.1,
    sources: "application ×5 ownInitiative ×2 petitionReferral",
    summaries: [
      "双方因宅基地界址发生争议，被申请人翻建房屋时地基越过原界约{cm}厘米",
      "申请人认为被申请人新建院墙占用其宅基地，双方多次争吵",
      "双方因房屋买卖后院落归属及过户手续发生争议",
    ],
    agreements: [
      "经现场丈量，以村委会存档的宅基地使用证为准重新确定界址，被申请人拆除越界部分",
      "双方确认现有院墙为界，被申请人给付申请人补偿款{small}元",
      "双方于{days}日内共同办理过户手续，院落归买受人使用",
    ],
  },
  land: {
    other: "person",
    amount: [1000, 20_000, 100],
    days: [3, 35],
    oral: 0.2,
    sources: "application ×5 ownInitiative ×3 petitionReferral",
    summaries: [
      "双方因承包地地界发生争议，被申请人耕种时越界约{rows}垄",
      "被申请人流转申请人承包地，拖欠土地流转费{amt}元未付",
      "双方因灌溉用水先后次序发生争执，致申请人庄稼受损",
      "双方因地头树木归属发生争议",
    ],
    agreements: [
      "以土地承包经营权证四至为准重新埋设界桩，越界部分于秋收后归还",
      "被申请人于{days}日内支付拖欠的流转费{agreed}元，流转合同继续履行",
      "双方约定按地块先后轮流浇地，被申请人补偿申请人损失{small}元",
      "地头树木归申请人所有，双方另行约定采伐时间",
    ],
  },
  contract: {
    other: "shop",
    amount: [2000, 80_000, 100],
    days: [3, 20],
    oral: 0.05,
    sources: "application ×6 courtReferral ×3",
    summaries: [
      "双方签订{goods}买卖合同，因货款{amt}元未结清发生争议",
      "申请人委托被申请人装修房屋，因工程质量和尾款{amt}元发生争议",
      "申请人租赁被申请人门面房，租赁到期后押金{amt}元退还发生争议",
    ],
    agreements: [
      "一方于{days}日内支付{agreed}元，双方合同权利义务终止",
      "被申请人于{days}日内返修不合格部分，申请人验收后支付尾款{agreed}元",
      "双方同意分两期结清{agreed}元，首期于协议签订当日支付",
    ],
  },
  privateLending: {
    other: "person",
    amount: [3000, 150_000, 1000],
    days: [2, 20],
    oral: 0.05,
    sources: "application ×6 courtReferral ×4",
    summaries: [
      "申请人于{year}年借给被申请人{amt}元，约定一年内归还，到期后经多次催要未还",
      "双方因借款利息计算及还款期限发生争议，借款本金{amt}元",
    ],
    agreements: [
      "被申请人归还借款本金{agreed}元，分{n}期于每月月底前付清，申请人放弃利息",
      "被申请人于{days}日内一次性归还本息{agreed}元",
    ],
  },
  damages: {
    other: "person",
    amount: [800, 40_000, 100],
    days: [1, 15],
    oral: 0.2,
    sources: "application ×4 policeReferral ×5 courtReferral",
    summaries: [
      "被申请人饲养的犬只咬伤申请人，双方就医疗费等{amt}元赔偿发生争议",
      "双方因琐事发生口角后互相推搡，申请人受轻微伤，就医疗费、误工费{amt}元赔偿发生争议",
      "被申请人施工时损坏申请人{thing}，双方就赔偿数额发生争议",
    ],
    agreements: [
      "被申请人一次性赔偿申请人医疗费、误工费等共计{agreed}元，当场付清",
      "被申请人赔偿申请人损失{agreed}元，双方就此事再无其他争议",
    ],
  },
  trafficAccident: {
    other: "person",
    amount: [3000, 200_000, 1000],
    days: [5, 28],
    oral: 0,
    sources: "application ×4 policeReferral ×5 courtReferral ×3",
    summaries: [
      "申请人驾驶{vehicle}在{road}与被申请人驾驶的{vehicle}相撞，申请人受伤，交警部门认定被申请人负{responsibility}责任，双方就医疗费、误工费等{amt}元赔偿发生争议",
      "被申请人驾驶{vehicle}在{road}将步行的申请人撞伤，交警部门认定被申请人负{responsibility}责任，双方就赔偿数额{amt}元发生争议",
    ],
    agreements: [
      "被申请人及其投保的保险公司共赔偿申请人各项损失{agreed}元，于{days}日内付清",
      "被申请人赔偿申请人医疗费、误工费、护理费等共计{agreed}元，其中已垫付部分予以扣除",
    ],
  },
  medical: {
    other: "hospital",
    amount: [10_000, 300_000, 1000],
    days: [10, 40],
    oral: 0,
    sources: "application ×5 petitionReferral",
    summaries: [
      "申请人认为被申请人在{treatment}过程中存在过错，导致{harm}，要求赔偿{amt}元",
      "申请人之母在被申请人处住院期间{harm}，申请人要求赔偿医疗费、护理费等{amt}元",
    ],
    agreements: [
      "经医学专家咨询，被申请人一次性补偿申请人{agreed}元，申请人不再就此事主张权利",
      "被申请人减免后续治疗费用并补偿{agreed}元，双方纠纷了结",
    ],
  },
  insurance: {
    other: "insurer",
    amount: [5000, 150_000, 500],
    days: [5, 20],
    oral: 0,
    sources: "application ×4 courtReferral ×3",
    summaries: [
      "申请人投保的{insurance}发生保险事故后申请理赔，双方就理赔金额{amt}元发生争议",
      "被申请人以申请人投保时未如实告知为由拒绝赔付{insurance}保险金{amt}元，申请人不服",
    ],
    agreements: [
      "被申请人于{days}个工作日内向申请人支付保险金{agreed}元",
      "被申请人按合同约定赔付{agreed}元，申请人放弃其余请求",
    ],
  },
  finance: {
    other: "applicantOrg:lender",
    amount: [10_000, 300_000, 1000],
    days: [3, 20],
    oral: 0,
    sources: "application ×3 courtReferral ×5",
    summaries: [
      "被申请人在申请人处办理的{loan}逾期未还，双方就还款计划和罚息减免发生争议，本息合计{amt}元",
      "被申请人{loan}逾期后，申请人催收未果，双方就分期偿还欠款{amt}元发生争议",
    ],
    agreements: [
      "被申请人分{n}期偿还本金{agreed}元，按期还清的，申请人减免罚息",
      "被申请人于{days}日内一次性偿还{agreed}元，申请人撤回起诉",
    ],
  },
  labour: {
    other: "employer",
    amount: [2000, 90_000, 100],
    days: [3, 20],
    oral: 0.05,
    sources: "application ×6 petitionReferral ×2 courtReferral",
    summaries: [
      "申请人在被申请人处从事{trade}工作，离职后被拖欠工资{amt}元",
      "申请人在工作中受伤，双方就一次性赔偿{amt}元发生争议",
      "被申请人解除与申请人的劳动合同，双方就经济补偿金{amt}元发生争议",
    ],
    agreements: [
      "被申请人于{days}日内支付申请人工资{agreed}元，双方劳动关系解除",
      "被申请人一次性支付申请人各项费用{agreed}元，双方劳动关系终结",
    ],
  },
  property: {
    other: "applicantOrg:propertyManager",
    amount: [600, 8000, 10],
    days: [1, 15],
    oral: 0.15,
    sources: "application ×5 ownInitiative ×2",
    summaries: [
      "被申请人以物业服务不到位为由拒交物业费{amt}元，申请人多次催缴未果",
      "双方因小区车位使用和停车管理费{amt}元发生争议",
    ],
    agreements: [
      "申请人于{days}日内整改楼道照明和绿化，被申请人补交物业费{agreed}元",
      "被申请人补交费用{agreed}元，申请人按约定为其保留固定车位",
    ],
  },
  villageAffairs: {
    other: "village",
    days: [3, 25],
    oral: 0.1,
    sources: "application ×3 petitionReferral ×3 ownInitiative",
    summaries: [
      "村民对村集体{matter}分配方案有异议，多次到乡政府反映",
      "被申请人对村委会确定的{matter}方案不服，拒绝配合实施",
    ],
    agreements: [
      "经村民代表会议重新核实，村委会按核实结果调整分配，被申请人表示认可",
      "村委会公开分配依据，被申请人认可分配方案并配合实施",
    ],
  },
  other: {
    other: "person",
    amount: [1000, 30_000, 100],
    days: [1, 15],
    oral: 0.3,
    sources: "application ×4 ownInitiative ×2",
    summaries: [
      "双方合伙经营{shopKind}，散伙后就剩余财产分配{amt}元发生争议",
      "申请人操办红白喜事借用被申请人场地，因损坏物品赔偿发生争议",
    ],
    agreements: [
      "双方按出资比例分配剩余财产，申请人分得{agreed}元",
      "申请人赔偿被申请人损失{agreed}元，双方和好",
    ],
  },
};

/** Dispute mix by committee kind: "type ×weight …". */
export const MIX: Readonly<Record<"village" | "community" | "township" | "subdistrict", string>> = {
  village:
    "neighbour ×22 marriageFamily ×20 homestead ×14 land ×12 villageAffairs ×5 privateLending ×6 damages ×8 contract ×3 labour ×2 other ×5",
  community:
    "neighbour ×24 marriageFamily ×20 property ×16 damages ×10 privateLending ×8 contract ×8 labour ×4 other ×6",
  township:
    "neighbour ×14 marriageFamily ×15 homestead ×10 land ×12 contract ×10 privateLending ×8 damages ×10 labour ×8 trafficAccident ×4 villageAffairs ×4 other ×5",
  subdistrict:
    "neighbour ×16 marriageFamily ×16 homestead ×6 property ×10 contract ×12 privateLending ×10 damages ×12 labour ×8 trafficAccident ×5 other ×5",
};

/** Sector committees by code suffix: the one dispute type they take. */
export const SECTOR_TYPES: Readonly<Record<string, DisputeType>> = {
  TJ01: "trafficAccident",
  TJ02: "medical",
  TJ03: "insurance",
  TJ04: "marriageFamily",
  TJ05: "labour",
  TJ06: "finance",
};

export const FAILURE_ADVICE = [
  "已告知当事人可以依法向侯马市人民法院提起诉讼",
  "已告知当事人可以依法向侯马市劳动人事争议仲裁委员会申请仲裁",
  "已告知当事人可以请求乡（镇）人民政府依法处理，或者向人民法院提起诉讼",
];

export const COURT = "侯马市人民法院";

export const VILLAGES = words("北西庄村 南王村 东台神村 西高村 乔村 凤城村 驿桥村 新峰村");
