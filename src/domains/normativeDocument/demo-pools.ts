// Data tables for the normative-document demo (demo.ts): documents a county-level city issues,
// by drafting unit, issuing body and basis, with the cleanup batches of 2023 (the reference report:
// 营商环境、黄河流域保护、产权保护领域). Titles are typical of such documents; none is a real one.

export const JUSTICE = "141081-D01";
/** Drafting units with a demo clerk; fzb (lawOffice, scope all) keeps the others' records. */
export const KEEPER_OF: Readonly<Record<string, string>> = {
  "141081-D01": "sfj_clerk",
  "141081-D04": "scj_clerk",
  "141081-D06": "spj_clerk",
};
export const OFFICE_USER = "fzb";
export const keeperOf = (org: string): string => KEEPER_OF[org] ?? OFFICE_USER;

/** The 文号 prefix of each issuing body; a department's by its code. */
export const ISSUING_PREFIX: Readonly<Record<string, string>> = {
  government: "侯政发",
  governmentOffice: "侯政办发",
  "141081-D04": "侯市监发",
  "141081-D06": "侯审批发",
  "141081-D09": "侯住建发",
  "141081-D12": "侯教发",
  "141081-D15": "侯农发",
};

/** Where each issuing body files: the level above (地方规定，市政府文件报临汾市人民政府). */
export const FILED_TO: Readonly<Record<string, string>> = {
  government: "临汾市人民政府",
  governmentOffice: "临汾市人民政府",
  department: "侯马市人民政府",
};

export interface DocumentSeed {
  readonly title: string;
  readonly org: string;
  readonly body: "government" | "governmentOffice" | "department";
  readonly business: boolean;
  readonly basis: string;
  readonly summary: string;
}

const seed = (
  title: string,
  org: string,
  body: DocumentSeed["body"],
  business: boolean,
  basis: string,
  summary: string,
): DocumentSeed => ({ title, org, body, business, basis, summary });

/** Interim documents are named so: 暂行/试行 (2-year validity). */
export const isInterimTitle = (title: string): boolean => /暂行|试行/.test(title);

export const DOCUMENTS: readonly DocumentSeed[] = [
  seed(
    "侯马市城区占道经营管理暂行办法",
    "141081-D09",
    "government",
    true,
    "《城市市容和环境卫生管理条例》《山西省城市市容和环境卫生管理条例》",
    "规范城区占道经营审批、摊点设置和监督管理。",
  ),
  seed(
    "侯马市农村集体经营性建设用地入市管理办法",
    "141081-D07",
    "government",
    true,
    "《中华人民共和国土地管理法》《中华人民共和国土地管理法实施条例》",
    "明确入市主体、范围、程序和收益分配。",
  ),
  seed(
    "侯马市汾河流域生态保护补偿办法",
    "141081-D08",
    "government",
    false,
    "《中华人民共和国黄河保护法》《山西省汾河保护条例》",
    "建立汾河侯马段跨断面水质考核与生态补偿机制。",
  ),
  seed(
    "侯马市小微企业创业担保贷款贴息管理办法",
    "141081-D03",
    "governmentOffice",
    true,
    "《中华人民共和国中小企业促进法》《山西省创业担保贷款实施办法》",
    "规定贴息对象、标准、申请程序和资金监管。",
  ),
  seed(
    "侯马市政府投资项目管理办法",
    "141081-D02",
    "government",
    false,
    "《政府投资条例》《山西省政府投资管理办法》",
    "规范政府投资项目决策、实施和监督管理。",
  ),
  seed(
    "侯马市食品小作坊登记管理办法",
    "141081-D04",
    "department",
    true,
    "《中华人民共和国食品安全法》《山西省食品小作坊小经营店小摊点管理条例》",
    "规定食品小作坊登记条件、程序和日常监督检查。",
  ),
  seed(
    "侯马市优化营商环境若干措施",
    "141081-D06",
    "governmentOffice",
    true,
    "《优化营商环境条例》《山西省优化营商环境条例》",
    "从市场准入、政务服务、要素保障等方面提出具体措施。",
  ),
  seed(
    "侯马市行政规范性文件合法性审核办法",
    "141081-D01",
    "governmentOffice",
    false,
    "国办发〔2018〕37号、国办发〔2018〕115号、《山西省行政规范性文件制定与监督管理办法》",
    "规定审核范围、程序、期限和责任。",
  ),
  seed(
    "侯马市工程建设项目审批制度改革实施办法（试行）",
    "141081-D06",
    "governmentOffice",
    true,
    "国办发〔2019〕11号、《优化营商环境条例》",
    "推行并联审批、联合验收和告知承诺制。",
  ),
  seed(
    "侯马市城乡居民最低生活保障实施办法",
    "141081-D17",
    "government",
    false,
    "《社会救助暂行办法》《山西省最低生活保障审核确认办法》",
    "规定低保申请、审核确认、动态管理和监督。",
  ),
  seed(
    "侯马市市场主体信用风险分类管理办法",
    "141081-D04",
    "department",
    true,
    "《优化营商环境条例》、国办发〔2019〕35号",
    "按信用风险分类确定双随机抽查比例和频次。",
  ),
  seed(
    "侯马市涉企行政合规指导实施办法",
    "141081-D01",
    "governmentOffice",
    true,
    "《优化营商环境条例》《山西省优化营商环境条例》",
    "建立涉企行政合规指导清单和首违不罚制度。",
  ),
  seed(
    "侯马市国有土地上房屋征收与补偿实施办法",
    "141081-D09",
    "government",
    false,
    "《国有土地上房屋征收与补偿条例》",
    "规定征收程序、补偿标准、安置方式和产权保护措施。",
  ),
  seed(
    "侯马市高标准农田建设管护办法",
    "141081-D15",
    "department",
    false,
    "《农田水利条例》《高标准农田建设质量管理办法（试行）》",
    "明确管护主体、责任、经费和考核。",
  ),
  seed(
    "侯马市企业投资项目承诺制实施办法（试行）",
    "141081-D06",
    "governmentOffice",
    true,
    "《企业投资项目核准和备案管理条例》《优化营商环境条例》",
    "对企业投资项目实行承诺制审批和事中事后监管。",
  ),
  seed(
    "侯马市农贸市场建设管理办法",
    "141081-D04",
    "government",
    true,
    "《山西省农贸市场管理办法》",
    "规范农贸市场规划建设、经营管理和监督检查。",
  ),
  seed(
    "侯马市居住区配套养老服务设施管理办法",
    "141081-D17",
    "governmentOffice",
    false,
    "《山西省养老服务条例》",
    "规定配套养老设施规划、建设、移交和使用。",
  ),
  seed(
    "侯马市公共资源交易管理暂行办法",
    "141081-D06",
    "government",
    true,
    "《中华人民共和国招标投标法》《中华人民共和国政府采购法》",
    "统一公共资源交易平台、规则和监督。",
  ),
  seed(
    "侯马市历史文化街区保护管理办法",
    "141081-D16",
    "government",
    false,
    "《历史文化名城名镇名村保护条例》《山西省历史文化名城名镇名村保护条例》",
    "划定保护范围，规范修缮、利用和监督管理。",
  ),
  seed(
    "侯马市城镇燃气安全管理办法",
    "141081-D09",
    "government",
    true,
    "《城镇燃气管理条例》《山西省燃气管理条例》",
    "明确燃气经营、使用和安全监管责任。",
  ),
  seed(
    "侯马市行政执法公示办法",
    "141081-D01",
    "governmentOffice",
    false,
    "国办发〔2018〕118号",
    "规范事前、事中、事后公开的内容和时限。",
  ),
  seed(
    "侯马市住宅专项维修资金管理办法",
    "141081-D09",
    "government",
    false,
    "《住宅专项维修资金管理办法》",
    "规定维修资金交存、使用、管理和监督。",
  ),
  seed(
    "侯马市个体工商户帮扶办法（试行）",
    "141081-D04",
    "governmentOffice",
    true,
    "《促进个体工商户发展条例》",
    "规定帮扶对象、措施和申请程序。",
  ),
  seed(
    "侯马市校外培训机构监督管理办法",
    "141081-D12",
    "department",
    true,
    "《中华人民共和国民办教育促进法》《校外培训行政处罚暂行办法》",
    "规范校外培训机构设置、收费、资金监管和执法检查。",
  ),
];

/** The 2023 cleanups (the reference report); documents in force before each are looked at. */
export const CLEANUPS_2023 = [
  { batch: "2023年营商环境领域规范性文件清理", on: "2023-06-20" },
  { batch: "2023年黄河流域生态保护领域规范性文件清理", on: "2023-09-12" },
  { batch: "2023年产权保护领域规范性文件清理", on: "2023-11-08" },
] as const;

export const CLEANUP_2025 = { batch: "2025年行政规范性文件集中清理", on: "2025-10-16" } as const;
