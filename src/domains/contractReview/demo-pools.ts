// Word pools of the demo contract reviews: the 40 contracts of 2023 by requesting organisation and
// kind, titles and counterparties by kind, and the risks a reviewer finds with the suggested fix.

/** Requesting org ("" the city government, "D03" a department, "001" a township) and kind. */
export const CONTRACTS_2023: readonly (readonly [org: string, kind: string])[] = [
  ["", "investment"],
  ["", "investment"],
  ["", "concession"],
  ["", "stateAssets"],
  ["", "investment"],
  ["D02", "procurement"],
  ["D02", "services"],
  ["D02", "procurement"],
  ["D03", "services"],
  ["D03", "loanGuarantee"],
  ["D04", "procurement"],
  ["D05", "construction"],
  ["D05", "services"],
  ["D06", "services"],
  ["D06", "procurement"],
  ["D07", "stateAssets"],
  ["D07", "services"],
  ["D08", "services"],
  ["D09", "construction"],
  ["D09", "construction"],
  ["D09", "concession"],
  ["D10", "services"],
  ["D11", "procurement"],
  ["D12", "construction"],
  ["D12", "procurement"],
  ["D13", "procurement"],
  ["D13", "services"],
  ["D14", "procurement"],
  ["D15", "construction"],
  ["D15", "other"],
  ["D16", "other"],
  ["D16", "stateAssets"],
  ["D17", "services"],
  ["001", "construction"],
  ["002", "services"],
  ["003", "stateAssets"],
  ["004", "construction"],
  ["005", "services"],
  ["200", "construction"],
  ["201", "other"],
];
/** Of the 40: the ones to be changed before signing, and the one advised against (a guarantee). */
export const WITH_CHANGES_2023 = new Set([3, 12, 20, 26, 33]);
export const ADVISED_AGAINST_2023 = 9;

/** Title templates by kind ({year}, {town}), the counterparty's trade, amount range in yuan. */
export const TITLES: Readonly<
  Record<string, readonly (readonly [title: string, trade: string, low: number, high: number])[]>
> = {
  procurement: [
    ["{year}年度办公设备采购合同", "科技有限公司", 80_000, 460_000],
    ["网络安全等级保护测评服务采购合同", "信息技术有限公司", 60_000, 180_000],
    ["档案数字化加工服务采购合同", "信息技术有限公司", 150_000, 620_000],
    ["执法记录仪及移动执法终端采购合同", "科技有限公司", 200_000, 880_000],
  ],
  construction: [
    ["{town}老旧小区改造工程施工合同", "建设工程有限公司", 1_800_000, 9_600_000],
    ["{town}农村供水管网改造工程施工合同", "水利工程有限公司", 900_000, 4_200_000],
    ["城区雨污分流管网改造工程施工合同", "市政工程有限公司", 3_500_000, 12_000_000],
    ["学校运动场改造工程施工合同", "建设工程有限公司", 600_000, 2_400_000],
  ],
  investment: [
    ["年产5万吨新型建材项目投资合作协议", "新材料有限公司", 0, 0],
    ["冷链物流园项目投资协议", "物流有限公司", 0, 0],
    ["文旅康养综合体项目投资协议", "文化旅游开发有限公司", 0, 0],
  ],
  concession: [
    ["城区生活垃圾清运特许经营协议", "环境工程有限公司", 4_000_000, 16_000_000],
    ["城区公共停车场特许经营协议", "停车管理有限公司", 2_000_000, 6_000_000],
  ],
  stateAssets: [
    ["闲置办公用房租赁合同", "商贸有限公司", 36_000, 180_000],
    ["国有建设用地使用权出让合同", "置业有限公司", 8_000_000, 36_000_000],
    ["临街门面房租赁合同", "", 18_000, 60_000],
  ],
  services: [
    ["物业管理服务合同", "物业服务有限公司", 120_000, 480_000],
    ["第三方绩效评价委托服务合同", "会计师事务所有限公司", 60_000, 200_000],
    ["12345政务服务便民热线运营服务合同", "信息技术有限公司", 300_000, 900_000],
    ["信息系统运行维护服务合同", "信息技术有限公司", 80_000, 320_000],
  ],
  loanGuarantee: [["城投公司项目贷款担保合同", "农村商业银行股份有限公司", 30_000_000, 30_000_000]],
  other: [
    ["乡村振兴战略合作框架协议", "农业科技有限公司", 0, 0],
    ["文物保护利用战略合作协议", "文化传媒有限公司", 0, 0],
  ],
};

export const FIRM_PLACES = ["山西", "临汾市", "侯马市"];
export const FIRM_WORDS = words(
  "晋阳 平阳 浍河 汾水 新田 晋都 华源 鼎盛 恒泰 瑞丰 晋南 古韵 铜鼎 晋通 泰和 金桥",
);

function words(text: string): readonly string[] {
  return text.trim().split(/\s+/);
}

/** Risks by kind: what was found and what the reviewer suggested. */
export const RISKS: readonly (readonly [kind: string, found: string, suggestion: string])[] = [
  [
    "partyStatus",
    "相对方营业执照经营范围不含合同约定的服务内容",
    "核实相对方资质，补充资质证明材料",
  ],
  ["partyStatus", "合同签订人未提供法定代表人授权委托书", "补充授权委托书及签订人身份证明"],
  ["unbalanced", "合同仅约定我方义务，未约定相对方相应义务", "补充相对方义务及对等的违约责任"],
  ["breach", "违约金比例约定过低，不足以弥补可能的损失", "将违约金调整为合同总价的10%至20%"],
  ["breach", "未约定逾期交付或逾期完工的违约责任", "增加按日计算的逾期违约金条款"],
  ["disputes", "争议解决约定为相对方所在地仲裁委员会", "修改为向合同履行地人民法院提起诉讼"],
  ["payment", "预付款比例达合同价款的50%，缺少履约担保", "降低预付款比例或要求提供履约保函"],
  ["payment", "付款节点未与验收结果挂钩", "约定验收合格后按进度支付"],
  [
    "intellectualProperty",
    "未约定软件、数据等成果的知识产权归属",
    "明确成果的知识产权及数据归我方所有",
  ],
  ["other", "未约定保密义务及个人信息保护责任", "增加保密和个人信息保护条款"],
];

/** 预算法 第35条: the one advised against in 2023. */
export const GUARANTEE_RISKS: readonly (readonly [
  kind: string,
  found: string,
  suggestion: string,
])[] = [
  [
    "partyStatus",
    "送审单位拟以政府部门名义为融资平台公司贷款提供担保",
    "地方政府及其所属部门不得为任何单位和个人的债务以任何方式提供担保（《预算法》第35条），不得签订",
  ],
  [
    "payment",
    "合同约定由财政资金承担连带还款责任",
    "删除财政资金兜底条款，融资由平台公司依法自主承担",
  ],
];

export const MATERIALS = [
  "项目立项批复及资金来源证明",
  "相对方营业执照、资质证书及法定代表人身份证明",
  "政府采购招标文件及中标通知书",
  "合同谈判纪要及单位集体研究意见",
];

export const WITHDRAWAL_REASONS = [
  "项目投资方调整投资计划，双方暂缓签约，送审单位函告撤回",
  "经单位集体研究，调整采购方式重新组织采购，送审单位函告撤回",
];
