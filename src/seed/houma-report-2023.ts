// The demo city's 2023 annual report as the rule-of-law office would write it in the platform:
// the narrative of the reference report (shared/reference/000_442e58c8c0dba56f.txt), with every
// figure a {{key}} placeholder filled from the records at generation. Figures of work streams
// that have no record type yet stay placeholders and are listed as missing.
import type { DraftParagraph } from "../report/template.js";

export const HOUMA_REPORT_2023 = {
  year: 2023,
  title: "侯马市2023年法治政府建设年度报告",
  issuers: "中共侯马市委 侯马市人民政府",
  issuedOn: "2024-01-19",
} as const;

const m = (section: string, text: string): DraftParagraph => ({
  part: `measures.${section}`,
  text,
});

export const HOUMA_REPORT_2023_PARAGRAPHS: readonly DraftParagraph[] = [
  {
    part: "preamble",
    text: "2023年，侯马市委、市政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实习近平法治思想，紧紧围绕《法治政府建设实施纲要（2021—2025年）》及山西省、临汾市、侯马市实施方案要求，依法全面履行政府职能、坚持科学民主依法决策、深入推进行政执法改革、依法有效化解社会矛盾纠纷，法治政府建设各项工作取得显著成效，为侯马市高质量发展提供了坚实法治保障。现将有关情况报告如下。",
  },
  m(
    "leadership",
    "一是强化政治引领。市委书记、市长切实履行法治政府建设第一责任人职责，对法治建设重要工作亲自研究部署，重大问题亲自解决，重要方案亲自审定，重要任务亲自督办，先后作出批示{{leadership.instructions}}次，市委常委会会议、依法治市专题会议、市政府常务会议先后研究解决法治建设重大问题{{leadership.majorIssuesResolved}}个。",
  ),
  m(
    "leadership",
    "二是深化政治理论学习。将学习习近平法治思想纳入党委（党组）理论学习中心组重点内容，市委理论学习中心组开展集中学习{{study.partyCommitteeSessions}}次，其中法治专题学习{{study.partyCommitteeLawSessions}}次，市政府党组集中学习{{study.governmentSessions}}次，其中法治专题学习{{study.governmentLawSessions}}次，推动学习宣传习近平法治思想常态化。",
  ),
  m(
    "leadership",
    "三是压实法治建设责任。制定印发党政主要负责人履行推进法治建设第一责任人职责年度工作清单，深入开展年终述法，述法报告、述法测评覆盖率达{{duty.lawDutyReportCoverage}}。",
  ),
  m(
    "functions",
    "一是持续深化审批改革。实行行政许可事项清单管理，对{{licensing.itemsReassigned}}项行政审批事项审批部门进行调整。二是强化工改要素保障。通过工程建设项目审批管理系统办理“联合验收”{{licensing.jointAcceptances}}项，办理市政公用服务报装{{licensing.utilityConnections}}项。",
  ),
  m(
    "functions",
    "三是持续优化营商环境。签订优化营商环境责任书，明确各部门工作任务{{businessEnvironment.taskCategories|cn}}类{{businessEnvironment.tasks}}项。四是扎实开展“双随机、一公开”工作。全市共开展抽查计划{{inspection.plans}}个，其中开展部门联合抽查计划{{inspection.jointPlans}}个、部门内部计划{{inspection.internalPlans}}个，共抽查{{inspection.entitiesInspected}}户，运用企业信用风险分类管理结果进行双随机抽查的占比{{inspection.riskWeightedShare}}。",
  ),
  // The reference gives no figures for normative documents: the words only, no placeholder.
  m(
    "institutions",
    "严格执行《山西省行政规范性文件制定与监督管理办法》，认真做好规范性文件的制定、备案、清理、监督工作，严禁越权发文、严控发文数量、严格制发程序。组织开展涉及营商环境、黄河流域保护、产权保护领域等行政规范性文件清理工作。",
  ),
  m(
    "institutions",
    "严格落实重大行政决策程序，推行重大行政决策事项年度目录公开制度，市政府网站向社会公布本年度重大决策事项{{decision.catalogPublished}}项。对市政府拟发布的{{legality.draftDocumentsReviewed}}件文件草案进行了合法性审核，对{{legality.meetingTopicsReviewed}}个拟提交市政府常务会议审议的议题进行了合法性审核。共审查市政府及各职能部门拟签订的合同{{contract.reviewed}}份，有效防范法律风险。",
  ),
  m(
    "enforcement",
    "市级整合组建了{{enforcement.teams}}个领域综合行政执法队，实行“局队合一”体制。围绕市政府下放给乡（街道）集中行使的{{enforcement.delegatedPowers}}项行政处罚权，对各乡（街道）综合行政执法人员进行集中培训{{enforcement.townshipTrainings}}次，累计参训人员达{{training.participants}}人。开展行政执法案卷评查，共抽查{{evaluation.unitsChecked}}个单位{{evaluation.filesChecked}}件行政执法案卷，作出专项通报。",
  ),
  m(
    "disputes",
    "一是加强行政复议工作。扎实开展“行政复议质量提升年”活动，畅通申请渠道，严格遵循办案程序，全年共办理行政复议案件{{reconsideration.cases}}件。二是提高行政应诉水平。支持人民法院依法受理和审理行政案件，各级党政主要负责人依法出庭应诉，全年共办理行政应诉案件{{litigation.cases}}件。",
  ),
  m(
    "disputes",
    "三是开展免费法律咨询和特殊群体法律援助惠民工程“提质增效年”活动。我市免费法律服务咨询量达{{consultation.count}}人次，全年完成任务率达{{consultation.targetRate}}；全年共办理各类法律援助案件{{legalAid.cases}}件，其中受理特殊群体法律援助案件{{legalAid.specialGroupCases}}件，结案率{{legalAid.specialGroupClosedRate}}。",
  ),
  m(
    "disputes",
    "四是深入开展普法与依法治理。组建由{{publicity.lecturers}}名专家学者、业务骨干为成员的“八五”普法讲师团，开展法治宣传活动{{publicity.activities}}次，组织村（社区）“法律明白人”线上培训{{publicity.onlineTrainings}}次，拍摄法治微视频、普法公益广告{{publicity.videos}}部。",
  ),
  m(
    "disputes",
    "五是强化矛盾纠纷化解。构建覆盖道路、医疗、保险、婚姻家庭、劳动争议、金融行业等多领域的调解网络体系，全市各级各类人民调解组织调处各类纠纷案件{{mediation.cases}}件，调解成功率{{mediation.successRate}}。",
  ),
  m(
    "oversight",
    "一是深化政务公开。全年累计在市政府门户网站主动公开市政府、市政府办文件{{openness.proactiveDocuments}}件，公开并解读政策文件{{openness.interpretations}}个，依法办理政府信息公开申请{{openness.requests}}件。",
  ),
  m(
    "oversight",
    "二是强化数字政府建设。我市监管行为录入量{{supervision.actions}}条，监管行为覆盖度{{supervision.coverage}}；编制数据共享目录数为{{dataSharing.catalogEntries}}条，挂载成功目录数为{{dataSharing.mountedEntries}}条，数据挂载率为{{dataSharing.mountRate}}，在市级数据共享交换平台推送数据{{dataSharing.recordsPushed}}条。三是加强法治队伍建设。市委政法委组织全市政法系统领导干部{{training.leaderParticipants}}人参加政治轮训。",
  ),
  {
    part: "shortcomings",
    text: "法治思维能力有待提高。个别单位学习领会习近平法治思想不够系统深入，运用法治思维和法治方式指导实践、推动工作的能力还不够强。法治专业队伍建设有待加强，一些乡（街道）和职能部门法治队伍人员配备不足，执法力量不强。行政执法规范化水平有待提升，个别行政机关及其执法人员规范执法意识不强，事中事后监管不到位。",
  },
  {
    part: "leaders",
    text: "市委、市政府主要负责同志认真履行推进法治建设第一责任人职责，制定印发《侯马市党政主要负责人履行推进法治建设第一责任人职责2023年度工作清单》，各级各部门普遍制定党政主要负责人法治建设第一责任人职责清单，推动形成各级党政主要负责人主动履职的责任闭环。",
  },
  {
    part: "plan",
    text: "2024年，我市将继续坚持以习近平法治思想为引领，全面贯彻落实《法治政府建设实施纲要（2021—2025年）》，强化政府依法履职，巩固深化综合行政执法改革，深入实施法治政府督察和示范创建活动，持续推进行政复议体制改革和法律援助改革，推动法治政府建设再上新台阶。",
  },
];
