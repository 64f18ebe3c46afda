// Data tables for the legal aid demo cases (demo.ts): people, case templates, aid providers,
// results and the plans the cases follow. Every name is made up; any likeness to a real person,
// business or law firm is a coincidence.
import { idNumberCheckCharacter } from "../../kernel/codes.js";
import type { CATEGORIES, HARDSHIP_BASES, MATTERS, NOTICE_GROUNDS, SOURCES } from "./fields.js";

type ValueOf<T extends readonly { value: string }[]> = T[number]["value"];

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const SURNAMES = words(
  "王 张 李 刘 杨 赵 郭 陈 卫 贾 宁 史 田 薛 段 梁 乔 吉 柴 任 畅 申 牛 高 韩 闫 孙 武",
);
export const MALE_NAMES =
  words(`建国 志强 海军 卫东 晓峰 俊杰 国平 永刚 文斌 立新 振华 保平 三虎 宏伟
  金锁 鹏程 红军 满堂 小龙 建平 玉成 二娃 长青 有福`);
export const FEMALE_NAMES =
  words(`秀兰 丽华 桂英 晓燕 海燕 淑芳 亚楠 丹丹 雪梅 玉梅 春花 慧敏 红霞 翠萍
  金凤 巧云 彩霞 爱琴`);
export const YOUNG_NAMES = words(
  `宇轩 浩然 子涵 梓萱 一诺 欣怡 俊熙 雨泽 思琪 嘉怡 皓轩 梓涵 子墨 诗涵`,
);
const BIRTH_AREAS = words(`141081 141081 141081 141081 141081 141081 141002 141021 141022 141023
  141024 141082 140802 410522 610502`);
const MOBILE_PREFIXES = words(
  "130 131 133 135 136 137 138 139 150 151 152 155 157 158 159 182 187 189",
);

/** The random choices the generators need (demo.ts makes them from refs.random). */
export interface Chooser {
  readonly int: (low: number, high: number) => number;
  readonly pick: <T>(list: readonly T[]) => T;
  readonly chance: (probability: number) => boolean;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");
/** A valid GB 11643 number of a person who is `age` (whole years) on `day`. */
export function idNumber(d: Chooser, male: boolean, age: number, day: string): string {
  const [year = 2000, month = 1, date = 1] = day.split("-").map(Number);
  // Born within the year before the day they turned `age`.
  const birth = new Date(Date.UTC(year - age, month - 1, date) - d.int(1, 360) * 86_400_000);
  const serial = `${pad(d.int(0, 99), 2)}${2 * d.int(0, 4) + (male ? 1 : 0)}`;
  const first17 = `${d.pick(BIRTH_AREAS)}${birth.toISOString().slice(0, 10).replaceAll("-", "")}${serial}`;
  return first17 + idNumberCheckCharacter(first17);
}
export const phone = (d: Chooser): string => d.pick(MOBILE_PREFIXES) + pad(d.int(0, 99_999_999), 8);

export type Matter = ValueOf<typeof MATTERS>;
export type Flag = "m" | "e" | "d" | "w" | "v" | "f" | "n";
export const FLAG_FIELDS: Readonly<Record<Flag, string>> = {
  m: "isMinor",
  e: "isElderly",
  d: "isDisabled",
  w: "isMigrantWorker",
  v: "isMilitary",
  f: "isWomanCase",
  n: "isFarmer",
};

export interface Template {
  readonly key: string;
  readonly category: ValueOf<typeof CATEGORIES>;
  readonly matter: Matter;
  readonly source: ValueOf<typeof SOURCES>;
  readonly ground: ValueOf<typeof NOTICE_GROUNDS> | null;
  readonly flags: readonly Flag[];
  readonly ages: readonly [number, number];
  readonly female: boolean | null;
  readonly hardship: ValueOf<typeof HARDSHIP_BASES>;
  readonly evidence: string | null;
  readonly texts: readonly string[];
}

/**
 * One template a line: key | category matter source[:ground] | flags (- none; F female, M male) |
 * ages | hardship basis | evidence (- none) | summaries separated by " ; ", with tokens in braces.
 */
const TEMPLATE_TABLE = `
courtFull | criminalDefence defence courtNotice:fullCoverage | - | 19-55 | notExamined | - | 被告人涉嫌{crime}罪一案由侯马市人民法院适用普通程序审理，被告人没有委托辩护人，法院通知指派律师担任辩护人
courtMinor | criminalDefence defence courtNotice:minor | m | 16-17 | notExamined | - | 被告人系未成年人，涉嫌{minorCrime}罪，侯马市人民法院通知指派律师担任辩护人
procMinor | criminalDefence defence procuratorateNotice:minor | m | 14-17 | notExamined | - | 犯罪嫌疑人系未成年人，涉嫌{minorCrime}罪，侯马市人民检察院在审查起诉阶段通知指派律师担任辩护人
procSensory | criminalDefence defence procuratorateNotice:sensoryDisability | d | 30-59 | notExamined | - | 犯罪嫌疑人系听力言语残疾人，涉嫌{crime}罪，侯马市人民检察院通知指派律师担任辩护人
procMental | criminalDefence defence procuratorateNotice:mentalIncapacity | d | 25-50 | notExamined | - | 犯罪嫌疑人经鉴定为限制刑事责任能力人，涉嫌故意伤害罪，侯马市人民检察院通知指派律师担任辩护人
policeMinor | criminalDefence defence policeNotice:minor | m | 15-17 | notExamined | - | 犯罪嫌疑人系未成年人，涉嫌{minorCrime}罪被侯马市公安局立案侦查，公安机关通知指派律师担任辩护人
policeLife | criminalDefence defence policeNotice:lifeOrDeath | - | 30-50 | notExamined | - | 犯罪嫌疑人涉嫌{grave}罪被侯马市公安局刑事拘留，可能被判处无期徒刑以上刑罚，公安机关通知指派律师担任辩护人
defenceApp | criminalDefence defence application | - | 22-59 | declaration | 经济困难状况个人诚信承诺书 | 犯罪嫌疑人涉嫌{crime}罪，其近亲属以家庭经济困难为由代为申请法律援助
wagesW | civil wages application | w | 20-58 | groupExempt | 务工证明、工资欠条及工友证言 | 申请人在{employer}承建的{project}从事{trade}，被拖欠工资{amt}元，多次讨要未果 ; 申请人在{employer}务工，离职后单位拒不结清工资{amt}元 ; 申请人随包工头在{project}务工，完工后包工头及总包单位{employer}互相推诿，拖欠工资{amt}元
injuryW | civil workInjury application | w | 22-56 | groupExempt | 务工证明、工伤认定决定书 | 申请人在{employer}从事{trade}时{injury}，经认定为工伤，单位未缴纳工伤保险，拒绝支付工伤保险待遇约{amt}元
supportElder | civil support application | e | 66-86 | groupExempt | 户口簿、村委会出具的无固定收入证明 | 申请人年老体弱、无固定收入，其子女互相推诿，拒绝履行赡养义务，申请追索赡养费每月{small}元
supportChild | civil support application | m | 4-14 | groupExempt | 户口簿、离婚调解书 | 申请人的父母离婚后，申请人随母亲生活，父亲长期拒不支付抚养费，由母亲代为申请追索抚养费每月{small}元
trafficElder | civil trafficAccident application | e | 61-78 | groupExempt | 户口簿、交通事故认定书 | 申请人在{road}被{vehicle}撞伤，经鉴定构成{grade}级伤残，肇事方及保险公司拒绝足额赔偿，损失约{amt}元
trafficFarmer | civil trafficAccident application | n | 30-59 | assistance | 最低生活保障证明、交通事故认定书 | 申请人驾驶电动三轮车在{road}与{vehicle}相撞受伤，经鉴定构成{grade}级伤残，对方拒绝赔偿，损失约{amt}元
violence | civil marriage application | fF | 26-50 | matterExempt | 报警回执、伤情照片及就诊记录 | 申请人长期遭受配偶家庭暴力，申请人身安全保护令并提起离婚诉讼 ; 申请人遭受丈夫殴打，已向公安机关报警，申请法律援助提起离婚诉讼并要求损害赔偿
injuryDisabled | civil personalInjury application | d | 35-59 | groupExempt | 残疾人证、无固定收入证明 | 申请人系肢体残疾人，在{place}被他人推倒致骨折，医疗费等损失{amt}元，对方拒绝赔偿
injuryMilitary | civil personalInjury application | v | 30-59 | declaration | 军人家属证明、经济困难状况个人诚信承诺书 | 申请人系现役军人家属，在{place}被他人{how}，医疗费等损失{amt}元，对方拒绝赔偿
wages | civil wages application | - | 24-50 | assistance | 最低生活保障证明、劳动合同 | 申请人在{employer}工作，单位拖欠其工资{amt}元，离职后拒不支付
workInjury | civil workInjury application | - | 24-55 | assistance | 最低生活保障证明、工伤认定决定书 | 申请人在{employer}工作时{injury}，被认定为工伤，单位拒绝支付停工留薪期工资及伤残补助金约{amt}元
traffic | civil trafficAccident application | - | 20-59 | declaration | 经济困难状况个人诚信承诺书、交通事故认定书 | 申请人在{road}被{vehicle}撞伤，经鉴定构成{grade}级伤残，损失约{amt}元，肇事方无力赔偿 ; 申请人之子在{road}遭遇交通事故受重伤，肇事车辆未投保商业险，损失约{amt}元
divorce | civil marriage application | - | 25-50 | assistance | 最低生活保障证明 | 申请人与配偶长期分居、感情破裂，申请法律援助提起离婚诉讼并请求分割共同财产 ; 申请人因配偶下落不明多年，申请法律援助提起离婚诉讼
personalInjury | civil personalInjury application | - | 20-59 | declaration | 经济困难状况个人诚信承诺书 | 申请人在{place}被他人{how}，医疗费等损失{amt}元，对方拒绝赔偿 ; 申请人被邻居饲养的犬只咬伤，医疗费等损失{amt}元，对方拒绝赔偿
spousal | civil support application | F | 45-59 | assistance | 最低生活保障证明、病历 | 申请人身患重病、丧失劳动能力，配偶拒绝履行扶养义务，申请追索扶养费每月{small}元
pensionMilitary | administrative socialInsurance application | v | 45-59 | declaration | 退役证、经济困难状况个人诚信承诺书 | 申请人系退役军人，对社会保险经办机构未将其军龄视同缴费年限不服，申请法律援助提起行政复议
assistanceDisabled | administrative socialAssistance application | d | 30-59 | groupExempt | 残疾人证 | 申请人系重度残疾人，其家庭最低生活保障被停发，申请法律援助提起行政复议
assistanceElder | administrative socialAssistance application | e | 65-80 | groupExempt | 户口簿、无固定收入证明 | 申请人独居无子女，申请特困人员救助供养被认定不符合条件，申请法律援助提起行政复议
pension | administrative socialInsurance application | F | 50-58 | assistance | 最低生活保障证明 | 申请人对社会保险经办机构核定的基本养老金数额不服，申请法律援助提起行政复议
assistance | administrative socialAssistance application | - | 35-59 | assistance | 临时救助审批表 | 申请人家庭因病致贫，申请最低生活保障被不予批准，申请法律援助提起行政复议
injuryDetermination | administrative workInjury application | - | 25-55 | declaration | 经济困难状况个人诚信承诺书、不予认定工伤决定书 | 申请人在上下班途中发生交通事故受伤，人力资源和社会保障局作出不予认定工伤决定，申请法律援助提起行政复议
`;

export const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  TEMPLATE_TABLE.trim()
    .split("\n")
    .map((line): [string, Template] => {
      const [key = "", kind = "", flags = "", ages = "", hardship = "", evidence = "", texts = ""] =
        line.split(" | ");
      const [category, matter, from = ""] = words(kind);
      const [source, ground] = from.split(":");
      const [low, high] = ages.split("-").map(Number);
      return [
        key,
        {
          key,
          category: category as Template["category"],
          matter: matter as Matter,
          source: source as Template["source"],
          ground: (ground ?? null) as Template["ground"],
          flags: (Object.keys(FLAG_FIELDS) as Flag[]).filter((flag) => flags.includes(flag)),
          ages: [low ?? 20, high ?? 60],
          female: flags.includes("F") ? true : flags.includes("M") ? false : null,
          hardship: hardship as Template["hardship"],
          evidence: evidence === "-" ? null : evidence,
          texts: texts.split(" ; "),
        },
      ];
    }),
);

export const TOKENS: Readonly<Record<string, readonly string[]>> = {
  crime: words(
    "盗窃 诈骗 故意伤害 危险驾驶 帮助信息网络犯罪活动 寻衅滋事 交通肇事 开设赌场 掩饰、隐瞒犯罪所得 非法拘禁",
  ),
  minorCrime: words("盗窃 抢劫 寻衅滋事 故意伤害 聚众斗殴"),
  grave: words("故意杀人 贩卖毒品 抢劫"),
  employer: words(`侯马市宏基建筑工程有限公司 山西鑫盛建筑劳务有限公司 侯马市兴达物流有限公司
    侯马市晋南纺织有限公司 侯马市新田食品有限公司 侯马市金瑞铸造有限公司 侯马市永安钢结构有限公司`),
  project: words(
    "某住宅小区二期工地 某物流园仓库工地 某道路改造工程 某厂房扩建工程 某学校教学楼工地",
  ),
  trade: words("钢筋工 木工 瓦工 电焊工 装卸工 普工"),
  injury: words("被机器压伤右手 从脚手架跌落致腰椎骨折 被倒塌的模板砸伤 操作冲床时左手受伤"),
  road: words("侯马市浍河路 侯马市新田路 侯马市平阳路 108国道侯马段 侯马市上马街道乡村道路"),
  vehicle: words("小型轿车 重型货车 电动自行车 摩托车"),
  grade: words("八 九 十 七"),
  place: words("农贸市场 村口 小区楼下 务工宿舍"),
  how: words("殴打致伤 推搡摔伤"),
};

/** Aid providers: [kind, name, firm]. Criminal defence goes to lawyers only. */
export const PROVIDERS: readonly (readonly [string, string, string])[] = [
  ["lawyer", "段文博", "山西晋都律师事务所"],
  ["lawyer", "卫俊杰", "山西晋都律师事务所"],
  ["lawyer", "梁晓燕", "山西平阳律师事务所"],
  ["lawyer", "乔国平", "山西平阳律师事务所"],
  ["lawyer", "柴慧敏", "山西浍滨律师事务所"],
  ["lawyer", "吉鹏程", "山西浍滨律师事务所"],
  ["lawyer", "畅立新", "山西新田律师事务所"],
  ["lawyer", "申丽华", "山西新田律师事务所"],
  ["grassrootsWorker", "任保平", "侯马市路东法律服务所"],
  ["grassrootsWorker", "牛淑芳", "侯马市上马法律服务所"],
  ["grassrootsWorker", "闫长青", "侯马市张村法律服务所"],
  ["centreStaff", "韩雪梅", "侯马市法律援助中心"],
];

export const MATERIALS_ITEMS = [
  "请补充提交经济困难状况个人诚信承诺书",
  "请补充提交与申请事项相关的证据材料（劳动合同、工资欠条或考勤记录）",
  "请补充提交身份证明及户口簿复印件",
  "代为申请的，请提交代理人与申请人关系证明",
];
export const REFUSAL_REASONS = [
  "申请人家庭经济状况不符合本省规定的经济困难标准",
  "申请事项系民间借贷纠纷中追索投资收益，不属于法律援助事项范围",
  "申请人已自行委托律师代理本案",
];
export const TERMINATION_REASONS = [
  "受援人自行委托律师代理，法律援助终止",
  "受援人有正当理由要求终止法律援助",
];
export const URGENCY_REASONS = [
  "距劳动争议仲裁时效届满不足七日，需立即申请劳动仲裁",
  "距诉讼时效届满不足七日，需立即提起诉讼",
  "对方正在转移财产，需立即申请诉前财产保全",
];

// ---- How cases run: plans ----

export interface Plan {
  readonly template: string;
  readonly ending?: "close" | "refuse" | "withdraw" | "terminate";
  readonly materials?: boolean;
  readonly provisional?: boolean;
  /** Open cases stop in this state. */
  readonly stop?: "received" | "awaitingMaterials" | "granted" | "designated" | "handling";
  /** Working days from receipt to the decision, and from the decision to the designation. */
  readonly examine?: number;
  readonly designate?: number;
}

/**
 * 2023: 150 cases handled (aid given), 60 for special groups (46 criminal defence, 94 civil,
 * 10 administrative), beside 5 refused and 2 withdrawn applications.
 */
export const PLANS_2023: readonly (readonly [string, number, Partial<Plan>?])[] = [
  // Criminal defence: notices of the court (审判阶段全覆盖), procuratorate and police; applications.
  ["courtFull", 28],
  ["courtMinor", 1],
  ["procMinor", 5],
  ["procSensory", 1],
  ["procMental", 1],
  ["policeMinor", 2],
  ["policeLife", 2],
  ["defenceApp", 5],
  ["defenceApp", 1, { ending: "refuse" }],
  // Civil, special groups (47).
  ["wagesW", 22],
  ["wagesW", 2, { provisional: true }],
  ["injuryW", 5],
  ["supportElder", 5],
  ["supportChild", 4],
  ["trafficElder", 1],
  ["trafficFarmer", 1],
  ["trafficFarmer", 1, { provisional: true }],
  ["violence", 4],
  ["injuryDisabled", 1],
  ["injuryMilitary", 1],
  // Civil, others (47 handled): beside them the refusals and withdrawals of the year.
  ["wages", 9],
  ["wages", 1, { ending: "refuse" }],
  ["workInjury", 7],
  ["traffic", 14],
  ["traffic", 1, { provisional: true }],
  ["traffic", 1, { ending: "refuse" }],
  ["traffic", 1, { ending: "withdraw", materials: true }],
  ["traffic", 1, { ending: "terminate" }],
  ["divorce", 5],
  ["divorce", 1, { ending: "refuse" }],
  ["divorce", 1, { ending: "terminate" }],
  ["personalInjury", 8],
  ["personalInjury", 1, { ending: "refuse" }],
  ["personalInjury", 1, { ending: "withdraw", materials: true }],
  ["spousal", 2],
  // Administrative (10, of which 3 for special groups).
  ["pensionMilitary", 1],
  ["assistanceDisabled", 1],
  ["assistanceElder", 1],
  ["pension", 3],
  ["assistance", 1],
  ["injuryDetermination", 3],
];

/** Cases of 2025–2026 that have ended, by the day of receipt (kept only if over by the load day). */
export const RECENT_PLANS: readonly (readonly [string, Plan])[] = [
  ["2025-01-13", { template: "wagesW" }],
  ["2025-02-24", { template: "courtFull" }],
  ["2025-03-17", { template: "traffic" }],
  ["2025-04-21", { template: "supportElder" }],
  ["2025-05-26", { template: "procMinor" }],
  ["2025-06-16", { template: "injuryW" }],
  ["2025-07-07", { template: "divorce", ending: "refuse" }],
  ["2025-08-18", { template: "wagesW", provisional: true }],
  ["2025-09-15", { template: "courtFull" }],
  ["2025-10-20", { template: "personalInjury", materials: true }],
  ["2025-12-08", { template: "violence" }],
  ["2026-01-19", { template: "wages" }],
  ["2026-03-09", { template: "courtFull" }],
  ["2026-04-13", { template: "trafficElder" }],
  ["2026-06-01", { template: "supportChild" }],
];

/**
 * Open cases: received this many working days ("wd") or calendar days ("d") before the load day,
 * taken as far as `stop`. Comments give where the running deadline stands on the load day.
 */
export const OPEN_PLANS: readonly (readonly [number, "wd" | "d", Plan])[] = [
  [1, "wd", { template: "wages", stop: "received" }], // examination: 6 working days left
  [6, "wd", { template: "trafficFarmer", stop: "received" }], // examination due next working day
  [9, "wd", { template: "personalInjury", stop: "received" }], // examination overdue by 2
  [3, "wd", { template: "divorce", materials: true, stop: "awaitingMaterials" }], // paused, 6 working days left
  [4, "wd", { template: "wagesW", examine: 2, stop: "granted" }], // designation due next working day
  [1, "wd", { template: "courtFull", stop: "granted" }], // notified defence: designation in 2
  [2, "wd", { template: "wagesW", provisional: true, stop: "designated" }], // examination to complete
  [8, "d", { template: "supportElder", examine: 2, designate: 1, stop: "designated" }],
  [26, "d", { template: "courtFull", stop: "handling" }],
  [35, "d", { template: "wagesW", stop: "handling" }],
  [60, "d", { template: "procMinor", stop: "handling" }],
  [95, "d", { template: "traffic", stop: "handling" }],
  [150, "d", { template: "injuryW", stop: "handling" }],
  [240, "d", { template: "violence", stop: "handling" }],
  [420, "d", { template: "trafficElder", stop: "handling" }],
];
