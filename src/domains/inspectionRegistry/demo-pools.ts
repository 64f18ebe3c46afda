// Word pools of the demo directories of 侯马市: industries with their share of a county's
// registry and the department that supervises them, trade names, places and enforcement units.
// Made up; any likeness to a real business is a coincidence.
import { words } from "../../seed/people.js";

/** Org codes of the demo city (src/seed/houma-orgs.ts). */
export const MARKET = "141081-D04";
export const MARKET_TEAM = "141081-D04-01";

export interface IndustryPool {
  /** GB/T 4754-2017 division. */
  readonly code: string;
  /** Relative share of the directory. */
  readonly weight: number;
  /** What a company of the industry calls itself: 侯马市鑫源{商贸}有限公司. */
  readonly company: readonly string[];
  /** What an individual business calls itself (个体工商户, code 92…), or none. */
  readonly shop: readonly string[];
  /** Farmers' cooperatives (code 93…) of the industry, or none. */
  readonly cooperative: readonly string[];
  /** The department that supervises it besides the market-regulation bureau, with its share. */
  readonly sector?: { readonly org: string; readonly share: number };
}

export const INDUSTRIES: readonly IndustryPool[] = [
  {
    code: "52",
    weight: 26,
    company: words("商贸 百货 超市"),
    shop: words("便利店 商店 超市 副食店 五金店 服装店"),
    cooperative: [],
  },
  {
    code: "51",
    weight: 12,
    company: words("商贸 贸易 物资 建材"),
    shop: words("批发部 经销部"),
    cooperative: [],
  },
  {
    code: "62",
    weight: 14,
    company: words("餐饮管理 饮食服务"),
    shop: words("饭店 面馆 小吃店 火锅店 烧烤店"),
    cooperative: [],
  },
  {
    code: "61",
    weight: 3,
    company: words("酒店管理 宾馆"),
    shop: words("旅馆 宾馆"),
    cooperative: [],
    sector: { org: "141081-D16", share: 0.2 },
  },
  {
    code: "80",
    weight: 7,
    company: words("家政服务 物业服务"),
    shop: words("理发店 洗衣店 美容店"),
    cooperative: [],
  },
  {
    code: "81",
    weight: 5,
    company: words("汽车服务 汽车维修"),
    shop: words("汽修部 修理部"),
    cooperative: [],
    sector: { org: "141081-D05", share: 0.4 },
  },
  {
    code: "13",
    weight: 3,
    company: words("农产品加工 粮油 面粉"),
    shop: words("磨坊 加工坊"),
    cooperative: [],
  },
  {
    code: "14",
    weight: 3,
    company: words("食品 糕点 调味品"),
    shop: words("糕点坊 豆腐坊"),
    cooperative: [],
  },
  { code: "15", weight: 1, company: words("饮品 酒业"), shop: [], cooperative: [] },
  { code: "27", weight: 1, company: words("制药 药业"), shop: [], cooperative: [] },
  {
    code: "26",
    weight: 1,
    company: words("化工 精细化工"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D14", share: 0.6 },
  },
  {
    code: "30",
    weight: 2,
    company: words("建材 水泥制品 新型建材"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D08", share: 0.3 },
  },
  {
    code: "31",
    weight: 1,
    company: words("钢铁 铸造 轧钢"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D08", share: 0.5 },
  },
  {
    code: "33",
    weight: 2,
    company: words("机械制造 金属制品 铸件"),
    shop: words("铁艺加工部"),
    cooperative: [],
  },
  {
    code: "10",
    weight: 0.5,
    company: words("矿业 砂石"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D07", share: 0.8 },
  },
  {
    code: "48",
    weight: 2,
    company: words("建筑工程 路桥工程 市政工程"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D09", share: 0.7 },
  },
  {
    code: "50",
    weight: 2,
    company: words("装饰工程 装饰设计"),
    shop: words("装饰部"),
    cooperative: [],
    sector: { org: "141081-D09", share: 0.5 },
  },
  {
    code: "54",
    weight: 3,
    company: words("运输 物流 货运"),
    shop: words("货运部"),
    cooperative: [],
    sector: { org: "141081-D05", share: 0.8 },
  },
  { code: "59", weight: 1, company: words("仓储 物流园"), shop: [], cooperative: [] },
  {
    code: "70",
    weight: 1,
    company: words("房地产开发 置业"),
    shop: [],
    cooperative: [],
    sector: { org: "141081-D09", share: 0.6 },
  },
  {
    code: "72",
    weight: 3,
    company: words("企业管理咨询 广告 商务信息咨询"),
    shop: words("图文部 广告部"),
    cooperative: [],
  },
  {
    code: "84",
    weight: 1.5,
    company: words("医疗管理 健康管理"),
    shop: words("诊所 药房"),
    cooperative: [],
    sector: { org: "141081-D13", share: 0.8 },
  },
  {
    code: "83",
    weight: 1,
    company: words("教育咨询 培训"),
    shop: words("培训部"),
    cooperative: [],
    sector: { org: "141081-D12", share: 0.8 },
  },
  {
    code: "88",
    weight: 0.5,
    company: words("文化传媒 文化艺术"),
    shop: words("书画院 工作室"),
    cooperative: [],
    sector: { org: "141081-D16", share: 0.7 },
  },
  {
    code: "90",
    weight: 1,
    company: words("娱乐 文化娱乐"),
    shop: words("KTV 网吧 棋牌室"),
    cooperative: [],
    sector: { org: "141081-D16", share: 0.8 },
  },
  {
    code: "01",
    weight: 2.5,
    company: words("农业开发 种植"),
    shop: [],
    cooperative: words("种植 蔬菜种植 果业"),
    sector: { org: "141081-D15", share: 0.6 },
  },
  {
    code: "03",
    weight: 1.5,
    company: words("养殖 牧业"),
    shop: [],
    cooperative: words("养殖 生猪养殖 肉牛养殖"),
    sector: { org: "141081-D15", share: 0.7 },
  },
];

/** Two characters of a trade name (字号) are drawn from these, first and second apart. */
export const TRADE_FIRST = words(
  "鑫 恒 宏 盛 金 华 永 利 兴 顺 福 天 瑞 鼎 嘉 晋 汾 浍 锦 隆 昌 泰 润 德 诚 信 益 众 宇 佳 新 聚 百 万 东 汇",
);
export const TRADE_SECOND = words(
  "源 达 通 安 和 祥 凯 丰 茂 旺 辉 盛 泰 诚 宇 邦 程 瑞 鑫 晟 隆 阳 川 峰 林 业 联 升 元 利",
);

/** Streets and villages of 侯马's townships, for addresses and for the names of small businesses. */
export const PLACES: readonly (readonly [string, string])[] = [
  ["路东街道", "新田路"],
  ["路东街道", "文明街"],
  ["路西街道", "平阳路"],
  ["路西街道", "铁路西街"],
  ["浍滨街道", "浍滨路"],
  ["浍滨街道", "迎宾路"],
  ["上马街道", "上马街"],
  ["上马街道", "紫金山街"],
  ["张村街道", "张村街"],
  ["张村街道", "北环路"],
  ["新田乡", "新田村"],
  ["高村乡", "高村"],
  ["凤城乡", "凤城村"],
];

export interface EnforcementUnit {
  readonly org: string;
  /** Two digits of the certificate numbers the demo gives its inspectors. */
  readonly number: string;
  readonly inspectors: number;
  readonly specialities: readonly string[];
}

/** The units whose inspectors are in the demo directory, about 150 in all. */
export const ENFORCEMENT_UNITS: readonly EnforcementUnit[] = [
  {
    org: MARKET,
    number: "04",
    inspectors: 28,
    specialities: words("marketRegulation foodSafety drugsDevices specialEquipment productQuality"),
  },
  {
    org: MARKET_TEAM,
    number: "41",
    inspectors: 26,
    specialities: words("marketRegulation foodSafety drugsDevices specialEquipment productQuality"),
  },
  { org: "141081-D05-01", number: "51", inspectors: 12, specialities: ["transport"] },
  { org: "141081-D07", number: "07", inspectors: 8, specialities: ["naturalResources"] },
  { org: "141081-D08", number: "08", inspectors: 10, specialities: ["environment"] },
  { org: "141081-D09", number: "09", inspectors: 8, specialities: ["housingConstruction"] },
  { org: "141081-D10", number: "10", inspectors: 5, specialities: ["labour"] },
  { org: "141081-D12", number: "12", inspectors: 4, specialities: ["education"] },
  { org: "141081-D13", number: "13", inspectors: 9, specialities: ["health"] },
  { org: "141081-D14", number: "14", inspectors: 10, specialities: ["workSafety"] },
  { org: "141081-D15", number: "15", inspectors: 9, specialities: ["agriculture"] },
  { org: "141081-D16", number: "16", inspectors: 7, specialities: ["cultureTourism"] },
  { org: "141081001-ZF", number: "81", inspectors: 3, specialities: ["urbanManagement"] },
  { org: "141081002-ZF", number: "82", inspectors: 3, specialities: ["urbanManagement"] },
  { org: "141081003-ZF", number: "83", inspectors: 2, specialities: ["urbanManagement"] },
  { org: "141081004-ZF", number: "84", inspectors: 2, specialities: ["urbanManagement"] },
];

/** Companies run by a department (its 国有 companies): that department's inspectors recuse. */
export const AFFILIATED: readonly (readonly [string, string, string])[] = [
  ["侯马市城市建设投资开发有限公司", "70", "141081-D09"],
  ["侯马市市政工程有限公司", "48", "141081-D09"],
  ["侯马市交通建设投资有限公司", "48", "141081-D05"],
  ["侯马市公共交通有限公司", "54", "141081-D05"],
  ["侯马市文化旅游发展有限公司", "88", "141081-D16"],
  ["侯马市晋国古都景区管理有限公司", "90", "141081-D16"],
  ["侯马市农业发展投资有限公司", "01", "141081-D15"],
  ["侯马市粮食购销有限公司", "51", "141081-D15"],
  ["侯马市质量计量检测服务有限公司", "72", MARKET],
  ["侯马市食品安全检测有限公司", "72", MARKET],
  ["侯马市卫生服务有限公司", "84", "141081-D13"],
  ["侯马市自然资源开发有限公司", "10", "141081-D07"],
];

export const CONFLICT_REASONS =
  words(`配偶在该主体任职 近亲属系该主体股东 本人曾在该主体任职未满三年
  近亲属系该主体法定代表人 与该主体负责人有其他利害关系`);
