// The decision items of 侯马市's demo catalogs, 2023–2026. The 2023 catalog has the 16 items the
// city's 2023 annual report counts. Titles are plausible for a county-level city; any likeness to
// a real catalog is a coincidence.
//
// One item a line: lead unit (`D..` a department, 141081-D..) | category | title | planned month
// | flags | plan. Flags: S specialised (expert argument), R affects stability (risk assessment),
// M affects markets (fair-competition review), H hearing, P reported to the Party committee.
// Plan: how far the decision went (default archived): published, suspended, withdrawn, removed
// (taken out of the catalog by its adjustment), evaluated (archived and evaluated a year on); the
// open ones of the load day's year: comment (in public comment for ten days), awaitingReview,
// expertPending, readyToDecide, launched.
import type { DecisionCategory } from "./categories.js";

export type Plan =
  | "archived"
  | "evaluated"
  | "published"
  | "suspended"
  | "withdrawn"
  | "removed"
  | "comment"
  | "awaitingReview"
  | "expertPending"
  | "readyToDecide"
  | "launched";

export interface Item {
  readonly org: string;
  readonly category: DecisionCategory;
  readonly title: string;
  readonly month: number;
  readonly flags: string;
  readonly plan: Plan;
}

export const parseItems = (text: string): Item[] =>
  text
    .trim()
    .split("\n")
    .map((line) => {
      const [org = "", category = "", title = "", month = "12", flags = "-", plan = ""] = line
        .split("|")
        .map((cell) => cell.trim());
      return {
        org: org.startsWith("D") ? `141081-${org}` : org,
        category: category as DecisionCategory,
        title,
        month: Number(month),
        flags: flags === "-" ? "" : flags,
        plan: (plan === "" ? "archived" : plan) as Plan,
      };
    });

export const ITEMS: Readonly<Record<number, string>> = {
  2023: `
D09 | publicProject | 侯马市城区老旧小区改造三年行动计划（2023—2025年） | 6 | SR | evaluated
D07 | developmentPlan | 侯马市国土空间总体规划（2021—2035年） | 9 | SHP
D12 | publicService | 侯马市学前教育第四期行动计划 | 5 | -
D13 | publicService | 侯马市紧密型县域医疗卫生共同体建设实施方案 | 7 | S
D09 | publicProject | 侯马市城区集中供热管网扩容改造工程 | 8 | SRM | evaluated
D05 | publicService | 侯马市城市公共交通线网优化调整方案 | 10 | HR
D08 | environment | 侯马市2023年大气污染防治攻坚行动方案 | 3 | SM
D15 | resources | 侯马市耕地保护和高标准农田建设实施方案 | 6 | S
D16 | resources | 侯马晋国古都遗址保护利用总体规划 | 11 | SP
D10 | publicService | 侯马市城乡居民基本养老保险缴费档次调整方案 | 4 | R
D17 | socialManagement | 侯马市最低生活保障标准调整方案 | 5 | R | evaluated
D04 | marketRegulation | 侯马市农贸市场提质升级改造实施方案 | 9 | MR
D03 | other | 侯马市政府投资项目管理办法 | 7 | M
D06 | marketRegulation | 侯马市“一件事一次办”集成服务改革实施方案 | 4 | M
D14 | socialManagement | 侯马市城镇燃气安全专项整治实施方案 | 6 | SR
D09 | publicProject | 侯马市城区雨污分流改造工程 | 10 | SR | published
`,
  2024: `
D09 | publicProject | 侯马市城中村改造实施方案 | 9 | SRHP
D12 | publicService | 侯马市义务教育学校布局调整规划（2024—2030年） | 8 | SRH
D13 | publicService | 侯马市公立医院改革与高质量发展实施方案 | 6 | -
D05 | publicProject | 侯马市城区停车设施建设规划 | 7 | SM | suspended
D08 | environment | 侯马市汾河流域水生态保护修复实施方案 | 10 | S
D15 | resources | 侯马市农村集体经营性建设用地入市实施方案 | 9 | RM
D07 | resources | 侯马市矿产资源总体规划（2021—2025年）调整方案 | 11 | S | removed
D10 | publicService | 侯马市就业创业扶持政策实施办法 | 5 | M
D17 | socialManagement | 侯马市养老服务体系建设实施方案 | 6 | -
D04 | marketRegulation | 侯马市食品安全“两个责任”落实实施方案 | 4 | -
D14 | socialManagement | 侯马市自然灾害应急能力提升工程实施方案 | 10 | S
`,
  2025: `
D09 | publicProject | 侯马市城市更新行动实施方案 | 8 | SR
D13 | publicService | 侯马市医养结合服务发展实施方案 | 6 | -
D12 | publicService | 侯马市普通高中多样化发展实施方案 | 7 | - | published
D08 | environment | 侯马市空气质量持续改善行动方案 | 4 | SM
D15 | developmentPlan | 侯马市乡村振兴示范片区建设规划 | 9 | S
D06 | marketRegulation | 侯马市惠企政策“免申即享”实施办法 | 5 | M
D05 | publicService | 侯马市城乡客运一体化实施方案 | 10 | HR | published
D16 | resources | 侯马市文物保护利用专项规划 | 11 | S
D17 | socialManagement | 侯马市困难群众救助标准调整方案 | 5 | R
`,
  2026: `
D09 | publicProject | 侯马市城区供水管网更新改造工程 | 6 | SRM | archived
D13 | publicService | 侯马市基层医疗卫生服务能力提升方案 | 6 | - | published
D12 | publicService | 侯马市中小学校课后服务管理办法 | 12 | H | comment
D05 | publicService | 侯马市城市公共交通票价调整方案 | 12 | HRM | awaitingReview
D08 | environment | 侯马市新污染物治理工作方案 | 12 | S | expertPending
D10 | publicService | 侯马市技能人才培养实施方案 | 12 | - | readyToDecide
D07 | developmentPlan | 侯马市中心城区国土空间详细规划 | 12 | SR | launched
D17 | socialManagement | 侯马市社区嵌入式服务设施建设方案 | 9 | - | withdrawn
`,
};

/** The item the 2024 catalog added at its mid-year adjustment. */
export const ADDED_2024 = "D09 | publicProject | 侯马市城市生命线安全工程建设方案 | 12 | SR";
export const REMOVED_REASON =
  "按照省、临汾市统一部署，该规划调整改由上级组织实施，不再列入本级决策事项";
export const ADDED_REASON = "按照省、临汾市城市安全发展工作部署，增列为本年度重大行政决策事项";

/** What the decision's legal basis is, by category (the catalog's 决策依据 column). */
export const BASIS: Readonly<Record<DecisionCategory, string>> = {
  publicService: "《山西省人民政府关于推进基本公共服务均等化的实施意见》等",
  marketRegulation: "《优化营商环境条例》《山西省优化营商环境条例》",
  socialManagement: "《社会救助暂行办法》等",
  environment: "《中华人民共和国大气污染防治法》《中华人民共和国黄河保护法》",
  developmentPlan: "《中华人民共和国城乡规划法》《中华人民共和国土地管理法》",
  resources: "《中华人民共和国文物保护法》《中华人民共和国土地管理法》",
  publicProject: "《政府投资条例》《中华人民共和国城乡规划法》",
  other: "《政府投资条例》",
};

export const EXPERTS = [
  "山西大学 李教授、太原理工大学 王教授、临汾市规划设计研究院 张高级工程师",
  "山西师范大学 赵教授、山西省城乡规划设计研究院 刘高级工程师、山西平阳律师事务所 段律师",
  "山西医科大学 郭教授、临汾市疾病预防控制中心 贾主任医师、侯马市人民医院 史主任医师",
  "山西农业大学 田教授、山西省生态环境研究中心 薛研究员、山西浍河律师事务所 梁律师",
];
export const CHANNELS = [
  "侯马市人民政府门户网站、侯马新闻",
  "侯马市人民政府门户网站、“侯马发布”微信公众号",
  "侯马市人民政府门户网站、侯马融媒体中心",
];
export const WITHDRAWAL_2026 =
  "上级出台统一建设标准，本方案须按新标准重新论证，经市政府研究决定终止本次决策程序";
export const SUSPENSION_2024 =
  "上位规划调整，停车设施布局须与新规划衔接，经市长决定先行中止执行（第37条）";
