// Data tables for the section (一) demo (demo.ts): the city's leaders, its study groups, topics put
// to the meetings, themes of study and the organisations that report on the law. Every person's
// name is made up; any likeness to a real person is a coincidence.

export const CITY = "141081";
export const LAW_OFFICE = "141081-C01";
export const JUSTICE = "141081-D01";

/** The demo users who keep records for an organisation; fzb (scope all) keeps everyone else's. */
export const KEEPER_OF: Readonly<Record<string, string>> = {
  "141081-D01": "sfj_clerk",
  "141081-D04": "scj_clerk",
  "141081001": "ld_clerk",
};
export const OFFICE_USER = "fzb";
export const keeperOf = (org: string): string => KEEPER_OF[org] ?? OFFICE_USER;

export type Member = readonly [name: string, post: string];

export const PARTY_SECRETARY: Member = ["陈志远", "市委书记"];
export const MAYOR: Member = ["刘建华", "市委副书记、市长"];

/** 市委理论学习中心组: the standing committee and the heads who sit in. */
export const PARTY_COMMITTEE_GROUP: readonly Member[] = [
  PARTY_SECRETARY,
  MAYOR,
  ["王振宇", "市委副书记"],
  ["张海燕", "市委常委、市纪委书记、市监委主任"],
  ["李卫东", "市委常委、组织部部长"],
  ["赵丽萍", "市委常委、宣传部部长"],
  ["孙立新", "市委常委、政法委书记"],
  ["杨国平", "市委常委、常务副市长"],
  ["韩淑芳", "市委常委、统战部部长"],
  ["吉鹏程", "市委常委、市委办公室主任"],
  ["段晓峰", "市委常委、副市长"],
  ["高玉梅", "市人大常委会主任"],
  ["牛建平", "市政协主席"],
];

/** 市政府党组. */
export const GOVERNMENT_GROUP: readonly Member[] = [
  ["刘建华", "市长、市政府党组书记"],
  ["杨国平", "常务副市长、市政府党组副书记"],
  ["段晓峰", "副市长、市政府党组成员"],
  ["柴慧敏", "副市长、市政府党组成员"],
  ["乔振华", "副市长、市政府党组成员"],
  ["史文斌", "副市长、市公安局局长、市政府党组成员"],
  ["梁海军", "市政府党组成员、市政府办公室主任"],
  ["卫红霞", "市政府党组成员"],
];

/** Study groups of units that keep their own sessions (their keepers are demo users). */
export const UNIT_GROUPS: readonly (readonly [org: string, members: readonly Member[]])[] = [
  [
    "141081-D01",
    [
      ["杨志刚", "党组书记、局长"],
      ["畅立新", "党组成员、副局长"],
      ["薛海燕", "党组成员、副局长"],
      ["申丽华", "党组成员、政治处主任"],
    ],
  ],
  [
    "141081-D04",
    [
      ["田永刚", "党组书记、局长"],
      ["卫淑芳", "党组成员、副局长"],
      ["任保平", "党组成员、副局长"],
      ["宁振华", "党组成员、综合行政执法队队长"],
    ],
  ],
  [
    "141081001",
    [
      ["闫长青", "党工委书记"],
      ["王春花", "党工委副书记、办事处主任"],
      ["段玉成", "党工委委员、武装部部长"],
      ["柴巧云", "党工委委员、副主任"],
    ],
  ],
];

export const LEAVE_REASONS = [
  "参加临汾市会议",
  "外出招商",
  "参加省委党校学习",
  "病假",
  "处理突发事件",
  "带队督导防汛工作",
];

/** Themes of study on rule of law: theme | what was studied. */
export const LAW_THEMES: readonly string[] = [
  "深入学习贯彻习近平法治思想｜集中学习《习近平法治思想学习纲要》，围绕法治政府建设开展交流研讨",
  "学习宪法，弘扬宪法精神｜学习宪法修正案及宪法宣誓制度，研讨领导干部尊法学法守法用法",
  "学习新修订的《中华人民共和国行政复议法》｜学习行政复议法修订要点，研讨发挥行政复议化解行政争议主渠道作用",
  "学习《法治政府建设实施纲要（2021—2025年）》｜对照纲要任务梳理我市法治政府建设短板，研究推进措施",
  "学习《党政主要负责人履行推进法治建设第一责任人职责规定》｜对照职责清单交流履职情况",
  "学习《优化营商环境条例》｜研讨以法治化营商环境助力高质量发展",
  "学习《中华人民共和国民法典》｜邀请专家解读民法典与政府依法行政",
  "学习《重大行政决策程序暂行条例》｜研讨重大行政决策公众参与、专家论证、合法性审查程序",
  "学习《中国共产党政法工作条例》｜研讨党对政法工作的绝对领导和平安侯马建设",
  "学习《山西省行政规范性文件制定与监督管理办法》｜研讨规范性文件合法性审核和备案审查",
  "学习《中华人民共和国行政处罚法》｜研讨严格规范公正文明执法",
  "学习《关于加强法治乡村建设的意见》｜研讨基层依法治理和法治乡村建设",
];

export const OTHER_THEMES: readonly string[] = [
  "学习贯彻党的二十大精神｜原原本本学习党的二十大报告，交流学习体会",
  "学习习近平新时代中国特色社会主义思想主题教育｜围绕主题教育目标任务开展专题研讨",
  "学习习近平总书记考察调研山西重要讲话重要指示精神｜研讨推动资源型经济转型发展",
  "学习中央经济工作会议精神｜研究部署全年经济工作",
  "学习习近平生态文明思想｜研讨黄河流域生态保护和高质量发展",
  "学习《中国共产党纪律处分条例》｜开展党纪学习教育专题研讨",
  "学习习近平总书记关于安全生产的重要论述｜研讨统筹发展和安全",
  "学习全国两会精神｜交流学习体会，研究贯彻落实措施",
  "学习习近平总书记关于意识形态工作的重要论述｜研讨落实意识形态工作责任制",
  "学习习近平总书记关于乡村振兴的重要论述｜研讨巩固拓展脱贫攻坚成果",
  "学习党的二十届三中全会精神｜研讨进一步全面深化改革",
  "学习习近平总书记关于文化遗产保护的重要论述｜研讨晋国古都文化保护传承",
];

export const LAW_SPEAKERS: readonly string[] = [
  "市委常委、政法委书记 孙立新",
  "市司法局局长 杨志刚",
  "山西大学法学院教授 梁文静（特邀）",
  "山西省委党校法学教研部教授 贾振国（特邀）",
  "市委法律顾问、山西晋南律师事务所律师 乔明远（特邀）",
];

/** Topics put to the meetings: [meeting kind, topic, submitting org, is rule of law]. */
export type TopicSeed = readonly [kind: string, topic: string, org: string, isRuleOfLaw: boolean];

export const LAW_TOPICS: readonly TopicSeed[] = [
  [
    "standingCommittee",
    "研究审定《侯马市党政主要负责人履行推进法治建设第一责任人职责{Y}年度工作清单》",
    LAW_OFFICE,
    true,
  ],
  ["standingCommittee", "听取{P}年度全市法治政府建设工作情况汇报", LAW_OFFICE, true],
  [
    "standingCommittee",
    "研究《侯马市法治建设“一规划两纲要”实施方案》落实情况及推进措施",
    LAW_OFFICE,
    true,
  ],
  ["standingCommittee", "研究解决综合行政执法队伍编制和执法装备保障问题", JUSTICE, true],
  [
    "lawCommittee",
    "市委全面依法治市委员会全体会议审议《{Y}年全市法治建设工作要点》",
    LAW_OFFICE,
    true,
  ],
  ["lawCommittee", "审议《侯马市法治政府建设示范创建工作方案》", LAW_OFFICE, true],
  ["lawCommittee", "审议《侯马市新时代法治人才培养工作举措及分工方案》", LAW_OFFICE, true],
  [
    "lawCommitteeTopical",
    "专题研究乡（街道）综合行政执法改革中下放行政处罚权承接问题",
    JUSTICE,
    true,
  ],
  ["lawCommitteeTopical", "专题研究道路交通安全和运输执法领域突出问题专项整治", "141081-D05", true],
  ["lawCommitteeTopical", "专题研究行政复议体制改革后复议案件办理力量保障问题", JUSTICE, true],
  ["lawCommitteeTopical", "专题研究法治督察反馈问题整改工作", LAW_OFFICE, true],
  ["executiveMeeting", "研究《侯马市重大行政决策事项{Y}年度目录》", "141081-D02", true],
  ["executiveMeeting", "研究《侯马市行政规范性文件合法性审核办法》", JUSTICE, true],
  ["executiveMeeting", "研究市政府法律顾问聘任及法律顾问工作规则", JUSTICE, true],
  ["executiveMeeting", "研究全市行政应诉工作及行政机关负责人出庭应诉情况", JUSTICE, true],
  ["executiveMeeting", "研究《侯马市优化法治化营商环境若干措施》", "141081-D06", true],
  ["executiveMeeting", "研究行政执法“三项制度”落实及执法案卷评查问题整改", JUSTICE, true],
  ["executiveMeeting", "研究市场监管领域“双随机、一公开”监管工作方案", "141081-D04", true],
];

export const OTHER_TOPICS: readonly TopicSeed[] = [
  ["standingCommittee", "研究{Y}年度全市经济社会发展主要目标任务", CITY, false],
  ["standingCommittee", "研究全市干部队伍建设有关事项", CITY, false],
  ["executiveMeeting", "研究{Y}年城区冬季清洁取暖工作方案", "141081-D09", false],
  ["executiveMeeting", "研究市级财政预算调整方案", "141081-D03", false],
  ["executiveMeeting", "研究老旧小区改造项目实施计划", "141081-D09", false],
  ["executiveMeeting", "研究高标准农田建设项目实施方案", "141081-D15", false],
  ["executiveMeeting", "研究城区中小学校布局调整方案", "141081-D12", false],
  ["mayorsOffice", "研究晋国古都遗址保护展示项目推进问题", "141081-D16", false],
  ["mayorsOffice", "研究安全生产隐患排查整治工作", "141081-D14", false],
];

/** A rule-of-law matter settled at the 市长办公会议: kept, but not among the three meetings. */
export const MAYORS_OFFICE_LAW_TOPIC: TopicSeed = [
  "mayorsOffice",
  "研究市政府合同审查工作流程",
  JUSTICE,
  true,
];

/** Orgs required to give a 述法 report: every department and township, except the vertical 分局. */
export const VERTICAL_BUREAU = "141081-D08";
/** Those who report orally at the year-end meeting; the rest report in writing. */
export const ORAL_REPORTERS = new Set([
  "141081-D01",
  "141081-D04",
  "141081-D05",
  "141081-D11",
  "141081001",
  "141081002",
  "141081200",
  "141081202",
]);

export const EVALUATORS: readonly Member[] = [
  ["张丽娟", "市委依法治市办副主任"],
  ["郭振华", "市人大常委会法工委主任"],
  ["范淑琴", "市政协社会法制委员会主任"],
  ["田志勇", "市委组织部干部科科长"],
  ["常晓辉", "市政府法律顾问、律师"],
  ["任雪梅", "“两代表一委员”代表"],
  ["吕明轩", "群众代表"],
];

export const RETURN_REASONS = [
  "述法报告未对照第一责任人职责清单逐项说明履职情况，存在问题查摆不深，请补充完善后重新报送",
  "报告未体现本单位行政复议、行政应诉及案卷评查中发现问题的整改情况，请修改",
];

/** Items every duty list carries, by category ({Y}: the year). */
export const DUTY_ITEMS: readonly (readonly [category: string, text: string, doneBy: string])[] = [
  ["planning", "{Y}年年初主持研究部署本级法治建设年度工作，审定年度工作要点", "{Y}年3月底前"],
  ["resolving", "每年至少两次主持召开会议听取法治建设工作汇报，研究解决重大问题", "全年"],
  [
    "studying",
    "带头学习习近平法治思想，将其纳入理论学习中心组学习内容，每年专题学法不少于4次",
    "全年",
  ],
  ["coordinating", "亲自协调推进行政执法体制改革、行政复议体制改革等重点工作", "全年"],
  ["supervising", "对法治督察、考核发现的问题亲自督办，推动整改落实到位", "全年"],
  ["example", "带头依法决策，重大行政决策严格履行法定程序，未经合法性审查不得提交讨论", "全年"],
  ["example", "支持人民法院依法受理和审理行政案件，带头出庭应诉，尊重并执行生效裁判", "全年"],
  [
    "reporting",
    "年终将履行推进法治建设第一责任人职责情况列入年终述职内容，开展述法",
    "{Y}年12月底前",
  ],
];

/** Extra items for a department or township's list. */
export const UNIT_ITEMS: readonly (readonly [category: string, text: string, doneBy: string])[] = [
  ["supervising", "落实行政执法公示、执法全过程记录、重大执法决定法制审核制度", "全年"],
  ["planning", "健全本单位法律顾问、公职律师制度，重要决策、合同事前经法律审核", "{Y}年6月底前"],
  ["coordinating", "落实“谁执法谁普法”普法责任制，制定本单位年度普法责任清单", "{Y}年4月底前"],
];

/** The units that draw up their own lists in the demo (besides the city and its government). */
export const LIST_UNITS: readonly (readonly [
  org: string,
  name: string,
  head: Member,
  documentPrefix: string,
])[] = [
  ["141081-D01", "侯马市司法局", ["杨志刚", "党组书记、局长"], "侯司发"],
  ["141081-D04", "侯马市市场监督管理局", ["田永刚", "党组书记、局长"], "侯市监发"],
  ["141081-D05", "侯马市交通运输局", ["武有福", "党组书记、局长"], "侯交发"],
  ["141081-D06", "侯马市行政审批服务管理局", ["孙卫东", "党组书记、局长"], "侯审管发"],
  ["141081-D11", "侯马市公安局", ["史文斌", "党委书记、局长"], "侯公发"],
  ["141081001", "路东街道", ["闫长青", "党工委书记"], "路东工发"],
  ["141081002", "路西街道", ["梁建平", "党工委书记"], "路西工发"],
  ["141081200", "新田乡", ["牛淑芳", "党委书记"], "新田发"],
];
