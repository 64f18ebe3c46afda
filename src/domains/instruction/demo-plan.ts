// The demo city's instructions and the follow-ups each one gave rise to, as one plan both demos
// read: the instruction demo closes an instruction when its follow-ups are all done, and the
// follow-up demo links each follow-up to its instruction. Names of leaders are made up.

export type FollowUpOutcome =
  /** Completed before the due date and accepted. */
  | "onTime"
  /** Completed after the due date, then accepted. */
  | "late"
  /** Completed late after an escalation with a new due date, then accepted. */
  | "escalatedThenDone"
  /** Still open with progress reported, due date ahead. */
  | "open"
  /** Still open, due date already passed at load time. */
  | "overdue"
  /** Completion reported, waiting for the office to accept it. */
  | "submitted";

export interface FollowUpPlan {
  readonly org: string;
  readonly task: string;
  /** Days from the instruction to the assignment, and from the assignment to the due date. */
  readonly after: number;
  readonly days: number;
  readonly outcome: FollowUpOutcome;
}

export interface InstructionPlan {
  readonly leaderRole: "partySecretary" | "mayor" | "otherLeader";
  readonly leaderName: string;
  readonly instructedOn: string;
  readonly subject: string;
  readonly text: string;
  readonly isRuleOfLaw: boolean;
  /** 141081-C01 (依法治市办) or 141081-D02 (政府办公室). */
  readonly registeringOrg: string;
  readonly followUps: readonly FollowUpPlan[];
}

const SECRETARY = { leaderRole: "partySecretary", leaderName: "周文斌" } as const;
const MAYOR = { leaderRole: "mayor", leaderName: "韩立新" } as const;
const DEPUTY = { leaderRole: "otherLeader", leaderName: "吴海涛" } as const;
const OFFICE = "141081-C01";
const GOV_OFFICE = "141081-D02";

const JUSTICE = "141081-D01";
const MARKET = "141081-D04";
const TRANSPORT = "141081-D05";
const APPROVAL = "141081-D06";
const LAND = "141081-D07";
const HOUSING = "141081-D09";
const HR = "141081-D10";
const LUDONG = "141081001";
const AID_CENTRE = "141081-D01-01";

const f = (
  org: string,
  task: string,
  days: number,
  outcome: FollowUpOutcome,
  after = 3,
): FollowUpPlan => ({ org, task, days, outcome, after });

/** Relative to the load day: the recent instructions are placed this many days before it. */
export function instructionPlans(today: string): readonly InstructionPlan[] {
  const ago = (days: number): string =>
    new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const plans: InstructionPlan[] = [
    // 2023: eight instructions on rule-of-law work by the secretary or the mayor (the report's 8),
    // one by the mayor on other work and one by a deputy mayor, which the figure does not count.
    {
      ...SECRETARY,
      instructedOn: "2023-02-16",
      subject: "《2023年全面依法治市工作要点》",
      text: "要把法治建设纳入全市发展总体布局，各责任单位逐项细化任务、明确时限，依法治市办跟踪督办。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(JUSTICE, "细化全面依法治市工作要点任务分工", 20, "onTime"),
        f(GOV_OFFICE, "将法治建设任务纳入政府年度重点工作", 25, "onTime"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2023-03-22",
      subject: "市司法局关于行政复议体制改革落实情况的报告",
      text: "复议渠道要畅通，案件要依法及时办结，对败诉、纠错案件要逐案分析原因。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(JUSTICE, "完成行政复议案件纠错原因分析报告", 30, "onTime"),
        f(MARKET, "对被纠错的行政处罚案件逐案整改", 30, "late"),
      ],
    },
    {
      ...SECRETARY,
      instructedOn: "2023-04-18",
      subject: "关于开展“八五”普法中期评估的请示",
      text: "同意。要突出领导干部这个关键少数，评估中发现的问题要限期整改。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [f(JUSTICE, "完成“八五”普法中期评估自查报告", 45, "onTime")],
    },
    {
      ...MAYOR,
      instructedOn: "2023-05-30",
      subject: "关于规范涉企行政检查的调研报告",
      text: "严禁多头检查、重复检查，相关部门要抓紧制定年度联合抽查计划。",
      isRuleOfLaw: true,
      registeringOrg: GOV_OFFICE,
      followUps: [
        f(MARKET, "制定部门联合“双随机、一公开”抽查计划", 30, "onTime"),
        f(TRANSPORT, "清理交通运输领域涉企检查事项", 30, "onTime"),
        f(APPROVAL, "梳理涉企审批事项“四减”清单", 40, "late"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2023-06-21",
      subject: "市政府2023年度法治政府建设推进会议纪要",
      text: "各部门主要负责人要亲自抓法治政府建设，年底前完成述法工作。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(HR, "完成部门主要负责人述法报告汇总", 60, "onTime"),
        f(LUDONG, "落实街道法治建设第一责任人职责清单", 60, "onTime"),
      ],
    },
    {
      ...SECRETARY,
      instructedOn: "2023-08-09",
      subject: "关于行政机关负责人出庭应诉情况的通报",
      text: "负责人出庭应诉要实现全覆盖，出庭率低的单位要作出说明。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(LAND, "说明负责人未出庭应诉原因并提出整改措施", 15, "late"),
        f(HOUSING, "建立行政应诉案件负责人出庭台账", 20, "onTime"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2023-09-14",
      subject: "关于农民工欠薪法律援助工作的专报",
      text: "要开辟农民工讨薪法律援助绿色通道，确保春节前应援尽援。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(AID_CENTRE, "开通农民工讨薪法律援助绿色通道", 20, "onTime"),
        f(HR, "会同法律援助机构排查欠薪线索", 30, "onTime"),
      ],
    },
    {
      ...SECRETARY,
      instructedOn: "2023-11-07",
      subject: "全市法治政府建设示范创建工作方案",
      text: "示范创建要有实招硬招，明年上半年形成可复制的经验做法。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(JUSTICE, "申报法治政府建设示范项目", 45, "onTime"),
        f(APPROVAL, "总结“一枚印章管审批”法治化经验材料", 45, "escalatedThenDone"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2023-07-12",
      subject: "关于汛期城区排涝工作的报告",
      text: "加强值守，确保安全度汛。",
      isRuleOfLaw: false,
      registeringOrg: GOV_OFFICE,
      followUps: [f(HOUSING, "落实城区易涝点排涝措施", 10, "onTime")],
    },
    {
      ...DEPUTY,
      instructedOn: "2023-10-19",
      subject: "关于加强行政执法证件管理的建议",
      text: "请司法局研究落实，年底前完成执法证件清理。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [f(JUSTICE, "完成行政执法证件年度清理", 50, "onTime")],
    },
    // 2024 and 2025: the work goes on, mostly on time.
    {
      ...SECRETARY,
      instructedOn: "2024-03-05",
      subject: "《2024年全面依法治市工作要点》",
      text: "对照要点逐项落实，每季度报送进展。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(JUSTICE, "分解2024年依法治市工作要点任务", 20, "onTime"),
        f(MARKET, "开展市场监管领域行政执法案卷评查", 60, "late"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2024-06-18",
      subject: "关于重大行政决策程序执行情况的检查报告",
      text: "决策事项目录要公开，合法性审核一个都不能少。",
      isRuleOfLaw: true,
      registeringOrg: GOV_OFFICE,
      followUps: [f(GOV_OFFICE, "公布年度重大行政决策事项目录", 30, "onTime")],
    },
    {
      ...MAYOR,
      instructedOn: "2024-10-10",
      subject: "关于行政复议案件办理质量的分析",
      text: "复议纠错率高的领域要开展专项整改。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(LAND, "开展自然资源领域行政执法专项整改", 45, "onTime"),
        f(JUSTICE, "编写行政复议典型案例汇编", 60, "onTime"),
      ],
    },
    {
      ...SECRETARY,
      instructedOn: "2025-02-26",
      subject: "《2025年全面依法治市工作要点》",
      text: "把法治建设成效作为衡量各级领导班子和领导干部工作实绩的重要内容。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(JUSTICE, "制定2025年法治建设考核细则", 30, "onTime"),
        f(HR, "将法治建设纳入干部考核指标", 40, "late"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: "2025-08-20",
      subject: "关于优化营商环境法治保障的调研报告",
      text: "涉企行政处罚要推行“首违不罚”清单。",
      isRuleOfLaw: true,
      registeringOrg: GOV_OFFICE,
      followUps: [
        f(MARKET, "制定市场监管领域“首违不罚”清单", 30, "onTime"),
        f(TRANSPORT, "制定交通运输领域轻微违法不罚清单", 30, "onTime"),
      ],
    },
    // Recent ones, placed before the load day: some open, some already overdue.
    {
      ...SECRETARY,
      instructedOn: ago(75),
      subject: "关于法治督察反馈问题整改的报告",
      text: "督察反馈问题要逐条销号，整改不到位的要约谈。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [
        f(LAND, "整改法治督察反馈的违法用地查处问题", 40, "overdue"),
        f(JUSTICE, "建立法治督察反馈问题整改台账", 30, "submitted"),
        f(HOUSING, "整改住建领域执法不规范问题", 90, "open"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: ago(40),
      subject: "关于依申请公开答复超期情况的通报",
      text: "答复期限是法定期限，各单位要立即整改。",
      isRuleOfLaw: true,
      registeringOrg: GOV_OFFICE,
      followUps: [
        f(MARKET, "清理超期未答复的政府信息公开申请", 20, "overdue"),
        f(APPROVAL, "建立依申请公开答复期限提醒机制", 60, "open"),
      ],
    },
    {
      ...MAYOR,
      instructedOn: ago(12),
      subject: "关于冬季农民工工资支付专项检查的方案",
      text: "要依法维护农民工合法权益，春节前欠薪动态清零。",
      isRuleOfLaw: true,
      registeringOrg: OFFICE,
      followUps: [f(HR, "开展冬季农民工工资支付专项检查", 45, "open", 2)],
    },
  ];
  return plans.filter((plan) => plan.instructedOn <= today);
}
